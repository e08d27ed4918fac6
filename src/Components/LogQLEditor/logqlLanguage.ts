/**
 * LogQL for CodeMirror 6: Grafana's own LogQL grammar (@grafana/lezer-logql, the parser Grafana's Loki editor
 * uses) with highlighting tags on its node types, and completion of label names, label values and pipeline stages.
 */
import type { Completion, CompletionContext, CompletionResult, CompletionSource } from '@codemirror/autocomplete';
import { LRLanguage } from '@codemirror/language';
import { styleTags, tags as t } from '@lezer/highlight';
import { parser } from '@grafana/lezer-logql';
import { completionContext, escapeValue, PIPELINE_STAGES } from '../../services/logqlCompletion';
import type { LabelRange } from '../../services/lokiLabels';

const KEYWORDS =
  'Json Logfmt Unpack Pattern Regexp Unwrap LabelFormat LineFormat Decolorize Drop Keep By Without And Or Unless ' +
  'Bool On Ignoring GroupLeft GroupRight Offset Ip';
const FUNCTIONS =
  'Sum Avg Count Max Min Stddev Stdvar Bottomk Topk Sort Sort_Desc Approx_Topk Vector LabelReplace ' +
  'CountOverTime Rate RateCounter BytesOverTime BytesRate AvgOverTime SumOverTime MinOverTime MaxOverTime ' +
  'StddevOverTime StdvarOverTime QuantileOverTime FirstOverTime LastOverTime AbsentOverTime ApproxCountDistinct ' +
  'BytesConv DurationConv DurationSecondsConv';

export const logqlLanguage = LRLanguage.define({
  name: 'logql',
  parser: parser.configure({
    props: [
      styleTags({
        [KEYWORDS]: t.keyword,
        [FUNCTIONS]: t.function(t.variableName),
        'Identifier LabelName': t.labelName,
        String: t.string,
        'Number Duration Bytes': t.number,
        'Eq Neq Re Nre PipeExact PipeMatch PipePattern Npa Pipe Gtr Gte Lss Lte Eql Add Sub Mul Div Mod Pow':
          t.operator,
        LineComment: t.lineComment,
        '{ }': t.brace,
        '( )': t.paren,
        '[ ]': t.squareBracket,
      }),
    ],
  }),
  languageData: { commentTokens: { line: '#' } },
});

export interface LabelSource {
  names(uid: string, range: LabelRange): Promise<string[]>;
  values(uid: string, label: string, range: LabelRange): Promise<string[]>;
}

/**
 * Label names inside `{…}`, the values of the matcher's label inside its string, pipeline stages after `|`. Labels
 * come from the Loki data source picked on the page (none picked: only the stages); a failed lookup completes nothing.
 */
export function logqlCompletionSource(
  current: () => { uid?: string; range: LabelRange },
  labels: LabelSource
): CompletionSource {
  return async (cm: CompletionContext): Promise<CompletionResult | null> => {
    const at = completionContext(cm.state.doc.toString(), cm.pos);
    const { uid, range } = current();
    // While the typed text still matches, CodeMirror filters these options itself instead of asking again.
    const word = /^\w*$/;
    const result = (from: number, options: Completion[], validFor = word): CompletionResult | null =>
      options.length ? { from, options, validFor } : null;
    try {
      switch (at.kind) {
        case 'label':
          return uid
            ? result(
                at.from,
                (await labels.names(uid, range)).map((name) => ({ label: name, type: 'property' }))
              )
            : null;
        case 'value':
          return uid
            ? result(
                at.from,
                (await labels.values(uid, at.label, range)).map((value) => ({
                  label: value,
                  apply: escapeValue(value, at.quote),
                  type: 'text',
                  detail: at.label,
                })),
                /^[^"`\\]*$/
              )
            : null;
        case 'pipeline':
          return result(
            at.from,
            PIPELINE_STAGES.map((stage) => ({ label: stage, type: 'keyword' }))
          );
        default:
          return null;
      }
    } catch {
      // Completion is a convenience: a Loki that refuses the label API must not break typing.
      return null;
    }
  };
}
