/**
 * The feedback API's wire format (labels, stats, retrain jobs), imported from its single definition in the backend
 * workspace like the contract. Only what the plugin needs: it validates the service's answers with these schemas.
 */
export {
  FeedbackResponseSchema,
  LabelInputSchema,
  LabelRecordSchema,
  LabelsPageSchema,
  LabelStatsSchema,
  MAX_BATCH_LABELS,
  MAX_LINE_CHARS,
  MAX_TEMPLATE_CHARS,
  RETRAIN_STATES,
  RetrainJobSchema,
  RollbackResponseSchema,
  TemplateLabelCountSchema,
  type FeedbackResponse,
  type LabelInput,
  type LabelRecord,
  type LabelsPage,
  type LabelsQuery,
  type LabelStats,
  type RetrainJob,
  type RetrainState,
  type RollbackResponse,
} from '@anomalylens/backend/labels';
