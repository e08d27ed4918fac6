/**
 * Per-domain calibration on held-out lines: Platt scaling of an expert's output into a probability (with Platt's
 * smoothed targets so that a separable validation set does not produce infinite slopes) and the F1-optimal
 * decision threshold on that probability.
 */
export interface Platt {
  a: number;
  b: number;
}

const clampLogit = (p: number): number => {
  const q = Math.min(Math.max(p, 1e-6), 1 - 1e-6);
  return Math.log(q / (1 - q));
};

export function applyPlatt(platt: Platt, p: number): number {
  const z = platt.a * clampLogit(p) + platt.b;
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Fits P(y=1 | p) = sigmoid(a·logit(p) + b) by Newton's method (Platt 1999, Lin et al. 2007 targets). */
export function fitPlatt(probs: readonly number[], labels: ReadonlyArray<0 | 1>): Platt {
  const pos = labels.filter((y) => y === 1).length;
  const neg = labels.length - pos;
  if (pos === 0 || neg === 0) {
    return { a: 1, b: 0 };
  }
  const hi = (pos + 1) / (pos + 2);
  const lo = 1 / (neg + 2);
  const x = probs.map(clampLogit);
  const t = labels.map((y) => (y === 1 ? hi : lo));
  const loss = (a: number, b: number): number => {
    let sum = 0;
    for (let i = 0; i < x.length; i++) {
      const z = a * x[i]! + b;
      // log(1 + e^z) - t·z, computed without overflow.
      sum += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - t[i]! * z;
    }
    return sum;
  };
  let a = 1;
  let b = Math.log((pos + 1) / (neg + 1));
  let current = loss(a, b);
  for (let iter = 0; iter < 100; iter++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-12;
    let hab = 0;
    let hbb = 1e-12;
    for (let i = 0; i < x.length; i++) {
      const z = a * x[i]! + b;
      const p = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
      const d = p - t[i]!;
      const w = p * (1 - p);
      ga += d * x[i]!;
      gb += d;
      haa += w * x[i]! * x[i]!;
      hab += w * x[i]!;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    const da = det > 1e-12 ? (hbb * ga - hab * gb) / det : ga;
    const db = det > 1e-12 ? (haa * gb - hab * ga) / det : gb;
    // Backtracking (Lin, Lin & Weng 2007): a full Newton step can overshoot when the scores are saturated.
    let step = 1;
    let next = loss(a - da, b - db);
    while (next > current + 1e-12 && step > 1e-10) {
      step /= 2;
      next = loss(a - step * da, b - step * db);
    }
    if (next > current + 1e-12) {
      break;
    }
    a -= step * da;
    b -= step * db;
    const improved = current - next;
    current = next;
    if (improved < 1e-10 * Math.max(1, Math.abs(current))) {
      break;
    }
  }
  return { a, b };
}

export interface ThresholdChoice {
  threshold: number;
  f1: number;
}

/**
 * The threshold on `probs` with the best F1 on these labels, placed midway between neighbouring scores so that
 * it generalises; 0.5 when there is nothing to separate.
 */
export function bestThreshold(probs: readonly number[], labels: ReadonlyArray<0 | 1>): ThresholdChoice {
  const pos = labels.filter((y) => y === 1).length;
  if (pos === 0 || pos === labels.length) {
    // One class only: any threshold on the right side of every score is perfect; 0.5 is the neutral choice.
    return { threshold: 0.5, f1: 1 };
  }
  const order = probs.map((p, i) => [p, labels[i]!] as const).sort((u, v) => v[0] - u[0]);
  let tp = 0;
  let fp = 0;
  let best = { threshold: 0.5, f1: 0 };
  for (let i = 0; i < order.length; i++) {
    if (order[i]![1] === 1) {
      tp += 1;
    } else {
      fp += 1;
    }
    const next = order[i + 1]?.[0];
    if (next !== undefined && next === order[i]![0]) {
      continue;
    }
    const f1 = (2 * tp) / (2 * tp + fp + (pos - tp));
    if (f1 > best.f1) {
      best = { threshold: next === undefined ? order[i]![0] / 2 : (order[i]![0] + next) / 2, f1 };
    }
  }
  return best;
}
