// Compares what two or more articles say: figures (figures.ts), quotes and sentences, each finding
// with the sentences it rests on. Precision first: a discrepancy is flagged only when the sentences show
// it, and summaries use the sentences' own words.

import type { AnalyzedArticle, EntityMention, Sentence } from '../article.js';
import { ASSIGNMENT, neutralFeatures } from '../stories/assign.js';
import { crossLanguageScore } from '../stories/cross-language.js';
import { similarity } from '../stories/similarity.js';
import { canonicaliseAcross } from './canonical.js';
import { compareFigures } from './figures.js';
import { direct, label, sentenceText, shorten, type ComparedArticle, type Comparison } from './findings.js';
import { matcherFor, neutralMatcher, pairMatcher, stemMatcher, type Matcher } from './matcher.js';

export type { ComparedArticle, Comparison, Discrepancy, Evidence, Finding, UniqueFact } from './findings.js';

/** Least stem overlap (Jaccard) for two sentences to say the same thing. Set by hand on the seeds. */
export const AGREEMENT_OVERLAP = 0.25;
/** Least number of shared content stems for two sentences to say the same thing. */
const AGREEMENT_SHARED_STEMS = 4;
/** Below this overlap with every sentence of the others, a sentence is a fact only its article reports. */
export const UNIQUE_OVERLAP = 0.2;
/** Up to this overlap, a sentence whose best match is about someone else is still its own fact. */
const UNIQUE_OVERLAP_OTHER_SUBJECT = 0.3;
/** Most unique facts listed per article, the richest first. */
const MAX_UNIQUE_PER_ARTICLE = 8;
const SUMMARY_WORDS = 20;

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
  compareFigures(articles, result, matcher);
  compareQuotes(articles, result);
  compareSentences(articles, result);
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

// ---------------------------------------------------------------- quotes

