// Compares what two or more articles say: numbers, quotes and sentences, each finding with the
// sentences it rests on. Precision first: a discrepancy is flagged only when the sentences show
// it, and summaries use the sentences' own words.

import type { AnalyzedArticle, EntityMention, NumberMention, Sentence } from '../article.js';
import { SOURCE_VERB } from '../lang/attribution.js';
import { countMeaning, figureMeaning } from '../lang/meaning.js';
import { ASSIGNMENT, neutralFeatures } from '../stories/assign.js';
import { crossLanguageScore } from '../stories/cross-language.js';
import { similarity } from '../stories/similarity.js';
import { canonicaliseAcross } from './canonical.js';
import { figureConflicts, type CountedFigure } from './conflicts.js';
import { matcherFor, type Matcher } from './matcher.js';

/** Least stem overlap (Jaccard) for two sentences to say the same thing. Set by hand on the seeds. */
export const AGREEMENT_OVERLAP = 0.25;
/** Least number of shared content stems for two sentences to say the same thing. */
const AGREEMENT_SHARED_STEMS = 4;
/** Below this overlap with every sentence of the others, a sentence is a fact only its article reports. */
export const UNIQUE_OVERLAP = 0.2;
/** Up to this overlap, a sentence whose best match is about someone else is still its own fact. */
const UNIQUE_OVERLAP_OTHER_SUBJECT = 0.3;
/** Numbers smaller than this without a unit are too common (ordinals, counts of days) to compare. */
const MIN_COMPARED_VALUE = 10;
/** Most unique facts listed per article, the richest first. */
const MAX_UNIQUE_PER_ARTICLE = 8;
const SUMMARY_WORDS = 14;

export interface Evidence {
  article: string;
  sentence: string;
}

export interface Finding {
  summary: string;
  evidence: Evidence[];
}

export interface Discrepancy extends Finding {
  /** `meaning`: same figure, different meaning; `attribution`: same figure from different sources; `conflict`: different figures for one thing. */
  kind: 'meaning' | 'attribution' | 'conflict' | 'date';
  value?: number;
}

export interface UniqueFact {
  summary: string;
  sentence: string;
}

export interface ComparedArticle {
  id: string;
  title: string;
  language: string;
  publisher: string | null;
  originalSource: string | null;
  translated: boolean;
  publishedAt: string | null;
  entities: { name: string; type: string; mentions: string[] }[];
  /** Direct quotations. */
  quotes: { speaker: string | null; text: string }[];
  /** Reported statements (`X said that …`, `Menurut X, …`). */
  statements: { speaker: string | null; text: string }[];
  numbers: { value: number; text: string; sentence: string; counted: string | null; unit: string | null }[];
}

export interface Comparison {
  sameStory: boolean;
  similarity: number;
  articles: ComparedArticle[];
  agreements: Finding[];
  discrepancies: Discrepancy[];
  unique: Record<string, UniqueFact[]>;
}

export interface CompareOptions {
  /** Story ids of stored articles: articles of one stored story are the same story whatever the score. */
  storyIds?: (string | null)[];
}

/** Compares the articles (two or more). */
export function compareArticles(input: AnalyzedArticle[], options: CompareOptions = {}): Comparison {
  if (input.length < 2) throw new Error('compare needs at least two articles');
  const articles = canonicaliseAcross(input);
  const sim = pairwiseSimilarity(articles);
  const matcher = matcherFor(articles);
  const stories = options.storyIds ?? [];
  const sameStored = stories.length === articles.length && stories.every((s) => s && s === stories[0]);
  const result: Comparison = {
    sameStory: sameStored || sim >= ASSIGNMENT.threshold,
    similarity: Math.round(sim * 1000) / 1000,
    articles: articles.map(describe),
    agreements: [],
    discrepancies: [],
    unique: Object.fromEntries(articles.map((a) => [a.id, []])),
  };
  compareNumbers(articles, result, matcher);
  compareQuotes(articles, result, matcher);
  compareSentences(articles, result, matcher);
  return result;
}

