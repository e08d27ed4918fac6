/**
 * Labelling: the templates of a Loki query's scored lines that a label would teach the model most (novel
 * templates, uncertain scores, templates with fewer than K labels), three sample lines each, labelled with the
 * keyboard; then "Retrain now". Lines come from Loki and the service exactly as on the Explain page.
 */
import React, { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { css, cx } from '@emotion/css';
import { dateTimeFormat, type GrafanaTheme2 } from '@grafana/data';
import { Alert, Badge, LoadingPlaceholder, Text, useStyles2 } from '@grafana/ui';
import type { ScoredLine } from '../../services/analysis';
import type { ApiClient } from '../../services/api';
import type { ModelInfo, ModelTemplate, Verdict } from '../../services/contract';
import { toServiceError, type ServiceError } from '../../services/errors';
import type { FeedbackApi } from '../../services/feedback';
import {
  DEFAULT_LABELS_PER_TEMPLATE,
  rankTemplatesForLabelling,
  type LabellingCandidate,
} from '../../services/labellingRanking';
import { isRetrainedVersion } from '../../services/retrainJobs';
import type { LabelInput, LabelStats } from '../../services/labels';
import { DomainChip, VerdictBadge } from '../Domain/DomainChip';
import { useApiClient, useFeedbackApi } from '../../hooks/useApiClient';
import { useQueriedLines } from '../../hooks/useQueriedLines';
import { scoringProgress, type ScoredLinesState } from '../../hooks/useScoredLines';
import { QueryPage } from '../QueryBar/QueryPage';
import { Status } from '../Status/Status';
import { LabelActions, type LabelActionsHandle } from './LabelActions';
import { RetrainPanel } from './RetrainPanel';

/** More than an SRE labels in one sitting; the list stays short enough to scan. */
export const MAX_CANDIDATES = 20;

export interface LabellingPageProps {
  client?: ApiClient;
  feedback?: FeedbackApi;
  /** Labels per template worth asking for (K). */
  k?: number;
  /** Injected in tests: the delay between retrain polls. */
  pollDelayMs?: number;
}

type Loaded<T> = { status: 'loading' } | { status: 'done'; value: T } | { status: 'error'; error: ServiceError };

const REASON_TEXT: Record<LabellingCandidate['reason'], string> = {
  novel: 'Novel template',
  uncertain: 'Uncertain score',
  'few-labels': 'Few labels',
};

/** Single-key shortcuts must not fire while the user types in the query, the time picker or the domain picker. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) {
    return false;
  }
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    target.getAttribute('role') === 'combobox'
  );
}

export function LabellingPage({
  client: injectedClient,
  feedback: injectedFeedback,
  k,
  pollDelayMs,
}: LabellingPageProps) {
  const s = useStyles2(getStyles);
  const client = useApiClient(injectedClient);
  const feedback = useFeedbackApi(injectedFeedback);
  const target = k ?? DEFAULT_LABELS_PER_TEMPLATE;
  const queried = useQueriedLines(client);
  const { data } = queried;

  const [stats, setStats] = useState<Loaded<LabelStats>>({ status: 'loading' });
  const [model, setModel] = useState<ModelInfo | null>(null);
  const [templates, setTemplates] = useState<ModelTemplate[]>([]);

  const loadStats = useCallback(() => {
    feedback
      .fetchLabelStats({ limit: 10_000 })
      .then((value) => setStats({ status: 'done', value }))
      .catch((e: unknown) => setStats({ status: 'error', error: toServiceError(e, 'reading label counts') }));
  }, [feedback]);
  const loadModel = useCallback(() => {
    // The model's version tells whether a retrained bundle serves; without it "Roll back" stays hidden.
    client.model().then(setModel, () => setModel(null));
  }, [client]);

  useEffect(() => {
    loadStats();
    loadModel();
    // Training counts per template are a nicety: the ranking works without them.
    client.templates({ limit: 1000 }).then(
      (r) => setTemplates(r.templates),
      () => setTemplates([])
    );
  }, [client, loadStats, loadModel]);

  return (
    <QueryPage
      queried={queried}
      className={s.page}
      intro="The lines are scored as on the Explain page; the templates a label would teach the model most are listed here with sample lines to label."
    >
      <StatsSummary stats={stats} k={target} />
      {/* Above the list: after a few labels the next step is a retrain, without scrolling past 20 templates. */}
      <RetrainPanel
        api={feedback}
        retrainedServing={isRetrainedVersion(model?.version)}
        onModelChanged={() => {
          loadModel();
          loadStats();
        }}
        pollDelayMs={pollDelayMs}
      />
      <Candidates
        data={data}
        stats={stats}
        templates={templates}
        k={target}
        feedback={feedback}
        onLabelled={loadStats}
      />
    </QueryPage>
  );
}

