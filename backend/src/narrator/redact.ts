/**
 * What the narrator never sends in its default (masked) mode, beyond the normaliser's typed masks (numbers, IPs,
 * UUIDs, hex ids, paths and other digit-bearing values): values that carry no digit or hide inside key=value
 * pairs and headers. Replaced before the line is normalised:
 *   - JWTs (`eyJ….….…`)                                   → <JWT>
 *   - credentials in URLs (`://user:pass@`)                → ://<SECRET>@
 *   - Authorization schemes (`Bearer …`, `Basic …`, `Token …`) → `Bearer <SECRET>`
 *   - values of secret-named keys (`password=…`, `"api_key": "…"`, `token: …`, `secret`, `passwd`, `pwd`,
 *     `credential(s)`, `private_key`, `access_key`, `auth`, `authorization`, `session`, `cookie`) → key=<SECRET>
 *   - e-mail addresses                                     → <EMAIL>
 * Not masked: person names and other free-text words (nothing tells them from ordinary words reliably).
 * Every repetition is bounded (at most 64 characters before an `@`, 32 before a secret key name, …): unbounded
 * ones took 137 s on a 300 kB hostile line (quadratic backtracking from every start position); bounded, each
 * start position costs a constant.
 */
export const REDACTED_KINDS =
  'numbers, IPs, ids, paths, e-mail addresses, key=value secrets, bearer tokens and JWTs (names in free text are not masked)';

const JWT = /\beyJ[A-Za-z0-9_-]{2,8192}\.[A-Za-z0-9_-]{2,8192}\.[A-Za-z0-9_-]{0,8192}/g;
const URL_CREDENTIALS = /:\/\/[^/\s:@]{1,256}:[^/\s@]{1,256}@/g;
const AUTH_SCHEME = /\b(Bearer|Basic|Token)\s{1,8}[A-Za-z0-9._~+/=-]{6,8192}/gi;
const SECRET_KEY =
  /\b((?:[A-Za-z0-9_-]{0,32}[_-])?(?:password|passwd|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|credentials?|auth|authorization|session(?:[_-]?id)?|cookie))(["']?\s{0,8}[=:]\s{0,8})(?!(?:Bearer|Basic|Token|<)\b)("[^"]{0,4096}"|'[^']{0,4096}'|[^\s,;&"'<]{1,4096})/gi;
const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}\b/g;

export function redactSecrets(text: string): string {
  return text
    .replace(JWT, '<JWT>')
    .replace(URL_CREDENTIALS, '://<SECRET>@')
    .replace(AUTH_SCHEME, (_m, scheme: string) => `${scheme} <SECRET>`)
    .replace(SECRET_KEY, (_m, key: string, sep: string) => `${key}${sep}<SECRET>`)
    .replace(EMAIL, '<EMAIL>');
}
