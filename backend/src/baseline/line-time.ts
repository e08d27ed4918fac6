/**
 * A line's time from its header timestamp, for history fed from a file (`baseline learn`, the benchmarks): Loki
 * gives every line a timestamp, a file does not. Read as UTC; headers without a year (syslog `Jun 14 15:16:01`,
 * Android `03-17 …`, Proxifier `10.30 …`) take `year`. Returns null when the text is not a timestamp this knows.
 */
const MONTHS: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};

function utc(y: number, mo: number, d: number, h: number, mi: number, s: number, ms = 0): number | null {
  const t = Date.UTC(y, mo, d, h, mi, s, ms);
  return Number.isFinite(t) && mo >= 0 && mo < 12 && d >= 1 && d <= 31 && h < 24 && mi < 60 && s < 61 ? t : null;
}

const fraction = (f: string | undefined) => (f ? Math.round(Number(`0.${f}`) * 1000) : 0);

export function parseHeaderTime(text: string, year: number): number | null {
  const t = text.trim();
  let m: RegExpExecArray | null;
  // 2015-10-18 18:01:47,978 · 2017-05-16 00:00:00.008 · 2005.11.09 12:01:01 · 2016-09-28T04:30:30Z · BGL 2005-06-03-15.42.50.675872
  if ((m = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})[ T-](\d{1,2})[:.](\d{2})[:.](\d{2})(?:[.,:](\d+))?/.exec(t))) {
    return utc(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, fraction(m[7]));
  }
  // HealthApp 20171223-22:15:29:606
  if ((m = /^(\d{4})(\d{2})(\d{2})-(\d{1,2}):(\d{1,2}):(\d{1,2})(?::(\d+))?/.exec(t))) {
    return utc(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, fraction(m[7]));
  }
  // HDFS 081109 203615
  if ((m = /^(\d{2})(\d{2})(\d{2}) (\d{2})(\d{2})(\d{2})$/.exec(t))) {
    return utc(2000 + +m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
  }
  // Spark 17/06/09 20:10:40
  if ((m = /^(\d{2})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2}):(\d{2})/.exec(t))) {
    return utc(2000 + +m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
  }
  // Android 03-17 16:13:38.811 · Proxifier 10.30 16:49:06
  if ((m = /^(\d{2})[-.](\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?/.exec(t))) {
    return utc(year, +m[1]! - 1, +m[2]!, +m[3]!, +m[4]!, +m[5]!, fraction(m[6]));
  }
  // syslog Jun 14 15:16:01 · Apache Sun Dec 04 04:47:44 2005
  if ((m = /^(?:[A-Z][a-z]{2} )?([A-Z][a-z]{2}) +(\d{1,2}) (\d{2}):(\d{2}):(\d{2})(?: (\d{4}))?/.exec(t))) {
    const mo = MONTHS[m[1]!.toLowerCase()];
    return mo === undefined ? null : utc(m[6] ? +m[6] : year, mo, +m[2]!, +m[3]!, +m[4]!, +m[5]!);
  }
  // Epoch seconds (HPC) or milliseconds
  if ((m = /^(\d{10})(\d{3})?$/.exec(t))) {
    return +m[1]! * 1000 + (m[2] ? +m[2] : 0);
  }
  return null;
}

/**
 * Times for a file's lines in order: each parsed header, else the previous line's time (continuations and
 * headerless lines belong with what came before), else `fallbackMs` for leading lines.
 */
export function lineTimes(headers: ReadonlyArray<string | null>, year: number, fallbackMs: number): number[] {
  const out = new Array<number>(headers.length);
  let last: number | null = null;
  const firstKnown = headers.map((h) => (h ? parseHeaderTime(h, year) : null)).find((x) => x !== null) ?? null;
  for (let i = 0; i < headers.length; i++) {
    const h = headers[i];
    const t = h ? parseHeaderTime(h, year) : null;
    last = t ?? last ?? firstKnown ?? fallbackMs;
    out[i] = last;
  }
  return out;
}
