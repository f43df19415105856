// Clustering metrics: B-cubed and pairwise precision, recall and F1 (as the scikit-learn peer computes them).

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function groups<T>(labels: T[]): Map<T, Set<number>> {
  const out = new Map<T, Set<number>>();
  labels.forEach((l, i) => {
    let set = out.get(l);
    if (!set) out.set(l, (set = new Set()));
    set.add(i);
  });
  return out;
}

/** B-cubed precision and recall averaged over items. */
export function bcubed<P, G>(predicted: P[], gold: G[]): PRF {
  const pc = groups(predicted);
  const gc = groups(gold);
  let p = 0;
  let r = 0;
  for (let i = 0; i < predicted.length; i++) {
    const mine = pc.get(predicted[i]!)!;
    const truth = gc.get(gold[i]!)!;
    let shared = 0;
    for (const j of mine) if (truth.has(j)) shared++;
    p += shared / mine.size;
    r += shared / truth.size;
  }
  const n = predicted.length || 1;
  return { precision: round(p / n), recall: round(r / n), f1: round(f1(p / n, r / n)) };
}

/** Precision and recall over pairs of items put in one cluster. */
export function pairwise<P, G>(predicted: P[], gold: G[]): PRF {
  const pairs = (n: number) => (n * (n - 1)) / 2;
  const joint = new Map<string, number>();
  predicted.forEach((p, i) => {
    const key = `${String(p)}\u0000${String(gold[i])}`;
    joint.set(key, (joint.get(key) ?? 0) + 1);
  });
  let tp = 0;
  for (const n of joint.values()) tp += pairs(n);
  let pp = 0;
  for (const s of groups(predicted).values()) pp += pairs(s.size);
  let gp = 0;
  for (const s of groups(gold).values()) gp += pairs(s.size);
  const precision = pp ? tp / pp : 1;
  const recall = gp ? tp / gp : 1;
  return { precision: round(precision), recall: round(recall), f1: round(f1(precision, recall)) };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
