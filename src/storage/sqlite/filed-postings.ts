// The newest filed postings of the terms story assignment asks for, held in memory. Each article
// asks for the postings of some thirty terms; the common ones return the two hundred a term is
// cut to, read from the table and made into strings again for every article that has the term.
// Held here, a term's list is read once, and when this process files the index tail (index-tail.ts)
// the tail's postings are merged in, so that it stays the table's newest; when another process
// moves the mark, or a transaction that filed rolls back, everything held is dropped.

import type { Posting } from './index-tail.js';

/**
 * Terms held: the most recently asked for. Replaying 7,000 articles of the bench's synthetic
 * stream on a store of 83,500, 5,000 held terms missed 46% of lookups (each a read of up to 200
 * postings), 20,000 miss 15%. Their article ids are held once each (`intern`), so that 20,000
 * lists took 16 MB more than 5,000 did with a string for every posting.
 */
const CAPACITY = 20_000;
/** Distinct article ids held once before the pool starts again (about 80 bytes each). */
const INTERNED = 500_000;

interface Held {
  /** Newest first, as the table orders them: by day, latest first, then by article id. */
  ids: string[];
  days: Int32Array;
}

export class FiledPostings {
  private readonly held = new Map<string, Held>();
  /** One string for each article id read: an article is filed under some fifty terms, and a term's list is read again after it is let go. */
  private pool = new Map<string, string>();

  /** `keep`: postings held per term, the most any lookup reads. */
  constructor(private readonly keep: number) {}

  /**
   * The article ids of `term`'s newest `limit` filed postings (at most `keep`), from memory or, on
   * a miss, from `read` (the table's newest `keep`, as [article id, day], newest first).
   */
  newest(term: string, limit: number, read: (term: string, keep: number) => [string, number][]): string[] {
    let list = this.held.get(term);
    if (list) {
      // Most recently asked for last: the first in the map is the one to let go.
      this.held.delete(term);
    } else {
      const rows = read(term, this.keep);
      list = { ids: rows.map((r) => this.intern(r[0])), days: Int32Array.from(rows, (r) => r[1]) };
      if (this.held.size >= CAPACITY) this.held.delete(this.held.keys().next().value!);
    }
    this.held.set(term, list);
    return limit >= list.ids.length ? list.ids : list.ids.slice(0, limit);
  }

  /** The tail has been filed: each held term's list takes in the tail's postings of it (`postingsOf`: oldest first). */
  filed(postingsOf: (term: string) => readonly Posting[]): void {
    for (const [term, list] of this.held) {
      const tail = postingsOf(term);
      if (tail.length === 0) continue;
      this.held.set(term, merge(list, tail, this.keep));
    }
  }

  clear(): void {
    this.held.clear();
    this.pool.clear();
  }

  private intern(id: string): string {
    const held = this.pool.get(id);
    if (held !== undefined) return held;
    // Started again rather than trimmed: lists already held keep their strings either way.
    if (this.pool.size >= INTERNED) this.pool = new Map();
    this.pool.set(id, id);
    return id;
  }
}

/** The newest `keep` of a held list and the tail's postings (oldest first), newest first. */
function merge(list: Held, tail: readonly Posting[], keep: number): Held {
  const ids: string[] = [];
  const days: number[] = [];
  let i = 0;
  let j = tail.length - 1;
  while (ids.length < keep && (i < list.ids.length || j >= 0)) {
    const takeTail = j >= 0 && (i >= list.ids.length || before(tail[j]!.day, tail[j]!.articleId, list.days[i]!, list.ids[i]!));
    if (takeTail) {
      ids.push(tail[j]!.articleId);
      days.push(tail[j]!.day);
      j--;
    } else {
      ids.push(list.ids[i]!);
      days.push(list.days[i]!);
      i++;
    }
  }
  return { ids, days: Int32Array.from(days) };
}

/** Whether the posting (day, id) comes before (otherDay, otherId) in the table's order. */
function before(day: number, id: string, otherDay: number, otherId: string): boolean {
  return day > otherDay || (day === otherDay && id < otherId);
}
