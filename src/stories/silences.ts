// Where a story's timeline goes quiet: the days without news before each article that took the
// story up again after a silence, as story assignment counts one (more than `coldAfterDays`).

import { ASSIGNMENT } from './assign.js';

const DAY_MS = 86_400_000;

/**
 * For articles in time order, the whole days since the dated article before each one, where those
 * are more than `ASSIGNMENT.coldAfterDays`; null elsewhere (the first article, undated ones, and
 * articles of a story still in the news).
 */
export function silencesBefore(articles: readonly { publishedAt: string | null }[]): (number | null)[] {
  let previous = NaN;
  return articles.map((a) => {
    const at = a.publishedAt ? Date.parse(a.publishedAt) : NaN;
    if (Number.isNaN(at)) return null;
    const days = (at - previous) / DAY_MS;
    previous = at;
    return days > ASSIGNMENT.coldAfterDays ? Math.floor(days) : null;
  });
}
