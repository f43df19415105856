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

/** Words that are, or start, a second figure: where the clause about the first one ends. */
const NEXT_FIGURE = /^(?:\d[\d.,]*|dozens?|hundreds?|thousands?|millions?|scores|puluhan|ratusan|ribuan|jutaan|belasan|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|seratus|seribu)$/i;
/** Joining words after which a second figure gets its own meaning ("59 people and injured hundreds more"). */
const JOINS = /^(?:and|while|leaving|with|as|dan|serta|sementara|dengan)$/i;
/** A verb of harm right before a figure: "killing 59 people", "menewaskan 12 orang". */
const HARM_BEFORE: [RegExp, CountMeaning][] = [
  [/\b(?:killing|killed|kills|kill|menewaskan|membunuh)\s*$/i, 'killed'],
  [/\b(?:injuring|injured|wounding|wounded|injures|melukai)\s*$/i, 'wounded'],
];

/** What a figure means, and whether it is said after the figure, in its own clause ("27 people are injured"). */
export interface FigureMeaning {
  meaning: CountMeaning;
  after: boolean;
}

/**
 * The meaning of a figure: said after it, in its own part of the clause (not in a second
 * figure's: "killing 59 people and injuring hundreds" gives 59 no injuries), else by a verb of
 * harm right before it. `context` runs from the figure on; `before` is its sentence up to it.
 */
export function figureMeaning(context: string, before: string): FigureMeaning | null {
  const words = context.split(/\s+/);
  let end = words.length;
  const next = words.findIndex((w, i) => i > 0 && NEXT_FIGURE.test(w.replace(/[,.;:]+$/, '')));
  if (next > 0) {
    end = next;
    for (let i = next - 1; i > 0; i--) if (JOINS.test(words[i]!.replace(/[,.;:]+$/, ''))) { end = i; break; }
  }
  const own = countMeaning(words.slice(0, end).join(' '));
  if (own) return { meaning: own, after: true };
  for (const [pattern, meaning] of HARM_BEFORE) if (pattern.test(before)) return { meaning, after: false };
  return null;
}
