// The newest filed postings of the terms story assignment asks for, held in memory. Each article
// asks for the postings of some thirty terms; the common ones return the two hundred a term is
// cut to, read from the table and made into strings again for every article that has the term.
// Held here, a term's list is read once, and when this process files the index tail (index-tail.ts)
// the tail's postings are merged in, so that it stays the table's newest; when another process
// moves the mark, or a transaction that filed rolls back, everything held is dropped.

import type { Posting } from './index-tail.js';

/** Terms held: the most recently asked for. */
const CAPACITY = 5_000;

interface Held {
  /** Newest first, as the table orders them: by day, latest first, then by article id. */
  ids: string[];
  days: number[];
}

export class FiledPostings {
  private readonly held = new Map<string, Held>();

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
      list = { ids: rows.map((r) => r[0]), days: rows.map((r) => r[1]) };
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
  }
}

/** The newest `keep` of a held list and the tail's postings (oldest first), newest first. */
function merge(list: Held, tail: readonly Posting[], keep: number): Held {
  const out: Held = { ids: [], days: [] };
  let i = 0;
  let j = tail.length - 1;
  while (out.ids.length < keep && (i < list.ids.length || j >= 0)) {
    const takeTail = j >= 0 && (i >= list.ids.length || before(tail[j]!.day, tail[j]!.articleId, list.days[i]!, list.ids[i]!));
    if (takeTail) {
      out.ids.push(tail[j]!.articleId);
      out.days.push(tail[j]!.day);
      j--;
    } else {
      out.ids.push(list.ids[i]!);
      out.days.push(list.days[i]!);
      i++;
    }
  }
  return out;
}

/** Whether the posting (day, id) comes before (otherDay, otherId) in the table's order. */
function before(day: number, id: string, otherDay: number, otherId: string): boolean {
  return day > otherDay || (day === otherDay && id < otherId);
}
