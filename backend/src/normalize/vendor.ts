/**
 * Network-device messages that state their own severity: Cisco IOS/NX-OS `%FACILITY-SEVERITY-MNEMONIC: text`
 * (`%LINK-3-UPDOWN: Interface Gi0/1, changed state to down`), Huawei/H3C `MODULE/SEVERITY/MNEMONIC[(x)][[n]]:text`
 * (`IFNET/4/LINK_STATE(l)[0]:The line protocol …`, optionally after `%%01`). The tag may follow a device's own
 * prefix (sequence number, `*Dec  4 02:46:04.123:`, host), so it is searched for near the start, not anchored.
 * The severity digit becomes the level (levels.ts), the facility the component, and the message is
 * `MNEMONIC: text` (the mnemonic names the event; the text's variables are masked as usual).
 */
import { severityLevel } from './levels';
import type { StructuredParse } from './structured';

/** How far into the line the tag may start (device prefixes are short). */
const MAX_PREFIX = 120;

const CISCO =
  /(?:^|[\s:])%(?<Facility>[A-Z][A-Z0-9_]{0,31})(?:-[A-Z0-9_]+)?-(?<Sev>[0-7])-(?<Mnemonic>[A-Z][A-Z0-9_]{1,47}):\s?/;
const HUAWEI =
  /(?:^|[\s:]|%%\d{0,2})(?<Facility>[A-Z][A-Z0-9_]{1,31})\/(?<Sev>[0-7])\/(?<Mnemonic>[A-Za-z][A-Za-z0-9_]{1,47})(?:\([^)\s]{0,16}\))?(?:\[\d{1,10}\])?:\s?/;

export function parseVendorSeverity(line: string): StructuredParse | null {
  // Necessary for either tag: a severity digit between `-` or `/` delimiters.
  const head = line.length > MAX_PREFIX + 100 ? line.slice(0, MAX_PREFIX + 100) : line;
  if (!/[-/][0-7][-/]/.test(head)) {
    return null;
  }
  const m = CISCO.exec(head) ?? HUAWEI.exec(head);
  if (!m || m.index > MAX_PREFIX) {
    return null;
  }
  const g = m.groups!;
  return {
    message: `${g.Mnemonic}: ${line.slice(m.index + m[0].length)}`,
    timestamp: null,
    level: severityLevel(Number(g.Sev)),
    component: g.Facility!,
    host: null,
  };
}
