// The newest articles' share of the inverted index, kept in memory until it is written in a batch.
//
// Filing every article under its fifty terms and bumping the document frequency of each of its
// stems dirtied a page per term: most of what each commit wrote. The SQLite store now writes both
// for hundreds of articles at once (`flushIndex` in sqlite-store.ts): a mark in the database says
// up to which article (rowid) term_df and term_postings are complete, and the articles past it,
// the tail, are read back from article_features, whichever process stored them. Lookups add the
// tail to what the tables hold: document frequencies are exactly those of every stored article,
// and a term's postings are the tail's first (see `findCandidates` in sqlite-store.ts).

import type { HandledPosting } from './article-handles.js';

/** One article of the tail. */
export interface TailArticle {
  rowid: number;
  articleId: string;
  /** The day it is filed under (indexDay). */
  day: number;
  /** What it is filed under in the inverted index (indexTerms). */
  indexTerms: string[];
  /** Its stems, each counted once in the document frequencies. */
  terms: readonly string[];
}

/** A posting: an article filed under a term, with its day (one object per article, whatever the terms). */
export interface Posting extends HandledPosting {
  articleId: string;
  day: number;
}

export class IndexTail {
  /** `keep`: postings kept per term, the newest (no lookup reads more). */
  constructor(private readonly keep: number) {}

  /** Articles up to this rowid are in the tables. */
  mark = 0;
  /** The rowid up to which the tail holds every article: read from the database, or written by this process right after one it held. */
  lastRead = 0;
  private readonly articles = new Map<number, TailArticle>();
  private readonly postings = new Map<string, Posting[]>();
  private readonly df = new Map<string, number>();

  get size(): number {
    return this.articles.size;
  }

  /** Adds an article past the mark; one already there is left alone. */
  add(article: TailArticle): void {
    if (article.rowid <= this.mark || this.articles.has(article.rowid)) return;
    this.articles.set(article.rowid, article);
    // Nothing stored between the last article held and this one (an article this process stored): the tail holds
    // everything up to it, and reading it back from the database would only parse its stems again.
    if (article.rowid === this.lastRead + 1) this.lastRead = article.rowid;
    const posting = { articleId: article.articleId, day: article.day };
    for (const term of article.indexTerms) {
      let list = this.postings.get(term);
      if (!list) this.postings.set(term, (list = []));
      // Oldest first; a new article is mostly the newest, so the place is found from the end.
      let at = list.length;
      while (at > 0 && before(list[at - 1]!.day, list[at - 1]!.articleId, posting.day, posting.articleId)) at--;
      list.splice(at, 0, posting);
      if (list.length > this.keep) list.shift();
    }
    for (const term of article.terms) this.df.set(term, (this.df.get(term) ?? 0) + 1);
  }

  /** The tail's newest postings for `term`, oldest first. */
  postingsOf(term: string): readonly Posting[] {
    return this.postings.get(term) ?? [];
  }

  /** Every term the tail's articles are filed under. */
  postedTerms(): IterableIterator<string> {
    return this.postings.keys();
  }

  /** How many tail articles have `term` among their stems. */
  documentFrequency(term: string): number {
    return this.df.get(term) ?? 0;
  }

  /** Every term's count in the tail. */
  counts(): ReadonlyMap<string, number> {
    return this.df;
  }

  /** Empties the tail: everything up to `mark` is in the tables, and what follows it is read again. */
  reset(mark: number): void {
    this.mark = mark;
    this.lastRead = mark;
    this.articles.clear();
    this.postings.clear();
    this.df.clear();
  }
}

/** Whether the posting (day, id) comes before (otherDay, otherId) in a term's order: the latest day first, then by article id. */
export function before(day: number, id: string, otherDay: number, otherId: string): boolean {
  return day > otherDay || (day === otherDay && id < otherId);
}
