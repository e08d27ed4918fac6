/**
 * The envelopes a line picks up between its program and Loki: syslog (RFC 3164 with and without a priority,
 * RFC 5424), a container runtime (CRI, Docker json-file), a JSON logger, a shipper's prefix, a trailing counter
 * or request id. Pure: the invariance tests and bench wrap real lines with these, and training wraps a share of
 * its lines (train/augment.ts) so a bundle is not tied to one file layout. `auto` peels every one of them.
 */

export const WRAPPERS = [
  'syslog-3164',
  'syslog-3164-nopri',
  'syslog-5424',
  'cri',
  'docker',
  'json',
  'prefix',
  'counter',
  'request-id',
  'req-uuid',
] as const;
export type Wrapper = (typeof WRAPPERS)[number];

export interface WrapContext {
  /** When the wrapper says the line was received. */
  time: Date;
  /** The relaying host or container host. */
  host: string;
  /** Per-line number: a pid, a counter. */
  seq: number;
  /** 32 hex digits: request ids. */
  hex: string;
  /** The line's own level (as `auto` reads it bare), written into the JSON wrapper's level key; null: none. */
  level: string | null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function bsdTime(t: Date): string {
  return `${MONTHS[t.getUTCMonth()]} ${String(t.getUTCDate()).padStart(2, ' ')} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`;
}

/** RFC 3339 with nanoseconds, as containerd and Docker write it. */
function nanoTime(t: Date, seq: number): string {
  return `${t.toISOString().slice(0, 19)}.${pad(t.getUTCMilliseconds(), 3)}${pad(seq % 1_000_000, 6)}Z`;
}

function uuid(hex: string): string {
  const h = hex.padEnd(32, '0').slice(0, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function wrapLine(line: string, wrapper: Wrapper, ctx: WrapContext): string {
  switch (wrapper) {
    case 'syslog-3164':
      return `<14>${bsdTime(ctx.time)} ${ctx.host} app[${ctx.seq}]: ${line}`;
    case 'syslog-3164-nopri':
      return `${bsdTime(ctx.time)} ${ctx.host} app: ${line}`;
    case 'syslog-5424':
      return `<14>1 ${ctx.time.toISOString()} ${ctx.host} app ${ctx.seq} - - ${line}`;
    case 'cri':
      return `${nanoTime(ctx.time, ctx.seq)} stdout F ${line}`;
    case 'docker':
      return JSON.stringify({ log: `${line}\n`, stream: 'stdout', time: nanoTime(ctx.time, ctx.seq) });
    case 'json':
      return JSON.stringify(
        ctx.level === null ? { time: ctx.time.toISOString(), msg: line } : { level: ctx.level, msg: line }
      );
    case 'prefix':
      return `${ctx.time.toISOString().slice(0, 19)}Z ${ctx.host} ${line}`;
    case 'counter':
      return `${line} #${ctx.seq}`;
    case 'request-id':
      return `${line} request_id=${ctx.hex.slice(0, 16)}`;
    case 'req-uuid':
      return `${line} req-${uuid(ctx.hex)}`;
  }
}
