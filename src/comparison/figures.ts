// Figures across articles: the same figure agreeing, with a different meaning, from different
// sources in different contexts, or different figures for one count (conflicts.ts), and the
// figures only one article gives.

import type { AnalyzedArticle, EntityMention, NumberMention, Quote } from '../article.js';
import { SOURCE_VERB } from '../lang/attribution.js';
import { countMeaning, figureMeaning } from '../lang/meaning.js';
import { figureConflicts, type CountedFigure } from './conflicts.js';
import { label, sentenceText, type Comparison } from './findings.js';
import type { Matcher } from './matcher.js';

/** Numbers smaller than this without a unit are too common (ordinals, counts of days) to compare. */
const MIN_COMPARED_VALUE = 10;

/** How an amount's currency is written in a finding. */
const CURRENCY_SIGNS: Record<string, string> = { IDR: 'rupiah', USD: 'US dollars', EUR: 'euros', GBP: 'pounds', CNY: 'yuan', JPY: 'yen' };

interface Placed extends CountedFigure {
  /** What the figure means, said after it or by a verb right before it. */
  meaning: string | null;
  /** What is counted, as written after the figure (it may say what happened: "locals killed"). */
  counted: Set<string>;
  source: EntityMention | null;
}

function meaningOf(number: NumberMention, sentence: string): { meaning: string | null; meaningAfter: string | null } {
  const at = sentence.indexOf(number.text);
  const found = figureMeaning(number.context, at > 0 ? sentence.slice(0, at) : '');
  return { meaning: found?.meaning ?? null, meaningAfter: found?.after ? found.meaning : null };
}

/** The words of a counted phrase that name the thing, not what happened to it. */
function thingCounted(counted: string): string {
  return counted.split(/\s+/).filter((w) => countMeaning(w) === null).join(' ');
}

/** Aligns the figures of `articles` and adds what it finds to `out`. */
export function compareFigures(articles: AnalyzedArticle[], out: Comparison, matcher: Matcher): void {
  const all: Placed[] = articles.flatMap((article) => article.numbers.map((number) => {
    const sentence = sentenceText(article, number.sentence);
    return {
      article, number, sentence,
      ...meaningOf(number, sentence),
      counted: new Set(number.counted ? matcher.words(number.counted, article.language) : []),
      thing: new Set(number.counted ? matcher.words(thingCounted(number.counted), article.language) : []),
      source: numberSource(article, number, sentence),
    };
  }));
  // Different figures for one count (small ones too: 3 dead against 4 is news).
  const inConflict = new Set<NumberMention>();
  for (const conflict of figureConflicts(all)) {
    const parts = conflict.figures.map((f) => `${label(f.article)}: "${f.number.context}"`);
    out.discrepancies.push({
      kind: 'conflict', value: conflict.figures[0]!.number.value,
      summary: `Different figures for the same count (${conflict.meaning}): ${parts.join(' vs ')}`,
      evidence: conflict.figures.map((f) => ({ article: f.article.id, sentence: f.sentence })),
    });
    for (const f of conflict.figures) inConflict.add(f.number);
  }
  const byValue = new Map<string, Placed[]>();
  for (const placed of all) {
    const { number } = placed;
    if ((number.value < MIN_COMPARED_VALUE && !number.unit) || inConflict.has(number)) continue;
    // A figure in words ("dozens", "ribuan") is aligned only with figures in words: "thousands" is not 1,000.
    const key = `${number.value}|${number.unit ?? ''}|${/\d/.test(number.text) ? 'digits' : 'words'}`;
    byValue.set(key, [...(byValue.get(key) ?? []), placed]);
  }
  for (const group of byValue.values()) {
    const perArticle = new Map<string, Placed[]>();
    for (const p of group) perArticle.set(p.article.id, [...(perArticle.get(p.article.id) ?? []), p]);
    if (perArticle.size < 2) {
      // A figure only one article gives.
      const only = group[0]!;
      if (only.number.counted || only.number.unit) {
        out.unique[only.article.id]!.push({ summary: `Only ${label(only.article)} gives ${only.number.text}`, sentence: only.sentence });
      }
      continue;
    }
    alignFigure(group, perArticle, out, matcher);
  }
}

