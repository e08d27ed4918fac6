'use strict';
/**
 * Deterministic request mutation for the fuzz harness: structure-aware edits of a valid seed (replace, delete, add
 * or multiply a value at a random path, with hostile values), then sometimes byte-level damage (truncation, flipped
 * or invalid UTF-8 bytes, raw numbers JSON.stringify cannot write, deep nesting) and HTTP-level damage (method,
 * path case, content type, auth header, query junk). Everything flows from one seeded PRNG, so a run reproduces.
 */

/** mulberry32: small, fast, good enough to drive choices. */
function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

/** Raw JSON text substituted for a sentinel string after stringify (values JSON.stringify cannot produce). */
const RAW = {
  __RAW_INF__: '1e309',
  __RAW_NEG_ZERO__: '-0',
  __RAW_TINY__: '1e-400',
  __RAW_BIGINT__: '123456789012345678901234567890',
  __RAW_DEEP__: `${'['.repeat(5000)}${']'.repeat(5000)}`,
  __RAW_DEEP_OBJ__: `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`,
};

const HOSTILE_VALUES = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  1e300,
  -1e300,
  2 ** 53 + 1,
  '',
  ' ',
  'a'.repeat(100_000),
  '\u0000',
  '\ud800',
  '💥'.repeat(2000),
  [],
  {},
  [null],
  [[[]]],
  { __proto__: null, constructor: 'x' },
  'constructor',
  '__proto__',
  'toString',
  '(a+)+$',
  '(',
  '[z-a]',
  '(?<a>',
  '\\',
  '9'.repeat(400),
  'NaN',
  '2026-13-45T99:99:99Z',
  '-0',
  '../../../../etc/passwd',
  '<script>alert(1)</script>',
  "'; DROP TABLE labels; --",
  '%s%s%s%n',
  ...Object.keys(RAW),
];

function clone(value) {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/** Every [container, key] in the tree, the root's holder included. */
function paths(holder) {
  const out = [];
  const walk = (container, key, depth) => {
    out.push([container, key]);
    const v = container[key];
    if (depth > 6 || v === null || typeof v !== 'object') {
      return;
    }
    for (const k of Object.keys(v).slice(0, 50)) {
      walk(v, Array.isArray(v) ? Number(k) : k, depth + 1);
    }
  };
  walk(holder, 'root', 0);
  return out;
}

function mutateValue(rng, seed) {
  const holder = { root: clone(seed) };
  const ops = 1 + rng.int(3);
  for (let i = 0; i < ops; i++) {
    const all = paths(holder);
    const [container, key] = rng.pick(all);
    const current = container[key];
    const op = rng.int(7);
    if (op === 0 && key !== 'root') {
      if (Array.isArray(container)) {
        container.splice(key, 1);
      } else {
        delete container[key];
      }
    } else if (op === 1 && current && typeof current === 'object' && !Array.isArray(current)) {
      // defineProperty: a plain assignment of "__proto__" would set the prototype instead of adding the key.
      Object.defineProperty(
        current,
        rng.pick(['extra', 'constructor', '__proto__', 'lines', 'labels', 'x'.repeat(300)]),
        {
          value: clone(rng.pick(HOSTILE_VALUES)),
          enumerable: true,
          writable: true,
          configurable: true,
        }
      );
    } else if (op === 2 && Array.isArray(current) && current.length > 0) {
      // Multiply an element: long arrays (many lines, many labels).
      const n = rng.pick([2, 50, 1001, 5000, 12_000]);
      container[key] = Array.from({ length: n }, (_, j) => clone(current[j % current.length]));
    } else if (op === 3 && typeof current === 'string') {
      container[key] = current + rng.pick(['\u0000', '\ud800', '💥', '\n'.repeat(100), ' '.repeat(5000), '"', '\\']);
    } else if (op === 4) {
      container[key] = rng.chance(0.5) ? [clone(current)] : { value: clone(current) };
    } else if (op === 5 && typeof current === 'number') {
      container[key] = rng.pick([-1, 0, 1e300, 2 ** 31, 2 ** 53, -(2 ** 53), 0.5, '__RAW_INF__', '__RAW_NEG_ZERO__']);
    } else {
      container[key] = clone(rng.pick(HOSTILE_VALUES));
    }
  }
  return holder.root;
}

function serialize(value) {
  let text = JSON.stringify(value);
  if (text === undefined) {
    return '';
  }
  for (const [sentinel, raw] of Object.entries(RAW)) {
    text = text.split(JSON.stringify(sentinel)).join(raw);
  }
  return text;
}

function damageBytes(rng, buf) {
  const op = rng.int(6);
  if (op === 0 && buf.length > 0) {
    return buf.subarray(0, rng.int(buf.length));
  }
  if (op === 1 && buf.length > 0) {
    const copy = Buffer.from(buf);
    for (let i = 0; i < 1 + rng.int(4); i++) {
      copy[rng.int(copy.length)] ^= 1 << rng.int(8);
    }
    return copy;
  }
  if (op === 2) {
    const at = rng.int(buf.length + 1);
    return Buffer.concat([buf.subarray(0, at), Buffer.from([0xff, 0xfe, 0xc3]), buf.subarray(at)]);
  }
  if (op === 3) {
    return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), buf]);
  }
  if (op === 4) {
    return Buffer.from(rng.pick(['', 'null', '[]', '"x"', '{', 'not json', '{"lines":', '\u0000'.repeat(10)]));
  }
  return Buffer.concat([buf, buf]);
}

