/** The certification report as text, for the CLI. */
import type { CertificationReport } from './types';

export function formatReport(report: CertificationReport): string {
  const { stats } = report;
  const types = `${stats.byType['pure-anomaly']} pure-anomaly, ${stats.byType['pure-normal']} pure-normal, ${stats.byType.mixed} mixed`;
  const lines = [
    `Partition certification: ${report.ok ? 'OK' : 'FAILED'} — ${stats.templates} templates in ${stats.domains} domains (${types})`,
    `  assigned: ${stats.assignedBy.explicit} by id, ${stats.assignedBy.pattern} by pattern, ${stats.assignedBy.fallback} by fallback; ` +
      `glosses: ${stats.glossedBy.explicit} explicit, ${stats.glossedBy.pattern} by pattern, ${stats.glossedBy.default} default`,
  ];
  if (stats.perDomain.length > 0) {
    const width = Math.max(...stats.perDomain.map((d) => d.id.length));
    lines.push('  domain'.padEnd(width + 3) + '  type          templates  anomaly   normal  purity');
    for (const d of stats.perDomain) {
      lines.push(
        `  ${d.id.padEnd(width)}  ${d.type.padEnd(12)}  ${String(d.templates).padStart(9)}  ` +
          `${String(d.labelled.anomaly).padStart(7)}  ${String(d.labelled.normal).padStart(7)}  ${d.purity.toFixed(3)}`
      );
    }
  }
  const section = (title: string, items: string[]) => {
    if (items.length > 0) {
      lines.push(`${title} (${items.length}):`, ...items.map((i) => `  - ${i}`));
    }
  };
  section('Errors', report.errors);
  section('Repairs', report.repairs);
  section('Warnings', report.warnings);
  return lines.join('\n');
}
