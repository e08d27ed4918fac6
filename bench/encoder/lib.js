'use strict';
/**
 * Pure helpers of the encoder experiment: the hashed-token representation it is compared with, nearest-neighbour
 * and logistic heads that take either representation, and the metrics. Both representations go through the same
 * heads, so a difference is the representation's.
 */

const HASH_DIM = 1 << 14;

function fnv1a(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Words of a template (placeholders dropped), lowercased: what hashed tokens see. */
function words(template) {
  return template
    .replace(/<\*>|<[A-Z]+>/g, ' ')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !/^\d+$/.test(w));
}

/** Unit-length hashed bag of words and word bigrams (the bundle's featuriser family), as a sparse map. */
function hashed(template) {
  const w = words(template);
  const v = new Map();
  const add = (t) => v.set(fnv1a(t) % HASH_DIM, (v.get(fnv1a(t) % HASH_DIM) ?? 0) + 1);
  w.forEach((t, i) => {
    add(t);
    if (i > 0) {
      add(`${w[i - 1]} ${t}`);
    }
  });
  let n = 0;
  for (const x of v.values()) {
    n += x * x;
  }
  n = Math.sqrt(n) || 1;
  for (const [k, x] of v) {
    v.set(k, x / n);
  }
  return v;
}

function dotSparse(a, b) {
  let s = 0;
  const [small, big] = a.size < b.size ? [a, b] : [b, a];
  for (const [k, x] of small) {
    s += x * (big.get(k) ?? 0);
  }
  return s;
}

function dotDense(a, b) {
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    s += a[i] * b[i];
  }
  return s;
}

const similarity = (a, b) => (a instanceof Map ? dotSparse(a, b) : dotDense(a, b));

/** k nearest neighbours by cosine, votes weighted by similarity; ties → the first label seen. */
function knn(train, query, k = 5) {
  const scored = train.map((t) => ({ label: t.label, s: similarity(t.x, query) })).sort((a, b) => b.s - a.s);
  const votes = new Map();
  for (const n of scored.slice(0, k)) {
    votes.set(n.label, (votes.get(n.label) ?? 0) + Math.max(n.s, 1e-6));
  }
  return [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Binary logistic regression by full-batch gradient descent with L2 (dense or sparse inputs). */
function logistic(rows, { epochs = 1000, lr = 4, l2 = 1e-5, weightPositive = 1 } = {}) {
  const dense = !(rows[0].x instanceof Map);
  const dim = dense ? rows[0].x.length : HASH_DIM;
  const w = new Float64Array(dim);
  let b = 0;
  const dot = (x) => {
    if (dense) {
      let s = b;
      for (let i = 0; i < dim; i++) {
        s += w[i] * x[i];
      }
      return s;
    }
    let s = b;
    for (const [k, v] of x) {
      s += w[k] * v;
    }
    return s;
  };
  for (let e = 0; e < epochs; e++) {
    const g = new Float64Array(dim);
    let gb = 0;
    let total = 0;
    for (const r of rows) {
      const p = 1 / (1 + Math.exp(-dot(r.x)));
      const weight = (r.weight ?? 1) * (r.y === 1 ? weightPositive : 1);
      const err = (p - r.y) * weight;
      total += weight;
      gb += err;
      if (dense) {
        for (let i = 0; i < dim; i++) {
          g[i] += err * r.x[i];
        }
      } else {
        for (const [k, v] of r.x) {
          g[k] += err * v;
        }
      }
    }
    for (let i = 0; i < dim; i++) {
      w[i] -= lr * (g[i] / total + l2 * w[i]);
    }
    b -= lr * (gb / total);
  }
  return (x) => 1 / (1 + Math.exp(-dot(x)));
}

function prf(pairs) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [predicted, actual] of pairs) {
    if (predicted && actual) {
      tp++;
    } else if (predicted) {
      fp++;
    } else if (actual) {
      fn++;
    }
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return {
    tp,
    fp,
    fn,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
  };
}

module.exports = { HASH_DIM, words, hashed, knn, logistic, prf, similarity };
