/** Level words derived from numeric severities in headers (syslog priority, vendor severity digit, HTTP status). */

/** Syslog / vendor severity 0–7 (RFC 5424 table 2) as a level word: 0–2 fatal class, 3 error, 4 warn, 5–6 info, 7 debug. */
const SEVERITY_WORDS = ['FATAL', 'FATAL', 'CRITICAL', 'ERROR', 'WARN', 'INFO', 'INFO', 'DEBUG'];

export function severityLevel(digit: number): string | null {
  return Number.isInteger(digit) && digit >= 0 && digit <= 7 ? SEVERITY_WORDS[digit]! : null;
}

/**
 * The level a syslog priority (`<PRI>` = facility × 8 + severity) states, only where it states error or worse:
 * shippers and daemons stamp one fixed priority (user.notice, `<13>`/`<14>`) on whatever they forward, and a
 * level taken from it would make the same line score differently wrapped and bare. An error priority is a claim
 * the sender made about this line.
 */
export function syslogPriorityLevel(pri: string | undefined): string | null {
  if (pri === undefined) {
    return null;
  }
  const n = Number(pri);
  if (!Number.isInteger(n) || n < 0 || n > 191) {
    return null;
  }
  const severity = n % 8;
  return severity <= 3 ? severityLevel(severity) : null;
}

/** An access-log line's level from its HTTP status: 5xx error, 4xx warn, else info. */
export function httpStatusLevel(status: string | undefined): string | null {
  if (status === undefined) {
    return null;
  }
  const n = Number(status);
  return n >= 500 ? 'ERROR' : n >= 400 ? 'WARN' : 'INFO';
}