const QUERY_JUNK = [
  'limit=-1',
  'limit=1e300',
  'limit=abc',
  'offset=99999999999',
  'cursor=__proto__',
  'since=yesterday',
  'verdict=maybe',
  'domain=constructor',
  'below=0',
  'limit=1&limit=2',
  'q=%ff%fe',
  'q=' + 'a'.repeat(5000),
  'templateId[]=x',
  '__proto__[x]=1',
];

/** One mutated request from a seed {method, path, query?, body?, contentType?}. */
function mutateRequest(rng, seed, token) {
  let method = seed.method;
  let path = seed.path;
  let query = seed.query ?? '';
  const headers = { Authorization: `Bearer ${token}` };
  if (seed.adminKey) {
    headers['X-Anomaly-Lens-Admin-Key'] = seed.adminKey;
  }
  let body = null;
  if (seed.body !== undefined) {
    const value = rng.chance(0.85) ? mutateValue(rng, seed.body) : seed.body;
    body = Buffer.from(seed.ndjson ? serializeNdjson(value) : serialize(value));
    if (rng.chance(0.15)) {
      body = damageBytes(rng, body);
    }
    headers['Content-Type'] = seed.contentType ?? 'application/json';
  }
  if (rng.chance(0.12)) {
    query = [query, rng.pick(QUERY_JUNK)].filter(Boolean).join('&');
  }
  if (rng.chance(0.04)) {
    method = rng.pick(['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']);
  }
  if (rng.chance(0.04)) {
    path = rng.pick([path.toUpperCase(), `${path}/`, path.replace('/api/', '//api/'), `${path}%00`, `${path}/..`]);
  }
  if (rng.chance(0.04)) {
    const auth = rng.pick([
      null,
      'Bearer',
      `Bearer ${token}x`,
      `bearer ${token}`,
      `Basic ${token}`,
      'Bearer ' + 'x'.repeat(10_000),
    ]);
    if (auth === null) {
      delete headers.Authorization;
    } else {
      headers.Authorization = auth;
    }
  }
  if (body && rng.chance(0.05)) {
    const type = rng.pick([
      null,
      'text/plain',
      'application/json; charset=latin1',
      'multipart/form-data',
      'application/x-ndjson',
      'application/json, text/plain',
    ]);
    if (type === null) {
      delete headers['Content-Type'];
    } else {
      headers['Content-Type'] = type;
    }
  }
  return { method, path: query ? `${path}?${query}` : path, headers, body };
}

function serializeNdjson(value) {
  if (Array.isArray(value)) {
    return value.map((v) => serialize(v)).join('\n');
  }
  return serialize(value);
}

module.exports = { prng, mutateRequest, mutateValue, serialize };