function alignFigure(group: Placed[], perArticle: Map<string, Placed[]>, out: Comparison, matcher: Matcher): void {
  const value = group[0]!.number.value;
  const first = group[0]!.number;
  const inWords = !/\d/.test(first.text);
  const shown = inWords ? first.text.replace(/^(more than|over|about|around|nearly|almost|lebih dari|sekitar|hampir)\s+/i, '') : formatValue(value);
  const evidence = group.map((p) => ({ article: p.article.id, sentence: p.sentence }));
  const meanings = new Map<string, string>();
  for (const [id, placed] of perArticle) {
    const m = placed.map((p) => p.meaning).find(Boolean);
    if (m) meanings.set(id, m);
  }
  // Same figure, different meaning: only when every article says what the count means, in digits
  // ("dozens dead" and "dozens injured" are two vague counts, not one figure).
  if (!inWords && meanings.size === perArticle.size && new Set(meanings.values()).size > 1) {
    const parts = [...perArticle.values()].map((placed) => {
      const p = placed.find((x) => x.meaning) ?? placed[0]!;
      return `${label(p.article)}: "${p.number.context}" (${p.meaning})`;
    });
    out.discrepancies.push({ kind: 'meaning', value, summary: `The same figure, ${shown}, with different meanings: ${parts.join(' vs ')}`, evidence });
    return;
  }
  // The same things counted? Without a shared counted word, the figure may be a coincidence.
  const countedSets = [...perArticle.values()].map((placed) => new Set(placed.flatMap((p) => [...p.counted])));
  const sharedCounted = [...countedSets[0]!].filter((w) => countedSets.every((s) => s.has(w)));
  // An exact, unround amount of money (Rp 44.269.777.204) is no coincidence even without a counted word.
  const exactAmount = first.unit !== null && !inWords && String(Math.round(value)).replace(/0+$/, '').length >= 4;
  if (sharedCounted.length === 0 && !(meanings.size === perArticle.size) && !exactAmount) return;
  // Words already carry what they count ("dozens injured"); digits take it from the sentence, or are an amount of money.
  const counted = inWords ? '' : group.find((p) => p.number.counted)?.number.counted ?? '';
  const unit = group[0]!.number.unit;
  const what = counted || (unit && !inWords ? `(${CURRENCY_SIGNS[unit] ?? unit})` : '');

  // Same figure, different sources in different contexts: two articles whose sources have none
  // in common and whose clauses say different things ("10.000 tentara … untuk pelatihan di bagian
  // timur Rusia" against "10,000 troops to occupied areas of Ukraine"). Two sources saying "80
  // people were killed" agree. With more articles, one such pair suffices; each source is listed once.
  const placed = [...perArticle.values()].map((list) => ({ first: list.find((x) => x.source) ?? list[0]!, sources: new Set(list.map((p) => p.source?.key).filter((k): k is string => Boolean(k))) }));
  const differs = (a: (typeof placed)[number], b: (typeof placed)[number]) => a.sources.size > 0 && b.sources.size > 0
    && [...a.sources].every((k) => !b.sources.has(k)) && contextsDiffer([a.first, b.first], matcher);
  if (!inWords && placed.some((a, i) => placed.some((b, j) => j > i && differs(a, b)))) {
    const bySource = new Map<string, { name: string; outlets: string[]; context: string }>();
    for (const { first } of placed) {
      const key = first.source?.key ?? `unnamed:${first.article.id}`;
      const entry = bySource.get(key) ?? { name: first.source?.name ?? 'unnamed source', outlets: [], context: first.number.context };
      if (!entry.outlets.includes(label(first.article))) entry.outlets.push(label(first.article));
      bySource.set(key, entry);
    }
    const parts = [...bySource.values()].map((e) => `per ${e.name} in ${e.outlets.join(' and ')} ("${e.context}")`);
    out.discrepancies.push({ kind: 'attribution', value, summary: `${shown} ${what}`.trim() + `, from different sources and contexts: ${parts.join(' vs ')}`, evidence });
    return;
  }
  out.agreements.push({ summary: `All report ${shown} ${what}`.trim(), evidence });
}

/** Share of the shorter clause found in the other (beyond the figure and what it counts) for two figures to be in one context. */
const SAME_CONTEXT = 0.5;

