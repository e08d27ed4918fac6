import { bglScored } from './bglScored.test-helper';
import { LabelInputSchema } from './labels';
import { labelFor } from './lineLabels';

describe('labelFor', () => {
  it('builds a label the service accepts, with template, timestamp and a stable idempotency key', () => {
    // The first line the shipped bundle flags in the recorded BGL stream.
    const line = bglScored.find((l) => l.result.verdict === 'anomaly')!;
    const label = labelFor(line, line.result, { verdict: 'anomaly' });
    expect(LabelInputSchema.safeParse(label).success).toBe(true);
    expect(label).toMatchObject({
      line: line.line,
      verdict: 'anomaly',
      templateId: line.result.template.id,
      template: line.result.template.text,
      timestamp: line.tsNs,
      labels: line.labels,
    });
    expect(labelFor(line, line.result, { verdict: 'anomaly' }).idempotencyKey).toBe(label.idempotencyKey);
    expect(labelFor(line, line.result, { verdict: 'normal' }).idempotencyKey).not.toBe(label.idempotencyKey);
  });

  it('labels a domain alone, and a line without a result', () => {
    const line = bglScored[0];
    const label = labelFor(line, undefined, { domain: 'network' });
    expect(LabelInputSchema.safeParse(label).success).toBe(true);
    expect(label).not.toHaveProperty('templateId');
    expect(label).toMatchObject({ domain: 'network' });
  });

  it('keeps stream labels within the service limits', () => {
    const many = Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`k${i}`, 'v']));
    const label = labelFor({ ...bglScored[0], labels: { ...many, huge: 'x'.repeat(5000) } }, undefined, {
      verdict: 'normal',
    });
    expect(Object.keys(label.labels ?? {})).toHaveLength(64);
    expect(LabelInputSchema.safeParse(label).success).toBe(true);
  });
});
