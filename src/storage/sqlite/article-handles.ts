// Article ids as small whole numbers, for counting candidates. Finding an article's candidates
// counts, for each of some thirty terms, up to two hundred postings: some four thousand per
// article. Counted in a Map keyed by id strings that was as costly as reading the postings that
// missed the cache (155 ns a posting at 233,000 stored); counted in an array indexed by handle it
// is a few nanoseconds.

/** A posting of the index tail, with room for its article's handle (index-tail.ts). */
export interface HandledPosting {
  articleId: string;
  /** The handle and the numbering it was given in: stale when the numbering has started again. */
  handle?: number;
  generation?: number;
}

export class ArticleHandles {
  private byId = new Map<string, number>();
  private ids: string[] = [];
  /** Changes when the numbering starts again: handles of an older one mean nothing. */
  generation = 0;

  /** `capacity`: handles given before `full` says to start again (about 80 bytes each). */
  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.ids.length;
  }

  /** True when the numbering should start again, at a moment when no handle is held in a count. */
  get full(): boolean {
    return this.ids.length >= this.capacity;
  }

  /** The handle of `id`, numbering it when new. */
  of(id: string): number {
    let handle = this.byId.get(id);
    if (handle === undefined) {
      handle = this.ids.length;
      this.byId.set(id, handle);
      this.ids.push(id);
    }
    return handle;
  }

  /** The handle of a tail posting's article, kept on the posting: one per article, whatever the terms it is filed under. */
  ofPosting(posting: HandledPosting): number {
    if (posting.generation !== this.generation) {
      posting.handle = this.of(posting.articleId);
      posting.generation = this.generation;
    }
    return posting.handle!;
  }

  /** The article id of `handle`. */
  id(handle: number): string {
    return this.ids[handle]!;
  }

  /** Starts the numbering again: everything holding handles must let them go. */
  reset(): void {
    this.byId = new Map();
    this.ids = [];
    this.generation++;
  }
}

/**
 * How many query terms each article shares, by handle: counted in an array, with the handles
 * touched listed so that only they are cleared after.
 */
export class SharedCounts {
  private counts = new Uint16Array(4096);
  private touched: number[] = [];

  add(handle: number): void {
    if (handle >= this.counts.length) {
      const grown = new Uint16Array(Math.max(handle + 1, this.counts.length * 2));
      grown.set(this.counts);
      this.counts = grown;
    }
    const count = this.counts[handle]!;
    this.counts[handle] = count + 1;
    if (count === 0) this.touched.push(handle);
  }

  /**
   * The `limit` articles sharing the most terms, most first and then by id (the order a full sort
   * gives, without sorting the thousands that share one or two terms: counts are small whole
   * numbers, so handles are gathered by count and only the groups taken are sorted); then clears.
   */
  take(limit: number, idOf: (handle: number) => string): [string, number][] {
    const byCount: number[][] = [];
    for (const h of this.touched) (byCount[this.counts[h]!] ??= []).push(h);
    const out: [string, number][] = [];
    for (let count = byCount.length - 1; count > 0 && out.length < limit; count--) {
      const group = byCount[count];
      if (!group) continue;
      // The group the limit falls in is mostly the thousands sharing one or two terms: only its first ids are sorted.
      const ids = firstInOrder(group.map(idOf), limit - out.length);
      for (let i = 0; i < ids.length && out.length < limit; i++) out.push([ids[i]!, count]);
    }
    for (const h of this.touched) this.counts[h] = 0;
    this.touched = [];
    return out;
  }
}

/** The `k` first of `ids` (distinct) in ascending order, without sorting the rest: kept in a sorted list of at most `k`. */
function firstInOrder(ids: string[], k: number): string[] {
  if (ids.length <= k) return ids.sort((a, b) => (a < b ? -1 : 1));
  const kept: string[] = [];
  for (const id of ids) {
    if (kept.length === k && id >= kept[k - 1]!) continue;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]! < id) lo = mid + 1;
      else hi = mid;
    }
    kept.splice(lo, 0, id);
    if (kept.length > k) kept.pop();
  }
  return kept;
}