function compareQuotes(articles: AnalyzedArticle[], out: Comparison): void {
  for (const article of articles) {
    for (const quote of direct(article)) {
      const matches = articles.filter((o) => o !== article).map((o) => {
        const matcher = pairMatcher(article, o);
        const words = matcher.tokens(article, quote.text);
        return {
          other: o,
          quote: direct(o).find((q) => q.speakerKey !== null && q.speakerKey === quote.speakerKey && sameWords(words, matcher.tokens(o, q.text), matcher)),
        };
      });
      const sentence = sentenceText(article, quote.sentence);
      if (matches.every((m) => !m.quote)) {
        const who = quote.speaker ?? 'an unnamed speaker';
        out.unique[article.id]!.push({ summary: `Only ${label(article)} quotes ${who}: “${shorten(quote.text)}”`, sentence });
      } else if (articles.indexOf(article) === 0) {
        const evidence = [{ article: article.id, sentence }, ...matches.filter((m) => m.quote).map((m) => ({ article: m.other.id, sentence: sentenceText(m.other, m.quote!.sentence) }))];
        const found = matches.filter((m) => m.quote);
        const how = found.some((m) => pairMatcher(article, m.other).crossLanguage) ? 'to the same effect, in translation'
          : found.every((m) => plainWords(m.quote!.text) === plainWords(quote.text)) ? 'verbatim' : 'to the same effect';
        const who = found.length > 1 ? `${found.length + 1} sources quote` : 'Both quote';
        out.agreements.push({ summary: `${who} ${quote.speaker} ${how}: “${shorten(quote.text)}”`, evidence });
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

function wordCount(text: string): number {
  return text.split(/\s+/).length;
}

/**
 * Whether sentence `s` holds words of one of the article's quotations outside the sentence the
 * quotation was filed under: the end of a quotation begun before it (`Terutama di dalam
 * implementasinya, di dalam eksekusinya," kata Djarot …`: the words before its first closing mark
 * end a quotation), a quotation written twice (filed once), or a curly mark closing before any
 * opens. Such a sentence is someone's words, compared as the quotation, not as the writer's.
 */
function endsQuotation(article: AnalyzedArticle, s: Sentence): boolean {
  if (/^[^“]*”/.test(s.text)) return true;
  const { ends, whole } = quotationKeys(article);
  const before = /^([^"“”]{12,}?)[,.?!]?["”]/.exec(s.text)?.[1];
  if (before !== undefined && ends.has(bare(before).slice(-12))) return true;
  for (const m of s.text.matchAll(/[“"]([^"“”]{12,})["”]/g)) if (whole.has(bare(m[1]!))) return true;
  return false;
}

const quotationKeysOf = new WeakMap<AnalyzedArticle, { ends: Set<string>; whole: Set<string> }>();

/**
 * An article's quotations by their last 12 characters (the fewest a closing part is read by) and
 * whole: looked up per sentence, so that a long article is not searched once per sentence and quotation.
 */
function quotationKeys(article: AnalyzedArticle): { ends: Set<string>; whole: Set<string> } {
  let keys = quotationKeysOf.get(article);
  if (!keys) {
    const texts = direct(article).filter((q) => q.text.length >= 12).map((q) => bare(q.text));
    quotationKeysOf.set(article, (keys = { ends: new Set(texts.map((t) => t.slice(-12))), whole: new Set(texts) }));
  }
  return keys;
}

/** A quotation's words without the punctuation it closes with. */
function bare(words: string): string {
  return words.trim().replace(/[,.?!…]+$/, '');
}

/** Share of the smaller set found in the larger one. */
function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size);
}

// ---------------------------------------------------------------- sentences

function compareSentences(articles: AnalyzedArticle[], out: Comparison): void {
  // Sentences with quotations are compared as quotes, not as statements.
  const quoted = new Set(articles.flatMap((a) => [
    ...direct(a).map((q) => `${a.id}:${q.sentence}`),
    ...a.sentences.filter((s) => endsQuotation(a, s)).map((s) => `${a.id}:${s.index}`),
  ]));
  const mixed = matcherFor(articles).crossLanguage;
  // Each sentence by its stems, and in a story of several languages by its neutral tokens too:
  // a pair in one language is matched on stems, a pair across two on neutral tokens.
  const stemmed = articles.map((a) => a.sentences
    .filter((s) => !s.isTitle && !quoted.has(`${a.id}:${s.index}`))
    .map((s): Stemmed => ({ s, stems: stemMatcher.tokens(a, s.text), neutral: mixed ? neutralMatcher.tokens(a, s.text) : null })));
  const [first, ...rest] = articles;
  const postings = new Map<string, Map<string, number[]>>();
  const postingsFor = (k: number, cross: boolean) => {
    const key = `${k}:${cross}`;
    return postings.get(key) ?? postings.set(key, postingsOf(stemmed[k]!, cross)).get(key)!;
  };
  const agreeing = stemmed[0]!.flatMap((sentence) => {
    const { s } = sentence;
    const matches = rest.map((other, k) => {
      const cross = pairMatcher(first!, other).crossLanguage;
      return { cross, match: best(tokensOf(sentence, cross), stemmed[k + 1]!, cross, postingsFor(k + 1, cross)) };
    });
    const agree = matches.every(({ cross, match: m }, k) => m && tokensOf(sentence, cross).size >= AGREEMENT_SHARED_STEMS
      && m.score >= AGREEMENT_OVERLAP && m.shared >= AGREEMENT_SHARED_STEMS
      && sameSubject(subjectOf(first!, s), subjectOf(rest[k]!, m.s))
      && (!cross || sharesFigures(tokensOf(sentence, cross), tokensOf(m, cross))));
    return agree ? [{ sentence, matches }] : [];
  });
  // A sentence is one report: matched by two of the first article's, it agrees with the one it matches best ("a family in
  // the suburbs of New York said five of the dead …" with its like, not also with "the families from the New York City
  // suburb of Scarsdale … accounted for nine of the dead").
  const partnerKey = (k: number, m: Stemmed) => `${k}:${m.s.index}`;
  const bestFor = new Map<string, number>();
  for (const { matches } of agreeing) {
    matches.forEach(({ match: m }, k) => bestFor.set(partnerKey(k, m!), Math.max(bestFor.get(partnerKey(k, m!)) ?? 0, m!.score)));
  }
  for (const { sentence, matches } of agreeing) {
    const { s } = sentence;
    if (matches.some(({ match: m }, k) => m!.score < bestFor.get(partnerKey(k, m!))!)) continue;
    const found = matches.map((x) => x.match!);
    const evidence = [{ article: first!.id, sentence: s.text }, ...found.map((m, k) => ({ article: rest[k]!.id, sentence: m.s.text }))];
    // A day in dispute needs sentences that say nearly the same thing, and no one's words in them (the day of speaking is not the day of the happening).
    const close = found.every((m) => m.score >= DATE_DISCREPANCY_OVERLAP) && ![s, ...found.map((m) => m.s)].some((x) => SPEECH.test(x.text));
    const days = close ? dayOfHappening([[first!, s], ...found.map((m, k): [AnalyzedArticle, Sentence] => [rest[k]!, m.s])]) : null;
    if (days) {
      out.discrepancies.push({
        kind: 'date', value: Number(days[0]!.date.replace(/-/g, '')),
        summary: `Different days for the same happening: ${days.map((d, k) => `${label(k === 0 ? first! : rest[k - 1]!)}: "${d.text}" (${d.date})`).join(' vs ')}`,
        evidence,
      });
    } else {
      // In the words of whichever sentence says it in the fewest: the stretch that carries what they share.
      const spans = [
        pairMatcher(first!, rest[0]!).sharedSpan(first!, s.text, tokensOf(found[0]!, matches[0]!.cross)),
        ...found.map((m, k) => pairMatcher(rest[k]!, first!).sharedSpan(rest[k]!, m.s.text, tokensOf(sentence, matches[k]!.cross))),
      ].filter(Boolean);
      const shortest = spans.reduce((a, b) => (wordCount(b) < wordCount(a) ? b : a), spans[0] ?? s.text);
      out.agreements.push({ summary: `${rest.length > 1 ? 'All' : 'Both'} report: “${shorten(shortest, SUMMARY_WORDS)}”`, evidence });
    }
  }
  // Every sentence of every article, with an inverted index from token to sentences, so that a
  // sentence is compared only with the sentences it shares a token with (a story may have 100
  // articles): stems for sentences in the same language, neutral tokens for the others.
  const all = stemmed.flatMap((list, j) => list.map((x) => ({ ...x, article: articles[j]!, owner: j })));
  // Each article's sentences by token (as indexes into `all`), so that a sentence walks only the other articles' postings.
  const offsets = stemmed.map((_, j) => stemmed.slice(0, j).reduce((n, list) => n + list.length, 0));
  const byOwner = (cross: boolean) => stemmed.map((list, j) => {
    const postings = postingsOf(list, cross);
    for (const ks of postings.values()) for (let n = 0; n < ks.length; n++) ks[n]! += offsets[j]!;
    return postings;
  });
  const byStems = byOwner(false);
  const byNeutral = mixed ? byOwner(true) : null;
  // For each article, the postings of the others it is matched with in each way (stems, or neutral tokens across languages).
  const othersOf = (owner: number, cross: boolean) => articles.flatMap((b, j) => (
    j !== owner && pairMatcher(articles[owner]!, b).crossLanguage === cross ? [(cross ? byNeutral! : byStems)[j]!] : []));
  const others = articles.map((_, owner) => ({ stems: othersOf(owner, false), neutral: mixed ? othersOf(owner, true) : [] }));
  const bestElsewhere = (sentence: Stemmed, owner: number) => {
    let top: { k: number; score: number } | null = null;
    for (const cross of mixed ? [false, true] : [false]) {
      const tokens = tokensOf(sentence, cross);
      const walked = cross ? others[owner]!.neutral : others[owner]!.stems;
      const shared = new Map<number, number>();
      for (const t of tokens) {
        for (const postings of walked) for (const k of postings.get(t) ?? []) shared.set(k, (shared.get(k) ?? 0) + 1);
      }
      for (const [k, n] of shared) {
        const score = n / (tokens.size + tokensOf(all[k]!, cross).size - n);
        if (!top || score > top.score) top = { k, score };
      }
    }
    return top;
  };
  // A sentence already cited for an agreement or a discrepancy is not also a fact only its source reports.
  const cited = new Set([...out.agreements, ...out.discrepancies].flatMap((f) => f.evidence.map((e) => `${e.article}\u0000${e.sentence}`)));
  articles.forEach((article, i) => {
    const facts = stemmed[i]!
      .filter(({ stems }) => stems.size >= AGREEMENT_SHARED_STEMS)
      .filter((sentence) => {
        const { s } = sentence;
        const top = bestElsewhere(sentence, i);
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
  /** Its language-neutral tokens, in a story of several languages; else null. */
  neutral: Set<string> | null;
}

/** A sentence's tokens for a pair in one language (stems) or across two (neutral tokens). */
function tokensOf(x: Stemmed, cross: boolean): Set<string> {
  return cross ? x.neutral ?? new Set() : x.stems;
}

/** The sentences of `list` by token (their indexes, in order). */
function postingsOf(list: Stemmed[], cross: boolean): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  list.forEach((x, k) => {
    for (const t of tokensOf(x, cross)) {
      const found = postings.get(t);
      if (found) found.push(k);
      else postings.set(t, [k]);
    }
  });
  return postings;
}

/**
 * The candidate sharing the most of `tokens` (Jaccard), the first of equals; weighed only where
 * `postings` (postingsOf the candidates) says a token is shared, so that two long articles are
 * not compared sentence by sentence. With none shared, the first candidate, at 0.
 */
function best(tokens: Set<string>, candidates: Stemmed[], cross: boolean, postings: Map<string, number[]>): (Stemmed & { score: number; shared: number }) | null {
  const counts = new Map<number, number>();
  for (const t of tokens) for (const k of postings.get(t) ?? []) counts.set(k, (counts.get(k) ?? 0) + 1);
  if (!counts.size) return candidates[0] ? { ...candidates[0], score: 0, shared: 0 } : null;
  let top: (Stemmed & { score: number; shared: number }) | null = null;
  for (const k of [...counts.keys()].sort((a, b) => a - b)) {
    const c = candidates[k]!;
    const shared = counts.get(k)!;
    const score = shared / (tokens.size + tokensOf(c, cross).size - shared || 1);
    if (!top || score > top.score) top = { ...c, score, shared };
  }
  return top;
}


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
