// What a count means, when news counts people: deaths, injuries, both, and so on. Two sources
// giving the same figure with different meanings is a discrepancy (600.000 korban jiwa versus
// 600.000 tewas atau terluka). Longer phrases first: "tewas atau terluka" is not "tewas".

export type CountMeaning = 'killed or wounded' | 'killed' | 'wounded' | 'missing' | 'captured' | 'displaced' | 'arrested';

export const COUNT_MEANINGS: [RegExp, CountMeaning][] = [
  [/\b(tewas atau (?:terluka|luka-luka|cedera)|meninggal atau (?:terluka|luka-luka)|killed or (?:wounded|injured)|dead or (?:wounded|injured)|casualties|korban tewas dan luka)\b/i, 'killed or wounded'],
  [/\b(korban jiwa|tewas|meninggal(?: dunia)?|terbunuh|gugur|killed|dead|deaths|died|fatalities|lives)\b/i, 'killed'],
  [/\b(terluka|luka-luka|cedera|wounded|injured|injuries)\b/i, 'wounded'],
  [/\b(hilang|missing)\b/i, 'missing'],
  [/\b(ditawan|tawanan|tertangkap|captured|prisoners)\b/i, 'captured'],
  [/\b(mengungsi|pengungsi|displaced|refugees|evacuated|dievakuasi)\b/i, 'displaced'],
  [/\b(ditangkap|arrested|detained|ditahan)\b/i, 'arrested'],
];

/** The meaning of the count in `context` (the clause from the number on), or null when none is said. */
export function countMeaning(context: string): CountMeaning | null {
  for (const [pattern, meaning] of COUNT_MEANINGS) if (pattern.test(context)) return meaning;
  return null;
}