function StatsSummary({ stats, k }: { stats: Loaded<LabelStats>; k: number }) {
  if (stats.status !== 'done') {
    return <Status state={stats} severity="warning" titlePrefix="Label counts unavailable: " />;
  }
  const { total, verdicts, templateCount } = stats.value;
  return (
    <Text color="secondary" variant="bodySmall">
      {total.toLocaleString()} labels stored ({verdicts.anomaly.toLocaleString()} anomalous,{' '}
      {verdicts.normal.toLocaleString()} normal) over {templateCount.toLocaleString()} templates · up to {k} labels per
      template are asked for
    </Text>
  );
}

interface CandidatesProps {
  data: ScoredLinesState;
  stats: Loaded<LabelStats>;
  templates: ModelTemplate[];
  k: number;
  feedback: FeedbackApi;
  onLabelled: () => void;
}

type Labelled = Record<string, Verdict | 'domain'>;

/** A React key per result object: a new run's lines remount the list (selection, samples, frozen ranking). */
const runKeys = new WeakMap<object, number>();
let lastRunKey = 0;
function runKey(run: object): number {
  const known = runKeys.get(run);
  if (known !== undefined) {
    return known;
  }
  runKeys.set(run, ++lastRunKey);
  return lastRunKey;
}

function Candidates({ data, stats, templates, k, feedback, onLabelled }: CandidatesProps) {
  // Which sample lines were labelled, by line id: kept across runs, so a rerun still shows them.
  const [labelled, setLabelled] = useState<Labelled>({});
  if (data.status !== 'done') {
    return <Status state={data} loading={data.status === 'loading' ? scoringProgress(data) : undefined} />;
  }
  if (stats.status === 'loading') {
    return <LoadingPlaceholder text="Reading label counts…" />;
  }
  return (
    <CandidateList
      key={runKey(data)}
      data={data}
      stats={stats}
      templates={templates}
      k={k}
      feedback={feedback}
      labelled={labelled}
      onLabelled={(id, label) => {
        setLabelled((m) => ({ ...m, [id]: label }));
        onLabelled();
      }}
    />
  );
}

interface CandidateListProps extends Omit<CandidatesProps, 'data' | 'onLabelled'> {
  data: ScoredLinesState & { status: 'done' };
  labelled: Labelled;
  onLabelled: (lineId: string, label: Verdict | 'domain') => void;
}

