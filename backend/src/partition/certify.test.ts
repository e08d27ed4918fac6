import { certifyPartition } from './certify';
import { formatReport } from './report';
import { PartitionError, type PartitionFile, type PartitionTemplate } from './types';

const t = (id: string, text: string, anomaly: number, normal: number): PartitionTemplate => ({
  id,
  text,
  count: anomaly + normal,
  labelled: { anomaly, normal },
  samples: [],
});

const templates: PartitionTemplate[] = [
  t('t1', 'data TLB error interrupt', 5, 0),
  t('t2', 'instruction cache parity error corrected', 0, 7),
  t('t3', '<NUM> ddr errors(s) detected and corrected on rank <NUM>', 1, 3),
  t('t4', 'Lustre mount FAILED : <ID> : point <PATH>', 4, 0),
  t('t5', 'NFS Mount failed on <*>, slept <NUM> seconds', 0, 2),
  t('t6', 'generating core.<NUM>', 0, 9),
];

const domain = (id: PartitionFile['domains'][number]['id'], more: Partial<PartitionFile['domains'][number]> = {}) => ({
  id,
  description: `${id} problems`,
  typicalCauses: [`${id} cause`],
  ...more,
});

const base = (more: Partial<PartitionFile> = {}): PartitionFile => ({
  version: 1,
  source: 'reviewed',
  domains: [
    domain('memory', { patterns: ['tlb', 'parity', '\\bddr\\b'] }),
    domain('filesystem', { patterns: ['mount'] }),
    domain('other'),
  ],
  fallbackDomain: 'other',
  ...more,
});

function certifyError(file: PartitionFile, list = templates, bounds = {}): PartitionError {
  try {
    certifyPartition(file, list, bounds);
  } catch (err) {
    expect(err).toBeInstanceOf(PartitionError);
    return err as PartitionError;
  }
  throw new Error('expected certification to fail');
}

