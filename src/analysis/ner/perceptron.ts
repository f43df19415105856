// An averaged perceptron for tagging one token at a time, left to right (Collins 2002; the greedy
// form of Honnibal's tagger). Small, deterministic, and fast to train and run in plain TypeScript.

export interface PerceptronModel {
  tags: string[];
  /** Feature → weight per tag (same order as tags); zero weights left out. */
  weights: Record<string, number[]>;
  /** What it was trained on, for the eval output and the README. */
  trainedOn: string;
}

export class Perceptron {
  readonly tags: string[];
  private readonly weights = new Map<string, Float64Array>();
  private readonly totals = new Map<string, Float64Array>();
  private readonly stamps = new Map<string, Float64Array>();
  private instances = 0;
  /** The scores `predict` sums, one array for every call (it is called once per token). */
  private readonly scratch: Float64Array;

  constructor(tags: string[], model?: PerceptronModel) {
    this.tags = tags;
    this.scratch = new Float64Array(tags.length);
    if (model) for (const [f, w] of Object.entries(model.weights)) this.weights.set(f, Float64Array.from(w));
  }

  /** The best tag for these features among those `allowed` (all by default). */
  predict(features: string[], allowed?: (tag: number) => boolean): number {
    const s = this.scratch.fill(0);
    for (const f of features) {
      const w = this.weights.get(f);
      if (!w) continue;
      for (let k = 0; k < s.length; k++) s[k]! += w[k]!;
    }
    let best = -1;
    for (let k = 0; k < s.length; k++) if ((!allowed || allowed(k)) && (best < 0 || s[k]! > s[best]!)) best = k;
    return best;
  }

  /** One training step: move weights toward `truth` and away from `guess`. */
  update(features: string[], truth: number, guess: number): void {
    this.instances++;
    if (truth === guess) return;
    for (const f of features) {
      let w = this.weights.get(f);
      if (!w) {
        w = new Float64Array(this.tags.length);
        this.weights.set(f, w);
        this.totals.set(f, new Float64Array(this.tags.length));
        this.stamps.set(f, new Float64Array(this.tags.length));
      }
      const totals = this.totals.get(f)!;
      const stamps = this.stamps.get(f)!;
      for (const [k, delta] of [[truth, 1], [guess, -1]] as const) {
        totals[k]! += (this.instances - stamps[k]!) * w[k]!;
        stamps[k] = this.instances;
        w[k]! += delta;
      }
    }
  }

  /** Replaces the weights by their averages over all steps: the averaged perceptron. */
  average(): void {
    for (const [f, w] of this.weights) {
      const totals = this.totals.get(f)!;
      const stamps = this.stamps.get(f)!;
      for (let k = 0; k < w.length; k++) {
        const total = totals[k]! + (this.instances - stamps[k]!) * w[k]!;
        w[k] = Math.round((total / this.instances) * 1000) / 1000;
      }
    }
  }

  /** The weights to ship: rounded to hundredths, and weights under `minWeight` dropped (they change few decisions). */
  toModel(trainedOn: string, minWeight = 0.2): PerceptronModel {
    return { tags: this.tags, weights: pruneWeights(Object.fromEntries(this.weights), minWeight), trainedOn };
  }
}

/** Weights rounded to hundredths, those under `minWeight` dropped, features in sorted order (a stable file). */
export function pruneWeights(weights: Record<string, ArrayLike<number>>, minWeight: number): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const f of Object.keys(weights).sort()) {
    const w = Array.from(weights[f]!, (x) => (Math.abs(x) < minWeight ? 0 : Math.round(x * 100) / 100));
    if (w.some((x) => x !== 0)) out[f] = w;
  }
  return out;
}

/**
 * The mean of several models' weights (a feature missing from one counts zero there): perceptrons
 * trained on differently shuffled data disagree by a point of F1 or more, and their mean is steadier.
 */
export function meanWeights(models: PerceptronModel[]): Record<string, number[]> {
  const mean: Record<string, number[]> = {};
  for (const model of models) {
    for (const [f, w] of Object.entries(model.weights)) {
      const m = (mean[f] ??= w.map(() => 0));
      w.forEach((x, k) => { m[k]! += x / models.length; });
    }
  }
  return mean;
}
