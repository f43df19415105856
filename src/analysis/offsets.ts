// Searches over offsets into a text that keep the analysis of a long body linear: the next match
// after offsets that only grow, and a place among sorted offsets.

/**
 * `find` (the offset of the next match at or after `from`, or -1) for offsets that only grow:
 * a match already found past the offset asked is given again, and a search that found nothing
 * stays so, so that a body of a thousand quotations is not searched to its end from each.
 */
export function searchForward(find: (from: number) => number): (from: number) => number {
  let found: number | null = null;
  return (from) => {
    if (found === null || (found >= 0 && found < from)) found = find(from);
    return found;
  };
}

/** The index of the first of `sorted` (ascending by `offsetOf`) whose offset is after `at`. */
export function firstAfter<T>(sorted: readonly T[], at: number, offsetOf: (item: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsetOf(sorted[mid]!) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