function pairwiseSimilarity(articles: AnalyzedArticle[]): number {
  let total = 0;
  let pairs = 0;
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const a = articles[i]!;
      const b = articles[j]!;
      const text = similarity({ terms: a.terms, entityKeys: a.entities.map((e) => e.key) }, { terms: b.terms, entityKeys: b.entities.map((e) => e.key) }, null);
      total += Math.max(text, crossLanguageScore(neutralFeatures(a), neutralFeatures(b)));
      pairs++;
    }
  }
  return pairs ? total / pairs : 0;
}

function describe(a: AnalyzedArticle): ComparedArticle {
  return {
    id: a.id,
    title: a.title,
    language: a.language,
    publisher: a.publisher,
    originalSource: a.originalSource,
    translated: a.translated,
    publishedAt: a.publishedAt,
    entities: a.entities.filter((e) => e.type !== 'MISC').map((e) => ({ name: e.name, type: e.type, mentions: e.mentions })),
    quotes: direct(a).map((q) => ({ speaker: q.speaker, text: q.text })),
    statements: a.quotes.filter((q) => q.kind === 'reported').map((q) => ({ speaker: q.speaker, text: q.text })),
    numbers: a.numbers.map((n) => ({ value: n.value, text: n.text, sentence: sentenceText(a, n.sentence), counted: n.counted, unit: n.unit })),
  };
}

function sentenceText(a: AnalyzedArticle, index: number): string {
  return a.sentences.find((s) => s.index === index)?.text ?? '';
}

/** Quotations in quotation marks (reported statements are compared as sentences). */
function direct(a: AnalyzedArticle) {
  return a.quotes.filter((q) => q.kind === 'direct');
}

function label(a: AnalyzedArticle): string {
  return a.publisher ?? a.originalSource ?? a.id;
}

// ---------------------------------------------------------------- numbers

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

