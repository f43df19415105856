// Document frequencies held still for a while, for weighing terms in story assignment. Read
// afresh for every article, they made each decision look up and weigh some five thousand terms
// of fifty candidates; held for an epoch (until the store has grown by a tenth, or by a thousand
// articles), one set of weights serves many decisions, and what similarity derives from it (each
// term's IDF, each candidate's vector, each story's centroid) is derived once per epoch, not once
// per article.

/** Document frequencies of some terms, and the number of articles they were counted over. */
export interface Frequencies {
  total: number;
  df: Map<string, number>;
}

/**
 * Growth of the store, as a share of its size when the epoch began, that starts a new epoch. A
 * tenth moves an IDF by at most log(1.1), under a tenth of the smallest IDF; below ten articles
 * every article starts one. `kabar eval stories` gives the same figures on its three label sets
 * with a hundredth, a twentieth and a tenth (and lower ones when the weights are never renewed).
 */
export const EPOCH_GROWTH = 0.1;
/**
 * And at most this many articles: a term new to the store is held at the count it had when first
 * asked for (often none), and in a large store a tenth is long enough for a new event's words to
 * go from nothing to thousands of articles, weighed all the while as if unseen.
 */
export const EPOCH_MAX_ARTICLES = 1000;

export class FrequencyEpoch {
  private held: Frequencies | null = null;

  /** Drops what is held (after a rollback, whose articles it may have counted). */
  reset(): void {
    this.held = null;
  }

  /**
   * The held frequencies, with `terms` among them: the same object while the store, now `total`
   * articles, has grown by less than EPOCH_GROWTH (and EPOCH_MAX_ARTICLES) since the epoch began;
   * a new one after. Terms
   * not yet held are read with `exact`, at the current count; terms no article has are held as 0.
   */
  async frequencies(total: number, terms: readonly string[], exact: (terms: string[]) => Promise<Frequencies>): Promise<Frequencies> {
    const current = this.held;
    if (!current || total < current.total || total >= current.total + Math.max(1, Math.min(EPOCH_MAX_ARTICLES, Math.floor(current.total * EPOCH_GROWTH)))) {
      this.held = { total, df: new Map() };
    }
    const held = this.held!;
    const missing = terms.filter((t) => !held.df.has(t));
    if (missing.length > 0) {
      const { df } = await exact(missing);
      for (const t of missing) held.df.set(t, df.get(t) ?? 0);
    }
    return held;
  }
}