/** One run's candidates; mounted once per run (keyed by it), with the label counts settled. */
function CandidateList({ data, stats, templates, k, feedback, labelled, onLabelled }: CandidateListProps) {
  const s = useStyles2(getStyles);
  // The ranking is taken once per run, with the counts of that moment: labelling must not reorder the list under
  // the SRE's keys (a template reaching K would vanish and shift the selection).
  const [frozenStats] = useState(() => (stats.status === 'done' ? stats.value : null));
  // Training counts arriving later refine the ranking's text but do not remount: the selection stays.
  const candidates = useMemo(
    () => rankTemplatesForLabelling(templates, frozenStats, data.scored, k, MAX_CANDIDATES),
    [frozenStats, templates, data, k]
  );
  const liveCounts = useMemo(
    () => new Map((stats.status === 'done' ? stats.value.templates : []).map((t) => [t.templateId, t])),
    [stats]
  );

  const [selected, setSelected] = useState(0);
  const [sampleOf, setSampleOf] = useState<Record<string, number>>({});
  const actions = useRef<LabelActionsHandle>(null);
  const items = useRef<Array<HTMLLIElement | null>>([]);

  const select = useCallback(
    (i: number) => {
      const next = Math.max(0, Math.min(candidates.length - 1, i));
      setSelected(next);
      items.current[next]?.scrollIntoView?.({ block: 'nearest' });
    },
    [candidates.length]
  );

  useEffect(() => {
    if (candidates.length === 0) {
      return;
    }
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) {
        return;
      }
      const handlers: Record<string, () => void> = {
        j: () => select(selected + 1),
        k: () => select(selected - 1),
        a: () => actions.current?.mark('anomaly'),
        n: () => actions.current?.mark('normal'),
        d: () => actions.current?.focusDomain(),
      };
      const handler = handlers[e.key];
      if (handler) {
        e.preventDefault();
        handler();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [candidates.length, select, selected]);

  if (candidates.length === 0) {
    return (
      <Alert severity="success" title="Nothing here needs a label">
        Every template of these {data.scored.length.toLocaleString()} lines already has {k} labels. Try another query or
        time range.
      </Alert>
    );
  }

  const onLabelledLine = (c: LabellingCandidate, sample: ScoredLine) => (label: LabelInput) => {
    // Move on to the template's next sample so repeated keys label different lines.
    setSampleOf((m) => ({ ...m, [c.templateId]: Math.min(c.samples.length - 1, (m[c.templateId] ?? 0) + 1) }));
    onLabelled(sample.id, label.verdict ?? 'domain');
  };

  return (
    <>
      <Text variant="bodySmall" color="secondary">
        <kbd className={s.kbd}>j</kbd>/<kbd className={s.kbd}>k</kbd> next/previous template ·{' '}
        <kbd className={s.kbd}>a</kbd> anomalous · <kbd className={s.kbd}>n</kbd> normal ·{' '}
        <kbd className={s.kbd}>d</kbd> change domain · labels the highlighted sample line
      </Text>
      <div className={s.srOnly} role="status" aria-live="polite">
        {`Template ${selected + 1} of ${candidates.length}: ${candidates[selected]?.text ?? ''}`}
      </div>
      <ol className={s.list} aria-label="Templates worth a label" aria-keyshortcuts="j k">
        {candidates.map((c, i) => {
          const isSelected = i === selected;
          const current = Math.min(sampleOf[c.templateId] ?? 0, c.samples.length - 1);
          const counts = liveCounts.get(c.templateId);
          const total = counts?.count ?? c.labelled.total;
          return (
            <li
              key={c.templateId}
              ref={(el) => {
                items.current[i] = el;
              }}
              className={cx(s.card, isSelected && s.selected)}
              aria-current={isSelected ? 'true' : undefined}
              aria-label={`Template ${i + 1}: ${c.text}`}
              onClick={() => setSelected(i)}
            >
              <div className={s.head}>
                <Badge
                  color={c.reason === 'novel' ? 'purple' : c.reason === 'uncertain' ? 'orange' : 'blue'}
                  text={REASON_TEXT[c.reason]}
                />
                <DomainChip domain={c.domain} />
                <code className={s.template}>{c.text}</code>
              </div>
              <Text variant="bodySmall" color="secondary">
                {c.lines.toLocaleString()} {c.lines === 1 ? 'line' : 'lines'} here, {c.anomalies.toLocaleString()}{' '}
                anomalous
                {c.reason === 'uncertain' ? ` · least certain score ${c.samples[0].result.score.toFixed(2)}` : ''}
                {c.trainingCount !== null ? ` · ${c.trainingCount.toLocaleString()} in training` : ''} ·{' '}
                <span data-testid={`label-count-${c.templateId}`}>
                  {total} of {k} labels
                  {counts ? ` (${counts.anomaly} anomalous, ${counts.normal} normal)` : ''}
                </span>
              </Text>
              <ul className={s.samples} aria-label="Sample lines">
                {c.samples.map((sample, j) => (
                  <li
                    key={sample.id}
                    className={cx(s.sample, isSelected && j === current && s.currentSample)}
                    aria-current={isSelected && j === current ? 'true' : undefined}
                  >
                    <button
                      type="button"
                      className={s.sampleButton}
                      onClick={() => {
                        setSelected(i);
                        setSampleOf((m) => ({ ...m, [c.templateId]: j }));
                      }}
                    >
                      <span className={s.time}>{dateTimeFormat(sample.timeMs, { format: 'YYYY-MM-DD HH:mm:ss' })}</span>
                      <VerdictBadge verdict={sample.result.verdict} />
                      <span className={s.score}>{sample.result.score.toFixed(2)}</span>
                      <span className={s.line}>{sample.line}</span>
                    </button>
                    {labelled[sample.id] && (
                      <Text variant="bodySmall" color="success">
                        {labelled[sample.id] === 'domain'
                          ? 'domain labelled'
                          : `labelled ${labelled[sample.id] === 'anomaly' ? 'anomalous' : 'normal'}`}
                      </Text>
                    )}
                  </li>
                ))}
              </ul>
              {isSelected && (
                <LabelActions
                  ref={actions}
                  line={c.samples[current]}
                  api={feedback}
                  shortcuts
                  idSuffix="selected"
                  onLabelled={onLabelledLine(c, c.samples[current])}
                />
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}

export default LabellingPage;

const getStyles = (theme: GrafanaTheme2) => ({
  page: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(1.5) }),
  list: css({
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(1),
  }),
  card: css({
    padding: theme.spacing(1, 1.5),
    border: `1px solid ${theme.colors.border.weak}`,
    borderLeft: `3px solid transparent`,
    borderRadius: theme.shape.radius.default,
    background: theme.colors.background.primary,
    cursor: 'pointer',
  }),
  selected: css({
    borderLeftColor: theme.colors.primary.main,
    background: theme.colors.action.selected,
    cursor: 'default',
  }),
  head: css({ display: 'flex', gap: theme.spacing(1), alignItems: 'center', flexWrap: 'wrap' }),
  template: css({ fontSize: theme.typography.bodySmall.fontSize, wordBreak: 'break-all' }),
  samples: css({ listStyle: 'none', margin: theme.spacing(0.5, 0, 0), padding: 0 }),
  sample: css({ display: 'flex', alignItems: 'center', gap: theme.spacing(1), borderLeft: '2px solid transparent' }),
  currentSample: css({ borderLeftColor: theme.colors.primary.border, background: theme.colors.action.hover }),
  sampleButton: css({
    all: 'unset',
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    flex: 1,
    minWidth: 0,
    padding: theme.spacing(0.25, 0.5),
    cursor: 'pointer',
    fontFamily: theme.typography.fontFamilyMonospace,
    fontSize: theme.typography.bodySmall.fontSize,
    '&:focus-visible': { outline: `2px solid ${theme.colors.primary.main}` },
  }),
  time: css({ flex: '0 0 auto', whiteSpace: 'nowrap', color: theme.colors.text.secondary }),
  score: css({ flex: '0 0 36px', textAlign: 'right', fontVariantNumeric: 'tabular-nums' }),
  line: css({ flex: 1, minWidth: 0, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }),
  // Announces the template j/k moved to; visible users see the highlight.
  srOnly: css({
    position: 'absolute',
    width: 1,
    height: 1,
    margin: -1,
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0, 0, 0, 0)',
    whiteSpace: 'nowrap',
    border: 0,
  }),
  kbd: css({
    padding: theme.spacing(0, 0.5),
    border: `1px solid ${theme.colors.border.medium}`,
    borderRadius: theme.shape.radius.default,
    fontFamily: theme.typography.fontFamilyMonospace,
  }),
});
