/**
 * "Mark normal", "Mark anomalous" and "Change domain" for one scored line: each stores a label through the
 * service's feedback API (POST /api/v1/feedback) and says what happened, with the service's message on failure.
 * Self-contained so the reasoning drawer and the Labelling page can drop it in.
 */
import React, { forwardRef, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { Alert, Button, Combobox, type ComboboxOption, Icon, Text, useStyles2 } from '@grafana/ui';
import type { ScoredLine } from '../../services/analysis';
import { DOMAIN_TAXONOMY, type DomainId, type LineResult, type Verdict } from '../../services/contract';
import { toServiceError, type ServiceError } from '../../services/errors';
import { createFeedbackApi, type FeedbackApi } from '../../services/feedback';
import { labelFor, type LabelChoice } from '../../services/lineLabels';
import type { LogLine } from '../../services/frames';
import type { FeedbackResponse, LabelInput } from '../../services/labels';

export interface LabelActionsProps {
  line: LogLine;
  /** The line's score; defaults to `line.result` when the line is a ScoredLine (as the reasoning drawer's is). */
  result?: LineResult;
  onLabelled?: (label: LabelInput, response: FeedbackResponse) => void;
  api?: FeedbackApi;
  /** Show the Labelling page's single-key shortcuts on the controls (the page handles the keys). */
  shortcuts?: boolean;
  /** Distinguishes the domain picker's id when several instances are on one page. */
  idSuffix?: string;
}

export interface LabelActionsHandle {
  mark(verdict: Verdict): void;
  focusDomain(): void;
}

type Status =
  | { state: 'idle' }
  | { state: 'saving'; choice: LabelChoice }
  | { state: 'saved'; choice: LabelChoice; duplicate: boolean }
  | { state: 'error'; error: ServiceError };

const DOMAIN_OPTIONS: Array<ComboboxOption<DomainId>> = DOMAIN_TAXONOMY.map((d) => ({
  label: d.title,
  value: d.id,
  description: d.scope,
}));

const VERDICT_TEXT: Record<Verdict, string> = { normal: 'normal', anomaly: 'anomalous' };

function describe(choice: LabelChoice): string {
  const parts = [
    choice.verdict ? `marked ${VERDICT_TEXT[choice.verdict]}` : '',
    choice.domain ? `domain ${DOMAIN_TAXONOMY.find((d) => d.id === choice.domain)?.title ?? choice.domain}` : '',
  ];
  return parts.filter(Boolean).join(', ');
}

function hasResult(line: LogLine): line is ScoredLine {
  return 'result' in line && typeof (line as Partial<ScoredLine>).result === 'object';
}

export const LabelActions = forwardRef<LabelActionsHandle, LabelActionsProps>(function LabelActions(
  { line, result, onLabelled, api: injected, shortcuts = false, idSuffix },
  ref
) {
  const s = useStyles2(getStyles);
  const api = useMemo(() => injected ?? createFeedbackApi(), [injected]);
  const lineResult = result ?? (hasResult(line) ? line.result : undefined);
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const [domain, setDomain] = useState<DomainId | null>(null);
  const domainId = `anomalylens-label-domain-${idSuffix ?? line.index}`;
  const saving = status.state === 'saving';
  // The drawer keeps this component mounted while another line is selected: reset what belonged to the old one.
  const [shownKey, setShownKey] = useState(line.id);
  if (shownKey !== line.id) {
    setShownKey(line.id);
    setStatus({ state: 'idle' });
    setDomain(null);
  }
  // Which line an answer belongs to: a late answer for the previous line must not show on this one.
  const current = useRef(line.id);
  useEffect(() => {
    current.current = line.id;
  }, [line.id]);

  // Combobox passes no aria-* through but `id`: announce the page's "d" shortcut on its input.
  useEffect(() => {
    const input = document.getElementById(domainId);
    if (shortcuts) {
      input?.setAttribute('aria-keyshortcuts', 'd');
    } else {
      input?.removeAttribute('aria-keyshortcuts');
    }
  }, [domainId, shortcuts]);

  const submit = (choice: LabelChoice) => {
    if (saving) {
      return;
    }
    const label = labelFor(line, lineResult, choice);
    const forLine = line.id;
    setStatus({ state: 'saving', choice });
    api
      .submitLabels([label])
      .then((response) => {
        if (current.current === forLine) {
          setStatus({ state: 'saved', choice, duplicate: response.duplicates > 0 });
        }
        onLabelled?.(label, response);
      })
      .catch((e: unknown) => {
        if (current.current === forLine) {
          setStatus({ state: 'error', error: toServiceError(e, 'saving the label') });
        }
      });
  };

  useImperativeHandle(ref, () => ({
    mark: (verdict) => submit({ verdict }),
    focusDomain: () => document.getElementById(domainId)?.focus(),
  }));

  const saved = status.state === 'saved' ? status.choice : undefined;
  return (
    <div className={s.wrap}>
      <div className={s.row} role="group" aria-label="Label this line">
        <Button
          size="sm"
          variant={saved?.verdict === 'normal' ? 'primary' : 'secondary'}
          icon="check"
          disabled={saving}
          aria-pressed={saved?.verdict === 'normal'}
          aria-keyshortcuts={shortcuts ? 'n' : undefined}
          onClick={() => submit({ verdict: 'normal' })}
        >
          Mark normal
          {shortcuts && (
            <kbd className={s.kbd} aria-hidden>
              n
            </kbd>
          )}
        </Button>
        <Button
          size="sm"
          variant={saved?.verdict === 'anomaly' ? 'destructive' : 'secondary'}
          icon="exclamation-triangle"
          disabled={saving}
          aria-pressed={saved?.verdict === 'anomaly'}
          aria-keyshortcuts={shortcuts ? 'a' : undefined}
          onClick={() => submit({ verdict: 'anomaly' })}
        >
          Mark anomalous
          {shortcuts && (
            <kbd className={s.kbd} aria-hidden>
              a
            </kbd>
          )}
        </Button>
        <label className={s.label} htmlFor={domainId}>
          Change domain
          {shortcuts && (
            <kbd className={s.kbd} aria-hidden>
              d
            </kbd>
          )}
        </label>
        <div className={s.domain}>
          <Combobox<DomainId>
            id={domainId}
            width={22}
            options={DOMAIN_OPTIONS}
            value={domain ?? lineResult?.domain ?? null}
            placeholder="Pick a domain"
            disabled={saving}
            onChange={(o) => {
              setDomain(o.value);
              submit({ domain: o.value });
              if (shortcuts) {
                // Hand the keys back to the page's shortcuts once a domain is picked.
                document.getElementById(domainId)?.blur();
              }
            }}
          />
        </div>
      </div>
      <div role="status" aria-live="polite" className={s.status}>
        {status.state === 'saving' && <Text color="secondary">Saving label…</Text>}
        {status.state === 'saved' && (
          <Text color="success">
            <Icon name="check-circle" /> Label saved: {describe(status.choice)}
            {status.duplicate ? ' (already stored)' : ''}
          </Text>
        )}
      </div>
      {status.state === 'error' && (
        <Alert severity="error" title={status.error.title} className={s.alert}>
          {status.error.message}
        </Alert>
      )}
    </div>
  );
});

const getStyles = (theme: GrafanaTheme2) => ({
  wrap: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(0.5), marginTop: theme.spacing(1) }),
  row: css({ display: 'flex', gap: theme.spacing(1), alignItems: 'center', flexWrap: 'wrap' }),
  label: css({
    margin: 0,
    fontSize: theme.typography.bodySmall.fontSize,
    color: theme.colors.text.secondary,
    fontWeight: theme.typography.fontWeightMedium,
  }),
  domain: css({ display: 'inline-flex' }),
  kbd: css({
    marginLeft: theme.spacing(0.75),
    padding: theme.spacing(0, 0.5),
    border: `1px solid ${theme.colors.border.medium}`,
    borderRadius: theme.shape.radius.default,
    fontFamily: theme.typography.fontFamilyMonospace,
    fontSize: theme.typography.bodySmall.fontSize,
    lineHeight: 1.4,
  }),
  status: css({ minHeight: theme.spacing(2.5), fontSize: theme.typography.bodySmall.fontSize }),
  alert: css({ marginBottom: 0 }),
});
