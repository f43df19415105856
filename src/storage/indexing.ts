// What every backend stores for search and story assignment, computed the same way for each, so
// that SQLite and PostgreSQL find the same candidates and the same search hits.

import type { AnalyzedArticle, EntityType, Sentence } from '../article.js';
import { baseLanguage } from '../analysis/tokens.js';
import { namedKeys, numberAnchors } from '../analysis/neutral.js';
import type { EntityDetail, StoredArticle } from './store.js';

/** Terms of an article put in the inverted index: its most frequent stems. */
export const INDEXED_TERMS = 40;
/** Named entities of an article put in the inverted index as well, most mentioned first. */
export const INDEXED_ENTITIES = 10;
/**
 * Postings read per query term, newest first: a common stem's list is cut to its most recent
 * articles, so that finding candidates costs the same at a million stored articles as at a
 * thousand; rare stems, the ones that tell stories apart, keep all their postings.
 */
export const POSTINGS_PER_TERM = 200;
/** The `n` most frequent terms, ties broken alphabetically (so every backend indexes the same). */
export function topTerms(terms: Record<string, number>, n: number): string[] {
  return Object.entries(terms).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n).map(([t]) => t);
}

/** The languages whose articles are matched across languages by their entities; Malay is read as Indonesian. */
export const ENTITY_INDEX_LANGUAGES = ['id', 'en'] as const;

/**
 * An entity key as a term of the inverted index, filed under the article's language. Stems never
 * hold a colon, so the two cannot meet; entity terms are what finds an article in another
 * language (stems differ, names do not). Filing them by language keeps the lookup free for a
 * store in one language: its postings for the other language are empty.
 */
export function entityTerm(key: string, language: string): string {
  return `e:${baseLanguage(language)}:${key}`;
}

/** An article's most mentioned named entities, as keys. */
export function topEntityKeys(article: Pick<AnalyzedArticle, 'entities'>, n: number = INDEXED_ENTITIES): string[] {
  const named = namedKeys(article.entities.map((e) => e.key));
  return article.entities
    .filter((e) => named.has(e.key))
    .sort((a, b) => b.mentions.length - a.mentions.length || (a.key < b.key ? -1 : 1))
    .slice(0, n)
    .map((e) => e.key);
}

/** The terms that find articles in other languages naming the same entities as `article`. */
export function otherLanguageEntityTerms(article: Pick<AnalyzedArticle, 'entities' | 'language'>): string[] {
  const own = baseLanguage(article.language);
  const keys = topEntityKeys(article);
  return ENTITY_INDEX_LANGUAGES.filter((l) => l !== own).flatMap((l) => keys.map((k) => entityTerm(k, l)));
}

/** Everything an article is filed under in the inverted index: its top stems and its top entities. */
export function indexTerms(article: Pick<AnalyzedArticle, 'terms' | 'entities' | 'language'>): string[] {
  return [...topTerms(article.terms, INDEXED_TERMS), ...topEntityKeys(article).map((k) => entityTerm(k, article.language))];
}

/** Times a stem is written into the full-text index at most: a stem said often weighs more, but not without end. */
const STEM_REPEATS = 5;

/** Each stem of `terms` as often as the full-text index holds it: as often as it occurs, up to STEM_REPEATS, in record order. */
export function* stemsAsIndexed(terms: Readonly<Record<string, number>>): Generator<string> {
  for (const [term, count] of Object.entries(terms)) {
    for (let i = 0; i < Math.min(count, STEM_REPEATS); i++) yield term;
  }
}

/** The stems of an article as one document for full-text search (stemsAsIndexed). */
export function stemsForIndex(article: Pick<AnalyzedArticle, 'terms'>): string {
  return [...stemsAsIndexed(article.terms)].join(' ');
}

/**
 * Query groups reduced to plain word terms (no operators can slip through), duplicates and
 * empty groups dropped. Every group must match; any term of a group may.
 */
