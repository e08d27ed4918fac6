/**
 * The recorded model info carries the decision rule /api/v1/model publishes (each mixed domain's threshold, the
 * combination, the soft threshold, the quiet-novel prior): scripts/record-fixtures.js recorded it from the shipped
 * bundle. Kept as a name for the views that need the rule.
 */
import { modelInfo } from './modelInfo';

export const modelInfoWithDecision = modelInfo;
