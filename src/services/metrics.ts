/**
 * The model card's metrics for display: the test-period report that `anomaly-lens eval --record` (or
 * `--record-into`, from an evaluation twin) stores as `metrics.test`, parsed when it has that shape, and every
 * other figure flattened into rows ({ bgl: { f1: 0.95 } } → bgl.f1).
 */
import { z } from 'zod';
import { DomainIdSchema } from './contract';

const ratio = z.number().min(0).max(1);

const TestMetricsSchema = z.object({
  data: z.string(),
  slice: z.tuple([ratio, ratio]),
  lines: z.number().int().min(0),
  anomalies: z.number().int().min(0),
  precision: ratio,
  recall: ratio,
  f1: ratio,
  accuracy: ratio.optional(),
  unseenTemplates: z
    .object({ lines: z.number().int().min(0), anomalies: z.number().int().min(0), recall: ratio, precision: ratio })
    .optional(),
  perDomain: z
    .array(
      z.object({
        domain: DomainIdSchema,
        lines: z.number().int().min(0),
        anomalies: z.number().int().min(0),
        precision: ratio,
        recall: ratio,
        f1: ratio,
      })
    )
    .optional(),
  measuredOn: z.object({ bundle: z.string(), command: z.string().optional() }).optional(),
});

export type TestMetrics = z.infer<typeof TestMetricsSchema>;

/** `metrics.test` when it is an eval report; null when absent or shaped otherwise (then it is flattened). */
export function testMetrics(metrics: Record<string, unknown>): TestMetrics | null {
  const parsed = TestMetricsSchema.safeParse(metrics.test);
  return parsed.success ? parsed.data : null;
}

/** Keys that name an element of a list of objects better than its position. */
const ELEMENT_KEYS = ['domain', 'id', 'file', 'name'] as const;

/** The element's name and the field it came from (none when it is named by its position). */
function elementKey(value: Record<string, unknown>, index: number): { key: string; field?: string } {
  for (const field of ELEMENT_KEYS) {
    const v = value[field];
    if (typeof v === 'string' && v) {
      return { key: v, field };
    }
  }
  return { key: String(index) };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Flattens free-form metrics into rows; `skip` leaves out top-level keys shown elsewhere. */
export function flattenMetrics(
  metrics: Record<string, unknown>,
  prefix = '',
  skip: readonly string[] = []
): Array<{ name: string; value: string }> {
  const rows: Array<{ name: string; value: string }> = [];
  for (const [k, v] of Object.entries(metrics)) {
    if (!prefix && skip.includes(k)) {
      continue;
    }
    const name = prefix ? `${prefix}.${k}` : k;
    if (isRecord(v)) {
      rows.push(...flattenMetrics(v, name));
    } else if (Array.isArray(v) && v.some(isRecord)) {
      // A list of objects (per-domain figures, training files) becomes rows keyed by what names each element.
      v.forEach((item, i) => {
        if (isRecord(item)) {
          const { key, field } = elementKey(item, i);
          const rest = Object.fromEntries(Object.entries(item).filter(([f]) => f !== field));
          rows.push(...flattenMetrics(rest, `${name}.${key}`));
        } else {
          rows.push({ name: `${name}.${i}`, value: String(item) });
        }
      });
    } else if (typeof v === 'number') {
      rows.push({ name, value: Number.isInteger(v) ? String(v) : v.toFixed(3) });
    } else {
      rows.push({ name, value: Array.isArray(v) ? v.join(', ') : String(v) });
    }
  }
  return rows;
}
