/**
 * The Explore toolbar link: Loki queries only, opening the Explain page with the same query and range.
 * Kept free of heavy imports: link extensions must live in the main module.js.
 */

export interface ExploreLinkContext {
  targets?: Array<{
    refId?: string;
    expr?: unknown;
    hide?: boolean;
    datasource?: { type?: string; uid?: string } | null;
  }>;
  timeRange?: { from?: unknown; to?: unknown };
}

function timeValue(v: unknown, fallback: string): string {
  if (typeof v === 'string' && v) {
    return v;
  }
  if (typeof v === 'number' && Number.isFinite(v)) {
    return String(Math.round(v));
  }
  if (v && typeof (v as { valueOf: () => unknown }).valueOf === 'function') {
    const n = Number((v as { valueOf: () => unknown }).valueOf());
    if (Number.isFinite(n)) {
      return String(Math.round(n));
    }
  }
  return fallback;
}

/** The Explain page path for the first visible Loki query, or undefined (link hidden) when there is none. */
export function explainPathFromExplore(context: ExploreLinkContext | undefined, baseUrl: string): string | undefined {
  const target = context?.targets?.find(
    (t) => !t.hide && t.datasource?.type === 'loki' && typeof t.expr === 'string' && t.expr.trim() !== ''
  );
  if (!target || !target.datasource?.uid) {
    return undefined;
  }
  const params = new URLSearchParams();
  params.set('ds', target.datasource.uid);
  params.set('query', String(target.expr));
  params.set('from', timeValue(context?.timeRange?.from, 'now-1h'));
  params.set('to', timeValue(context?.timeRange?.to, 'now'));
  return `${baseUrl}/explain?${params.toString()}`;
}