describe('certifyPartition', () => {
  it('assigns every template exactly once and types domains from the K-shot labels', () => {
    const p = certifyPartition(base(), templates);
    expect(p.assignment).toEqual({
      t1: 'memory',
      t2: 'memory',
      t3: 'memory',
      t4: 'filesystem',
      t5: 'filesystem',
      t6: 'other',
    });
    const all = p.domains.flatMap((d) => d.templates).sort();
    expect(all).toEqual(templates.map((x) => x.id).sort());
    expect(p.domains.map((d) => [d.id, d.type, d.labelled, d.purity])).toEqual([
      ['memory', 'mixed', { anomaly: 6, normal: 10 }, 10 / 16],
      ['filesystem', 'mixed', { anomaly: 4, normal: 2 }, 4 / 6],
      ['other', 'pure-normal', { anomaly: 0, normal: 9 }, 1],
    ]);
    expect(p.report.ok).toBe(true);
    expect(p.report.stats).toMatchObject({
      templates: 6,
      domains: 3,
      byType: { 'pure-anomaly': 0, 'pure-normal': 1, mixed: 2 },
      assignedBy: { explicit: 0, pattern: 5, fallback: 1 },
    });
    expect(p.report.warnings).toEqual(['1 of 6 templates matched no domain and went to other']);
  });

  it('gives explicit ids priority over patterns and earlier domains priority over later ones', () => {
    const file = base({
      domains: [
        domain('memory', { patterns: ['tlb', 'parity', 'ddr'] }),
        domain('kernel', { templates: ['t1'], patterns: ['error'] }),
        domain('filesystem', { patterns: ['mount', 'error'] }),
        domain('other'),
      ],
    });
    const p = certifyPartition(file, templates);
    expect(p.assignment.t1).toBe('kernel'); // explicit beats memory's pattern
    expect(p.assignment.t2).toBe('memory'); // first matching domain in file order
    expect(p.domains.find((d) => d.id === 'kernel')?.type).toBe('pure-anomaly');
  });

  it('repairs an id listed in two domains by keeping the first, and warns about unknown ids', () => {
    const file = base({
      domains: [
        domain('memory', { templates: ['t1', 'zz'] }),
        domain('kernel', { templates: ['t1', 't2'] }),
        domain('other'),
      ],
    });
    const p = certifyPartition(file, templates);
    expect(p.assignment.t1).toBe('memory');
    expect(p.report.repairs).toContain('template t1 is listed in domains memory and kernel: kept in memory');
    expect(p.report.warnings).toContain('domain memory lists template zz, which is not among the 6 templates');
  });

  it('drops empty domains with a report line', () => {
    const file = base({ domains: [...base().domains, domain('auth', { patterns: ['password'] })] });
    const p = certifyPartition(file, templates);
    expect(p.domains.map((d) => d.id)).toEqual(['memory', 'filesystem', 'other']);
    expect(p.report.repairs).toEqual(['domain auth holds no template: dropped']);
  });

  it('rejects unassigned templates when there is no fallback, naming them', () => {
    const err = certifyError(base({ fallbackDomain: undefined }));
    expect(err.report.ok).toBe(false);
    expect(err.report.errors).toEqual([
      '1 template(s) match no domain and there is no fallbackDomain: t6 "generating core.<NUM>"',
    ]);
    expect(err.message).toContain('t6 "generating core.<NUM>"');
  });

  it('merges undersized domains into the fallback, and rejects them without one', () => {
    const file = base({
      domains: [
        domain('memory', { patterns: ['tlb', 'parity', 'ddr'] }),
        domain('filesystem', { patterns: ['lustre'] }),
        domain('other'),
      ],
    });
    const p = certifyPartition(file, templates, { minTemplatesPerDomain: 2 });
    expect(p.assignment.t4).toBe('other');
    expect(p.report.repairs).toContain(
      'domain filesystem holds 1 template(s), fewer than 2: merged its 1 template(s) into other'
    );
    expect(p.domains.map((d) => d.id)).toEqual(['memory', 'other']);
    expect(p.domains[1]).toMatchObject({ type: 'mixed', templates: ['t4', 't5', 't6'] });

    const strict = { ...file, domains: [...file.domains.slice(0, 2), domain('other', { patterns: ['.'] })] };
    const err = certifyError({ ...strict, fallbackDomain: undefined }, templates.slice(0, 4), {
      minTemplatesPerDomain: 2,
    });
    expect(err.report.errors).toEqual([
      'domain filesystem holds 1 template(s), fewer than 2, and there is no fallbackDomain to take them',
    ]);
  });

  it('merges a domain without labelled lines into the fallback; an unlabelled fallback is an error', () => {
    const list = [...templates, t('t7', 'Accepted password for <*> from <IP>', 0, 0)];
    const file = base({ domains: [...base().domains, domain('auth', { patterns: ['password'] })] });
    const p = certifyPartition(file, list);
    expect(p.assignment.t7).toBe('other');
    expect(p.report.repairs).toContain(
      'domain auth has no labelled line, so its type is unknown: merged its 1 template(s) into other'
    );

    const err = certifyError(
      { ...file, fallbackDomain: 'auth' },
      list.filter((x) => x.id !== 't6')
    );
    expect(err.report.errors).toEqual(['fallback domain auth has no labelled line, so its type is unknown']);
    const noFallback = base({ domains: [domain('memory', { patterns: ['.'] })], fallbackDomain: undefined });
    const err2 = certifyError(noFallback, [t('x', 'x', 0, 0)]);
    expect(err2.report.errors[0]).toMatch(/domain memory has no labelled line/);
  });

  it('types a nearly pure domain as pure when minPurityForPure allows label noise', () => {
    const list = [t('a', 'data TLB error interrupt', 99, 0), t('b', 'tlb error', 0, 1), t('c', 'core', 0, 3)];
    const file = base();
    expect(certifyPartition(file, list).domains[0]).toMatchObject({ type: 'mixed', purity: 0.99 });
    const noisy = certifyPartition(file, list, { minPurityForPure: 0.95 });
    expect(noisy.domains[0]).toMatchObject({ id: 'memory', type: 'pure-anomaly', purity: 0.99 });
    for (const d of noisy.domains.filter((x) => x.type !== 'mixed')) {
      expect(d.purity).toBeGreaterThanOrEqual(0.95);
    }
    expect(() => certifyPartition(file, list, { minPurityForPure: 0.5 })).toThrow(RangeError);
  });

  it('warns when one domain holds more than maxTemplateShare of the templates', () => {
    const file = base({ domains: [domain('memory', { patterns: ['.'] }), domain('other')] });
    const p = certifyPartition(file, templates.slice(0, 3));
    expect(p.report.warnings).toEqual(['domain memory holds 3 of 3 templates (100.0% > 80%)']);
    expect(certifyPartition(file, templates.slice(0, 3), { maxTemplateShare: 1 }).report.warnings).toEqual([]);
  });

  it('lists every error in the message', () => {
    const file = base({
      domains: [domain('memory', { patterns: ['('] }), domain('filesystem', { patterns: ['mount'] })],
      fallbackDomain: undefined,
    });
    const err = certifyError(file, [...templates, t('t1', 'dup', 1, 0)]);
    expect(err.report.errors).toHaveLength(3);
    expect(err.report.errors[0]).toBe('template id t1 is given twice');
    expect(err.report.errors[1]).toMatch(/^domain memory: invalid pattern "\(":/);
    expect(err.report.errors[2]).toMatch(/^4 template\(s\) match no domain/);
    for (const e of err.report.errors) {
      expect(err.message).toContain(e);
    }
    expect(() => certifyPartition(base(), [])).toThrow(/there are no templates to partition/);
    const twice = base({ domains: [...base().domains, domain('memory')] });
    expect(certifyError(twice).report.errors).toEqual(['domain memory is listed twice']);
  });

  it('glosses every template: explicit id, then the first matching pattern, then the default', () => {
    const file = base({
      glosses: { t1: 'The TLB failed.', nope: 'unused' },
      glossPatterns: [
        { pattern: 'parity error corrected', gloss: 'A parity error was corrected.' },
        { pattern: 'parity', gloss: 'never used: the first match wins' },
      ],
    });
    const p = certifyPartition(file, templates);
    expect(p.glosses.t1).toBe('The TLB failed.');
    expect(p.glosses.t2).toBe('A parity error was corrected.');
    expect(p.glosses.t6).toBe('Generating core (a number)');
    expect(Object.keys(p.glosses).sort()).toEqual(templates.map((x) => x.id).sort());
    expect(p.report.stats.glossedBy).toEqual({ explicit: 1, pattern: 1, default: 4 });
    expect(p.report.warnings).toContain('1 gloss(es) name templates that do not exist: nope');
  });
});

describe('formatReport', () => {
  it('prints the verdict, a row per domain and every section', () => {
    const file = base({ domains: [...base().domains, domain('auth')] });
    const text = formatReport(certifyPartition(file, templates).report);
    expect(text).toMatch(
      /^Partition certification: OK — 6 templates in 3 domains \(0 pure-anomaly, 1 pure-normal, 2 mixed\)/
    );
    expect(text).toMatch(/memory\s+mixed\s+3\s+6\s+10\s+0\.625/);
    expect(text).toContain('Repairs (1):\n  - domain auth holds no template: dropped');
    expect(text).toContain('Warnings (1):');
    const failed = formatReport(certifyError(base({ fallbackDomain: undefined })).report);
    expect(failed).toMatch(/FAILED/);
    expect(failed).toContain('Errors (1):');
  });
});