/** True when no two of the figures' clauses say much the same beyond the figure and what it counts. */
function contextsDiffer(figures: Placed[], matcher: Matcher): boolean {
  const said = figures.map((p) => {
    // What happened is compared by meaning ("were killed" and "have died" say the same), the rest by words.
    const plain = p.number.context.split(/\s+/).filter((w) => countMeaning(w) === null).join(' ');
    const tokens = matcher.tokens(p.article, plain);
    for (const t of [...tokens]) if (t.startsWith('n:') || p.counted.has(t)) tokens.delete(t);
    for (const t of matcher.words(p.number.text, p.article.language)) tokens.delete(t);
    if (p.meaning) tokens.add(`m:${p.meaning}`);
    return tokens;
  });
  for (let i = 0; i < said.length; i++) {
    for (let j = i + 1; j < said.length; j++) {
      const a = said[i]!;
      const b = said[j]!;
      const shared = [...a].filter((t) => b.has(t)).length;
      // Containment, not Jaccard: a short clause ("80 people were killed") inside a longer one is the same context.
      if (Math.min(a.size, b.size) === 0 || shared / Math.min(a.size, b.size) >= SAME_CONTEXT) return false;
    }
  }
  return true;
}

/**
 * Who a figure is attributed to: the speaker of the quotation or reported statement it stands in,
 * else a person or organisation the sentence makes its source ("Pentagon Amerika memperkirakan
 * …", "… according to police"). A name that merely stands before the figure is no source.
 */
function numberSource(article: AnalyzedArticle, number: NumberMention, sentence: string): EntityMention | null {
  const numeral = number.text.split(' ').pop() ?? '\u0000';
  const { quotes, entities } = bySentence(article);
  const here = quotes.get(number.sentence) ?? [];
  const quote = here.find((q) => q.kind === 'direct' && q.text.includes(numeral));
  if (quote?.speakerKey) return article.entities.find((e) => e.key === quote.speakerKey) ?? null;
  if (quote) return null; // a quote by an unnamed speaker (a question from a reporter)
  const reported = here.find((q) => q.kind === 'reported' && q.text.includes(numeral) && q.speakerKey);
  if (reported) return article.entities.find((e) => e.key === reported.speakerKey) ?? null;
  const at = sentence.indexOf(number.text);
  const before = at >= 0 ? sentence.slice(0, at) : sentence;
  for (const e of entities.get(number.sentence) ?? []) {
    if (e.type !== 'PERSON' && e.type !== 'ORGANISATION') continue;
    if (e.mentions.some((m) => isSourceIn(m, before, sentence))) return e;
  }
  return null;
}

const sentenceIndexes = new WeakMap<AnalyzedArticle, { quotes: Map<number, Quote[]>; entities: Map<number, EntityMention[]> }>();

/** An article's quotations and entities by sentence, in their order: asked for every figure, read once per article. */
function bySentence(article: AnalyzedArticle): { quotes: Map<number, Quote[]>; entities: Map<number, EntityMention[]> } {
  let found = sentenceIndexes.get(article);
  if (found) return found;
  found = { quotes: new Map(), entities: new Map() };
  const add = <T>(map: Map<number, T[]>, n: number, x: T) => { const list = map.get(n); if (list) list.push(x); else map.set(n, [x]); };
  for (const q of article.quotes) add(found.quotes, q.sentence, q);
  for (const e of article.entities) for (const n of e.sentences) add(found.entities, n, e);
  sentenceIndexes.set(article, found);
  return found;
}

const sourcePatterns = new Map<string, [RegExp, RegExp]>();

/** `mention` is the subject of a verb of saying before the figure, or named by "according to"/"menurut". */
function isSourceIn(mention: string, before: string, sentence: string): boolean {
  let patterns = sourcePatterns.get(mention);
  if (!patterns) {
    const name = mention.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    patterns = [
      new RegExp(`(?<![\\p{L}])${name}(?:\\s+[\\p{L}.]+){0,2}?\\s+${SOURCE_VERB}\\b`, 'iu'),
      new RegExp(`\\b(?:according to|menurut)\\s+(?:[\\p{L}.]+\\s+){0,3}?${name}(?![\\p{L}])`, 'iu'),
    ];
    if (sourcePatterns.size > 10_000) sourcePatterns.clear();
    sourcePatterns.set(mention, patterns);
  }
  return patterns[0].test(before) || patterns[1].test(sentence);
}

function formatValue(value: number): string {
  return value.toLocaleString('en-US');
}
