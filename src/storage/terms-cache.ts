// Parsed term counts of recently read articles. An article's terms never change once stored, and
// parsing them again for every candidate and every centroid was a hot spot of story assignment.

import { parseTermCounts, type TermList } from '../term-list.js';

/**
 * Articles kept: the recent ones, which candidates mostly are. About 4.5 KB each as term lists
 * whose strings are the numbering's (term-list.ts), 8 KB before; at 30,000 stored articles a
 * cache of 10,000 missed so often that reading and parsing candidates again was a fifth of
 * assignment, and 20,000 take the memory 10,000 took then.
 */
const CAPACITY = 20_000;

export class TermsCache {
  private readonly parsed = new Map<string, TermList>();

  /**
   * The term counts of each of `ids`, reading from the store (`read`: id → stored JSON) only
   * those not cached: a candidate's terms are some kilobytes of JSON, and most candidates were
   * read for an earlier decision.
   */
  getMany(ids: readonly string[], read: (missing: string[]) => Map<string, string>): Map<string, TermList> {
    const out = new Map<string, TermList>();
    const missing: string[] = [];
    for (const id of ids) {
      const terms = this.parsed.get(id);
      if (terms) out.set(id, terms);
      else missing.push(id);
    }
    if (missing.length > 0) for (const [id, json] of read(missing)) out.set(id, this.get(id, json));
    return out;
  }

  /** The term counts of article `id`, parsing `json` (its stored form) only on a miss. */
  get(id: string, json: string): TermList {
    let terms = this.parsed.get(id);
    if (!terms) {
      terms = parseTermCounts(json);
      // Oldest first out: a Map iterates in insertion order.
      if (this.parsed.size >= CAPACITY) this.parsed.delete(this.parsed.keys().next().value!);
      this.parsed.set(id, terms);
    }
    return terms;
  }
}