function compareNumbers(articles: AnalyzedArticle[], out: Comparison, matcher: Matcher): void {
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

  // Same figure, different sources or contexts.
  const sources = [...perArticle.values()].map((placed) => new Set(placed.map((p) => p.source?.key).filter((k): k is string => Boolean(k))));
  const disjoint = sources.every((s) => s.size > 0) && sources.every((s, i) => sources.every((t, j) => i === j || [...s].every((k) => !t.has(k))));
  // A difference of attribution needs different contexts too: "10.000 tentara … untuk pelatihan di bagian timur Rusia"
  // against "10,000 troops to occupied areas of Ukraine". Two sources saying "80 people were killed" agree.
  if (disjoint && !inWords && contextsDiffer([...perArticle.values()].map((placed) => placed[0]!), matcher)) {
    const parts = [...perArticle.values()].map((placed) => {
      const p = placed.find((x) => x.source) ?? placed[0]!;
      return `per ${p.source?.name ?? 'unnamed source'} in ${label(p.article)} ("${p.number.context}")`;
    });
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
  const quote = direct(article).find((q) => q.sentence === number.sentence && q.text.includes(numeral));
  if (quote?.speakerKey) return article.entities.find((e) => e.key === quote.speakerKey) ?? null;
  if (quote) return null; // a quote by an unnamed speaker (a question from a reporter)
  const reported = article.quotes.find((q) => q.kind === 'reported' && q.sentence === number.sentence && q.text.includes(numeral) && q.speakerKey);
  if (reported) return article.entities.find((e) => e.key === reported.speakerKey) ?? null;
  const at = sentence.indexOf(number.text);
  const before = at >= 0 ? sentence.slice(0, at) : sentence;
  for (const e of article.entities) {
    if ((e.type !== 'PERSON' && e.type !== 'ORGANISATION') || !e.sentences.includes(number.sentence)) continue;
    if (e.mentions.some((m) => isSourceIn(m, before, sentence))) return e;
  }
  return null;
}

/** `mention` is the subject of a verb of saying before the figure, or named by "according to"/"menurut". */
function isSourceIn(mention: string, before: string, sentence: string): boolean {
  const name = mention.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}])${name}(?:\\s+[\\p{L}.]+){0,2}?\\s+${SOURCE_VERB}\\b`, 'iu').test(before)
    || new RegExp(`\\b(?:according to|menurut)\\s+(?:[\\p{L}.]+\\s+){0,3}?${name}(?![\\p{L}])`, 'iu').test(sentence);
}

function formatValue(value: number): string {
  return value.toLocaleString('en-US');
}

// ---------------------------------------------------------------- quotes

function compareQuotes(articles: AnalyzedArticle[], out: Comparison, matcher: Matcher): void {
  for (const article of articles) {
    for (const quote of direct(article)) {
      const words = matcher.tokens(article, quote.text);
      const matches = articles.filter((o) => o !== article).map((o) => ({
        other: o,
        quote: direct(o).find((q) => q.speakerKey !== null && q.speakerKey === quote.speakerKey && sameWords(words, matcher.tokens(o, q.text), matcher)),
      }));
      const sentence = sentenceText(article, quote.sentence);
      if (matches.every((m) => !m.quote)) {
        const who = quote.speaker ?? 'an unnamed speaker';
        out.unique[article.id]!.push({ summary: `Only ${label(article)} quotes ${who}: “${shorten(quote.text)}”`, sentence });
      } else if (articles.indexOf(article) === 0) {
        const evidence = [{ article: article.id, sentence }, ...matches.filter((m) => m.quote).map((m) => ({ article: m.other.id, sentence: sentenceText(m.other, m.quote!.sentence) }))];
        const found = matches.filter((m) => m.quote);
        const how = matcher.crossLanguage && found.some((m) => m.other.language !== article.language) ? 'to the same effect, in translation'
          : found.every((m) => plainWords(m.quote!.text) === plainWords(quote.text)) ? 'verbatim' : 'to the same effect';
        out.agreements.push({ summary: `Both quote ${quote.speaker} ${how}: “${shorten(quote.text)}”`, evidence });
      }
    }
  }
}

/**
 * Two quotes of one speaker say the same when half the smaller one's words are in the other.
 * Across languages the words are concepts, names and figures, fewer and coarser: two must be
 * shared, unless a quote has only one ("Ini urusan kami" / "This is our business").
 */
function sameWords(a: Set<string>, b: Set<string>, matcher: Matcher): boolean {
  if (overlap(a, b) < 0.5) return false;
  if (!matcher.crossLanguage) return true;
  return Math.min(a.size, b.size) === 1 || [...a].filter((w) => b.has(w)).length >= 2;
}

/** A quotation's words alone, for telling a verbatim quote from a paraphrase. */
function plainWords(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/** Share of the smaller set found in the larger one. */
function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size);
}

// ---------------------------------------------------------------- sentences

function compareSentences(articles: AnalyzedArticle[], out: Comparison, matcher: Matcher): void {
  // Sentences with quotations are compared as quotes, not as statements.
  const quoted = new Set(articles.flatMap((a) => direct(a).map((q) => `${a.id}:${q.sentence}`)));
  const stemmed = articles.map((a) => a.sentences
    .filter((s) => !s.isTitle && !quoted.has(`${a.id}:${s.index}`))
    .map((s) => ({ s, stems: matcher.tokens(a, s.text) })));
  const [first, ...rest] = articles;
  stemmed[0]!.forEach(({ s, stems }) => {
    if (stems.size < AGREEMENT_SHARED_STEMS) return;
    const matches = rest.map((_, k) => best(stems, stemmed[k + 1]!));
    const agree = matches.every((m, k) => m && m.score >= AGREEMENT_OVERLAP && m.shared >= AGREEMENT_SHARED_STEMS
      && sameSubject(subjectOf(first!, s), subjectOf(rest[k]!, m.s))
      && (!matcher.crossLanguage || sharesFigures(stems, m.stems)));
    if (agree) {
      const evidence = [{ article: first!.id, sentence: s.text }, ...matches.map((m, k) => ({ article: rest[k]!.id, sentence: m!.s.text }))];
      // A day in dispute needs sentences that say nearly the same thing, and no one's words in them (the day of speaking is not the day of the happening).
      const close = matches.every((m) => m!.score >= DATE_DISCREPANCY_OVERLAP) && ![s, ...matches.map((m) => m!.s)].some((x) => SPEECH.test(x.text));
      const days = close ? dayOfHappening([[first!, s], ...matches.map((m, k): [AnalyzedArticle, Sentence] => [rest[k]!, m!.s])]) : null;
      if (days) {
        out.discrepancies.push({
          kind: 'date', value: Number(days[0]!.date.replace(/-/g, '')),
          summary: `Different days for the same happening: ${days.map((d, k) => `${label(k === 0 ? first! : rest[k - 1]!)}: "${d.text}" (${d.date})`).join(' vs ')}`,
          evidence,
        });
      } else {
        out.agreements.push({ summary: `Both report: ${shorten(matcher.sharedWords(first!, s.text, matches[0]!.stems), SUMMARY_WORDS)}`, evidence });
      }
    }
  });
  // Every sentence of every article, with an inverted index from stem to sentences, so that a
  // sentence is compared only with the sentences it shares a stem with (a story may have 100 articles).
  const all = stemmed.flatMap((list, j) => list.map((x) => ({ ...x, article: articles[j]!, owner: j })));
  const postings = new Map<string, number[]>();
  all.forEach((x, k) => { for (const stem of x.stems) postings.set(stem, [...(postings.get(stem) ?? []), k]); });
  const bestElsewhere = (stems: Set<string>, owner: number) => {
    const shared = new Map<number, number>();
    for (const stem of stems) for (const k of postings.get(stem) ?? []) if (all[k]!.owner !== owner) shared.set(k, (shared.get(k) ?? 0) + 1);
    let top: { k: number; score: number } | null = null;
    for (const [k, n] of shared) {
      const score = n / (stems.size + all[k]!.stems.size - n);
      if (!top || score > top.score) top = { k, score };
    }
    return top;
  };
  // A sentence already cited for an agreement or a discrepancy is not also a fact only its source reports.
  const cited = new Set([...out.agreements, ...out.discrepancies].flatMap((f) => f.evidence.map((e) => `${e.article}\u0000${e.sentence}`)));
  articles.forEach((article, i) => {
    const facts = stemmed[i]!
      .filter(({ stems }) => stems.size >= AGREEMENT_SHARED_STEMS)
      .filter(({ s, stems }) => {
        const top = bestElsewhere(stems, i);
        if (!top || top.score < UNIQUE_OVERLAP) return true;
        const other = all[top.k]!;
        return top.score < UNIQUE_OVERLAP_OTHER_SUBJECT && !sameSubject(subjectOf(article, s), subjectOf(other.article, other.s));
      })
      .map(({ s }) => ({ s, weight: factWeight(article, s) }))
      .filter((f) => f.weight > 0)
      .sort((a, b) => b.weight - a.weight || a.s.index - b.s.index)
      .slice(0, MAX_UNIQUE_PER_ARTICLE)
      .sort((a, b) => a.s.index - b.s.index);
    for (const { s } of facts) {
      if (out.unique[article.id]!.some((u) => u.sentence === s.text) || cited.has(`${article.id}\u0000${s.text}`)) continue;
      out.unique[article.id]!.push({ summary: `Only ${label(article)} reports: ${shorten(s.text)}`, sentence: s.text });
    }
  });
}

/**
 * Who a sentence is about or from: its first named entity, with the organisations in that
 * entity's role (Mark Rutte, Sekretaris Jenderal NATO → Mark Rutte and NATO).
 */
function subjectOf(article: AnalyzedArticle, s: Sentence): Set<string> {
  let first: EntityMention | null = null;
  let firstAt = Infinity;
  for (const e of article.entities) {
    if (e.type === 'MISC' || !e.sentences.includes(s.index)) continue;
    for (const m of e.mentions) {
      const at = s.text.indexOf(m);
      if (at >= 0 && at < firstAt) { first = e; firstAt = at; }
    }
  }
  const keys = new Set<string>();
  if (!first) return keys;
  keys.add(first.key);
  for (const e of article.entities) {
    if (e.type === 'ORGANISATION' && first.roles.some((r) => e.mentions.some((m) => r.includes(m)))) keys.add(e.key);
  }
  return keys;
}

/**
 * Across languages, where the shared words are coarse concepts, a sentence with figures agrees
 * only with one that gives at least one of them: "600.000 korban jiwa" is not "sent troops".
 */
function sharesFigures(a: Set<string>, b: Set<string>): boolean {
  const figures = [...a].filter((t) => t.startsWith('n:'));
  return figures.length === 0 || figures.some((t) => b.has(t));
}

function sameSubject(a: Set<string>, b: Set<string>): boolean {
  for (const k of a) if (b.has(k)) return true;
  return false;
}

interface Stemmed {
  s: Sentence;
  stems: Set<string>;
}

function best(stems: Set<string>, candidates: Stemmed[]): (Stemmed & { score: number; shared: number }) | null {
  let top: (Stemmed & { score: number; shared: number }) | null = null;
  for (const c of candidates) {
    let shared = 0;
    for (const w of stems) if (c.stems.has(w)) shared++;
    const score = shared / (stems.size + c.stems.size - shared || 1);
    if (!top || score > top.score) top = { ...c, score, shared };
  }
  return top;
}

/** How an amount's currency is written in a finding. */
const CURRENCY_SIGNS: Record<string, string> = { IDR: 'rupiah', USD: 'US dollars', EUR: 'euros', GBP: 'pounds', CNY: 'yuan', JPY: 'yen' };

/** Dates more than this many days apart are of different happenings, not a discrepancy about one. */
const DATE_DISCREPANCY_MAX_DAYS = 7;
/** Stem overlap two sentences need before a difference in their days counts. */
const DATE_DISCREPANCY_OVERLAP = 0.5;
/** Someone's words in the sentence: its day may be when they were said. */
const SPEECH = /\b(?:said|says|told|kata|ujar|ucap|tutur|katanya|ujarnya|mengatakan|menyatakan|menuturkan|menjelaskan)\b|["“”]/i;
/** A date right after a verb of saying is when it was said. */
const SPOKEN_ON = /\b(?:said|says|told|announced|stated|confirmed|added|mengatakan|menyatakan|menuturkan|menyebutkan|menjelaskan|mengumumkan|kata|ujar)\s+(?:on\s+|pada\s+(?:hari\s+)?)?$/i;

/**
 * The days matching sentences give for what they both report, when each names exactly one day
 * and they do not all agree: "Senin (28/10/2024)" against "Minggu (27/10/2024)". Null when the
 * sentences agree on the day, or when any of them names none, several, or a month only.
 */
function dayOfHappening(sides: [AnalyzedArticle, Sentence][]): { text: string; date: string }[] | null {
  const days: { text: string; date: string }[] = [];
  for (const [article, s] of sides) {
    const found = article.dates.filter((d) => d.sentence === s.index && d.date !== null && /^\d{4}-\d{2}-\d{2}$/.test(d.date));
    // Only days written out ("Feb. 4", "Senin (28/10/2024)"): a weekday resolved against the publication
    // date can be a day off across time zones, and the day someone spoke ("said Monday") is not the day it happened.
    if (found.length !== 1 || found[0]!.relative || SPOKEN_ON.test(s.text.slice(0, Math.max(0, s.text.indexOf(found[0]!.text))))) return null;
    days.push({ text: found[0]!.text, date: found[0]!.date! });
  }
  const times = days.map((d) => Date.parse(d.date));
  const spread = (Math.max(...times) - Math.min(...times)) / 86_400_000;
  return spread >= 1 && spread <= DATE_DISCREPANCY_MAX_DAYS ? days : null;
}

/** How much a sentence carries: figures, named people and organisations, dates. */
function factWeight(article: AnalyzedArticle, s: Sentence): number {
  const numbers = article.numbers.filter((n) => n.sentence === s.index).length;
  const names = article.entities.filter((e) => e.type !== 'MISC' && e.sentences.includes(s.index)).length;
  const dates = article.dates.filter((d) => d.sentence === s.index).length;
  return numbers * 3 + names + dates;
}

function shorten(text: string, words = 24): string {
  const parts = text.split(/\s+/);
  return parts.length <= words ? text : `${parts.slice(0, words).join(' ')}…`;
}
