// The newest filed postings of the terms story assignment asks for, held in memory. Each article
// asks for the postings of some thirty terms; the common ones return the two hundred a term is
// cut to, read from the table and made into strings again for every article that has the term.
// Held here, a term's list is read once, and when this process files the index tail (index-tail.ts)
// the tail's postings are merged in, so that it stays the term's stored list; when another process
// moves the mark, or a transaction that filed rolls back, everything held is dropped.

import { before, type Posting } from './index-tail.js';
import { rowAsHandles } from './term-postings.js';
import type { ArticleHandles } from './article-handles.js';

/**
 * Terms held: the most recently asked for. Replaying 7,000 articles of the bench's synthetic
 * stream on a store of 83,500, 5,000 held terms missed 46% of lookups (each a read of up to 200
 * postings), 20,000 miss 15%. Their articles are held as handles (article-handles.ts): a full
 * list takes 1.6 KB.
 */
const CAPACITY = 20_000;

interface Held {
  /** Newest first, as the table orders them: by day, latest first, then by article id. */
  handles: Int32Array;
  days: Int32Array;
}

export class FiledPostings {
  private readonly held = new Map<string, Held>();

  /** `keep`: postings held per term, the most any lookup reads; `handles`: the numbering of the articles they name. */
  constructor(private readonly keep: number, private readonly handles: ArticleHandles) {}

  /**
   * The handles of `term`'s newest `limit` filed postings (at most `keep`), from memory or, on a
   * miss, from `read` (the term's row of stored postings, term-postings.ts).
   */
  newest(term: string, limit: number, read: (term: string) => string | undefined): Int32Array {
    let list = this.held.get(term);
    if (list) {
      // Most recently asked for last: the first in the map is the one to let go.
      this.held.delete(term);
    } else {
      list = rowAsHandles(read(term), (id) => this.handles.of(id));
      if (this.held.size >= CAPACITY) this.held.delete(this.held.keys().next().value!);
    }
    this.held.set(term, list);
    return limit >= list.handles.length ? list.handles : list.handles.subarray(0, limit);
  }

  /** The tail has been filed: each held term's list takes in the tail's postings of it (`postingsOf`: oldest first). */
  filed(postingsOf: (term: string) => readonly Posting[]): void {
    for (const [term, list] of this.held) {
      const tail = postingsOf(term);
      if (tail.length === 0) continue;
      this.held.set(term, this.merge(list, tail));
    }
  }

  /** Lets every list go, and the articles' numbering with them. */
  clear(): void {
    this.held.clear();
    this.handles.reset();
  }

  /** The newest `keep` of a held list and the tail's postings (oldest first), newest first. */
  private merge(list: Held, tail: readonly Posting[]): Held {
    const handles: number[] = [];
    const days: number[] = [];
    let i = 0;
    let j = tail.length - 1;
    while (handles.length < this.keep && (i < list.handles.length || j >= 0)) {
      const takeTail = j >= 0 && (i >= list.handles.length || before(tail[j]!.day, tail[j]!.articleId, list.days[i]!, this.handles.id(list.handles[i]!)));
      if (takeTail) {
        handles.push(this.handles.ofPosting(tail[j]!));
        days.push(tail[j]!.day);
        j--;
      } else {
        handles.push(list.handles[i]!);
        days.push(list.days[i]!);
        i++;
      }
    }
    return { handles: Int32Array.from(handles), days: Int32Array.from(days) };
  }
}

