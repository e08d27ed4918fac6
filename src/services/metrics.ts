/** Flattens the model card's free-form metrics ({ bgl: { f1: 0.95 } }) into rows for a table. */
export function flattenMetrics(metrics: Record<string, unknown>, prefix = ''): Array<{ name: string; value: string }> {
  const rows: Array<{ name: string; value: string }> = [];
  for (const [k, v] of Object.entries(metrics)) {
    const name = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      rows.push(...flattenMetrics(v as Record<string, unknown>, name));
    } else if (typeof v === 'number') {
      rows.push({ name, value: Number.isInteger(v) ? String(v) : v.toFixed(3) });
    } else {
      rows.push({ name, value: Array.isArray(v) ? v.join(', ') : String(v) });
    }
  }
  return rows;
}
