// Different figures for one thing: "27 people are injured" in one source, "24 injured" in
// another. Precision first, so a conflict needs every sign that the two count the same thing:
// the same meaning (killed, wounded, missing…) said right after each figure (a verb before it,
// "the crash that killed 10 from US", often counts a part or another event), the same thing counted (or neither says), exact
// figures in digits (not "at least 20", not a range), one figure per article for that meaning
// (an article that gives 4 seriously and 20 slightly hurt is not compared by sum), and reports
// of the same days (a toll that rises over a week is an update, not a conflict).

import type { AnalyzedArticle, NumberMention } from '../article.js';

/** A figure as the comparison places it: its article, sentence, what it means and counts. */
export interface CountedFigure {
  article: AnalyzedArticle;
  number: NumberMention;
  sentence: string;
  /** What the figure means, when said after it in its own clause ("25 people were injured"). */
  meaningAfter: string | null;
  /** What is counted, without the words that say what happened to it ("locals", not "killed"). */
  thing: Set<string>;
}

export interface FigureConflict {
  meaning: string;
  /** One figure per article, in the articles' order. */
  figures: CountedFigure[];
}

/** Reports further apart than this may give a toll as it stood on different days. */
export const CONFLICT_MAX_DAYS = 2;

/** The conflicts among `figures` (of two or more articles). */
export function figureConflicts(figures: CountedFigure[]): FigureConflict[] {
  // meaning → article id → that article's exact figures of it
  const byMeaning = new Map<string, Map<string, CountedFigure[]>>();
  for (const f of figures) {
    if (!f.meaningAfter) continue;
    const perArticle = byMeaning.get(f.meaningAfter) ?? new Map<string, CountedFigure[]>();
    perArticle.set(f.article.id, [...(perArticle.get(f.article.id) ?? []), f]);
    byMeaning.set(f.meaningAfter, perArticle);
  }
  const conflicts: FigureConflict[] = [];
  for (const [meaning, perArticle] of byMeaning) {
    const chosen: CountedFigure[] = [];
    for (const list of perArticle.values()) {
      const values = new Set(list.map((f) => f.number.value));
      if (values.size !== 1 || !list.every(isExact)) { chosen.length = 0; break; }
      chosen.push(list[0]!);
    }
    if (chosen.length < 2 || new Set(chosen.map((f) => f.number.value)).size < 2) continue;
    if (!sameUnit(chosen) || !sameCounted(chosen) || !sameDays(chosen)) continue;
    conflicts.push({ meaning, figures: chosen });
  }
  return conflicts;
}

function isExact(f: CountedFigure): boolean {
  return f.number.qualifier === null && f.number.max === undefined && /\d/.test(f.number.text);
}

function sameUnit(figures: CountedFigure[]): boolean {
  return new Set(figures.map((f) => f.number.unit ?? '')).size === 1;
}

/** All say what they count and share a word of it, or none says ("2 locals killed" is not "12 killed"). */
function sameCounted(figures: CountedFigure[]): boolean {
  if (figures.every((f) => f.thing.size === 0)) return true;
  if (figures.some((f) => f.thing.size === 0)) return false;
  const [first, ...rest] = figures;
  return [...first!.thing].some((w) => rest.every((f) => f.thing.has(w)));
}

function sameDays(figures: CountedFigure[]): boolean {
  const times = figures.map((f) => (f.article.publishedAt ? Date.parse(f.article.publishedAt) : Number.NaN));
  if (times.some((t) => !Number.isFinite(t))) return false;
  return (Math.max(...times) - Math.min(...times)) / 86_400_000 <= CONFLICT_MAX_DAYS;
}