export function searchTermGroups(groups: string[][]): string[][] {
  return groups
    .map((g) => [...new Set(g.filter((t) => /^[\p{L}\p{N}'-]+$/u.test(t)))])
    .filter((g) => g.length > 0);
}

/**
 * An article's analysis as stored (the `analysis` column): everything but title and text, with
 * each sentence as its offset and length (`spans`: start, length, start, length…; -1 starts the
 * title) when every sentence is a slice of the text or the title, as the splitter makes them:
 * the sentences' words were half of a stored analysis, a copy of the text beside it. Rows
 * written before, and any article whose sentences are not slices, keep `sentences`.
 */
export type StoredAnalysis = Omit<AnalyzedArticle, 'title' | 'text' | 'sentences' | 'terms'> & { sentences?: Sentence[]; spans?: number[]; terms?: Record<string, number> };

/** The analysis of `article` as stored; its stem counts are left to the features row (`featureRow`), which holds them too. */
export function analysisRecord(article: AnalyzedArticle): StoredAnalysis {
  const { title, text, sentences, terms: _terms, ...rest } = article;
  const spans: number[] = [];
  for (const [i, s] of sentences.entries()) {
    const source = s.isTitle ? title : text;
    const start = s.isTitle ? 0 : s.start;
    if (s.index !== i || s.isTitle !== (s.start === -1) || source.slice(start, start + s.text.length) !== s.text) return { ...rest, sentences };
    spans.push(s.start, s.text.length);
  }
  return { ...rest, spans };
}

/**
 * An article as stored: its analysis (everything but title and text) joined back with its columns
 * and its stem counts (`featureTerms`, from its features row; rows of an earlier Kabar hold them
 * in the analysis too).
 */
export function storedArticle(
  analysis: StoredAnalysis,
  columns: { title: string; text: string; storyId: string; ingestedAt: string; duplicateOf: string | null; revives: boolean },
  featureTerms: Record<string, number> | null,
): StoredArticle {
  const { spans, sentences, terms, ...rest } = analysis;
  return {
    ...rest, sentences: sentences ?? sentencesOf(spans ?? [], columns.title, columns.text), terms: terms ?? featureTerms ?? {},
    fingerprint: analysis.fingerprint ?? null, ...columns,
  };
}

function sentencesOf(spans: number[], title: string, text: string): Sentence[] {
  const out: Sentence[] = [];
  for (let i = 0; i + 1 < spans.length; i += 2) {
    const start = spans[i]!;
    const isTitle = start === -1;
    out.push({ index: i / 2, text: isTitle ? title.slice(0, spans[i + 1]) : text.slice(start, start + spans[i + 1]!), start, isTitle });
  }
  return out;
}

/** What story assignment reads of an article (the article_features row), as JSON text, the same for every backend. */
export function featureRow(article: Pick<AnalyzedArticle, 'terms' | 'entities' | 'numbers'>): { terms: string; entityKeys: string; anchors: string } {
  return {
    terms: JSON.stringify(article.terms),
    entityKeys: JSON.stringify(article.entities.map((e) => e.key)),
    anchors: JSON.stringify(numberAnchors(article.numbers)),
  };
}

/** The day an article is filed under in the inverted index (days since 1970): its publication day, else its ingest day. */
export function indexDay(publishedAt: string | null, ingestedAt: string): number {
  const published = publishedAt ? Date.parse(publishedAt) : Number.NaN;
  return Math.floor((Number.isFinite(published) ? published : Date.parse(ingestedAt)) / 86_400_000);
}

/**
 * Links of an entity read for the names it is written as and its roles: the most named entities
 * have tens of thousands (Indonesia, 18,072 of 100,000 articles: 2 s to read cold). Its count of
 * articles stays exact; the forms and roles of an entity named more often come from this many of
 * its articles (on SQLite the newest filed, in the order they arrived, and those not filed yet).
 */
export const ENTITY_LINKS_READ = 1000;

/** An entity's detail from links read (each a JSON list of forms and of roles), forms and roles most frequent first. */
export function entityDetail(entity: { key: string; name: string; type: EntityType }, links: { mentions: string[]; roles: string[] }[], articles: number): EntityDetail {
  const mentions = new Map<string, number>();
  const roles = new Map<string, number>();
  for (const link of links) {
    for (const m of link.mentions) mentions.set(m, (mentions.get(m) ?? 0) + 1);
    for (const r of link.roles) roles.set(r, (roles.get(r) ?? 0) + 1);
  }
  const byCount = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
  return { ...entity, mentions: byCount(mentions), roles: byCount(roles), articles };
}
