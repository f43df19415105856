// Parsed term counts of recently read articles. An article's terms never change once stored, and
// parsing them again for every candidate and every centroid was a hot spot of story assignment.

/** Articles kept (some tens of KB each): the recent ones, which candidates mostly are. */
const CAPACITY = 10_000;

export class TermsCache {
  private readonly parsed = new Map<string, Record<string, number>>();

  /** The term counts of article `id`, parsing `json` (its stored form) only on a miss. */
  get(id: string, json: string): Record<string, number> {
    let terms = this.parsed.get(id);
    if (!terms) {
      terms = JSON.parse(json) as Record<string, number>;
      // Oldest first out: a Map iterates in insertion order.
      if (this.parsed.size >= CAPACITY) this.parsed.delete(this.parsed.keys().next().value!);
      this.parsed.set(id, terms);
    }
    return terms;
  }
}
