// Language-neutral readings of an analysed article: what an English and an Indonesian report of
// one event have in common although they share no stems. Story assignment, storage and
// comparison read them alike.

import type { NumberMention } from '../article.js';

/** Entity keys of names: MISC entities are often not names and are left out. */
export function namedKeys(keys: string[]): Set<string> {
  return new Set(keys.filter((k) => !k.startsWith('misc:')));
}

/**
 * Telling figures as keys: counts of 100 or more and amounts of money or percentages, with their
 * unit; years and small counts say little about which event an article reports.
 */
export function numberAnchors(numbers: NumberMention[]): string[] {
  const anchors = new Set<string>();
  for (const n of numbers) {
    if (!Number.isFinite(n.value) || n.value <= 0) continue;
    const unit = n.unit ?? '';
    if (unit === 'year' || unit === 'date' || unit === 'time') continue;
    const isYear = !unit && Number.isInteger(n.value) && n.value >= 1900 && n.value <= 2100 && !n.counted;
    if (isYear) continue;
    if (!unit && n.value < 100) continue;
    anchors.add(`${unit ? `${unit}:` : ''}${n.value}`);
  }
  return [...anchors].sort();
}
