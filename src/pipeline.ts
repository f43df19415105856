// The ingest pipeline: source items → analysis → story assignment → storage, one article at a
// time, in arrival order. Rejections are counted and reported, never dropped.

import type { Article, AnalyzedArticle, StoryAssignment } from './article.js';
import { analyzeArticle } from './analysis/index.js';
import type { InputError, SourceItem } from './sources/errors.js';
import { isNearDuplicate } from './analysis/simhash.js';
import type { Store, StoredFeatures, StoryCandidate } from './storage/store.js';
import { termKeys, type DocumentFrequencies } from './stories/similarity.js';
import { ASSIGNMENT, assignStory, neutralFeatures, queryTerms, rankStories } from './stories/assign.js';
import { CROSS_LANGUAGE, crossLanguageScore } from './stories/cross-language.js';
import { otherLanguageEntityTerms, topEntityKeys } from './storage/indexing.js';

export interface IngestSummary {
  ingested: number;
  duplicates: number;
  rejected: { origin: string; reason: string }[];
  /** Stories that articles of this run started. */
  storiesCreated: number;
}

export type IngestEvent =
  | { type: 'ingested'; article: AnalyzedArticle; assignment: StoryAssignment }
  | { type: 'duplicate'; article: Article }
  | { type: 'rejected'; error: InputError };

/** Analyses and stores one article (already known to be new); returns its story assignment. */
export async function ingestArticle(store: Store, article: Article): Promise<{ analyzed: AnalyzedArticle; assignment: StoryAssignment; added: boolean }> {
  return assignAnalyzed(store, await analyzeArticle(article));
}

/** Articles stored while a decision was being taken that are looked at before keeping it. */
const RECHECK_LIMIT = 50;

/**
 * Assigns an analysed article to a story and stores both: the pipeline after analysis.
 *
 * The decision is taken on a snapshot, outside the store's assignment lock (`Store.exclusive`),
 * so that concurrent workers search candidates and weigh similarities in parallel. Holding the
 * lock, it looks at what other workers stored since the snapshot: when none of it is similar
 * enough to the article to be a match, a near-duplicate, or a new member of a story the decision
 * weighed, it is stored as decided; otherwise it decides again under the lock. Either way two
 * workers never start two stories for one event.
 */
export async function assignAnalyzed(store: Store, analyzed: AnalyzedArticle): Promise<{ analyzed: AnalyzedArticle; assignment: StoryAssignment; added: boolean }> {
  const snapshot = await store.latestSeq();
  const early = await decide(store, analyzed);
  return store.exclusive(async (db) => {
    const missed = await db.featuresSince(snapshot, RECHECK_LIMIT + 1);
    const { assignment } = missed.length > RECHECK_LIMIT || missed.some((a) => couldChange(analyzed, a, early)) ? await decide(db, analyzed) : early;
    const added = (await db.addArticle(analyzed, assignment)) === 'inserted';
    return { analyzed, assignment, added };
  });
}

interface Decision {
  assignment: StoryAssignment;
  /** The weights it used, and the stories whose centroids it weighed. */
  stats: DocumentFrequencies;
  ranked: Set<string>;
}

/** Finds candidates through the inverted index, weighs them, and chooses the story. */
async function decide(store: Store, analyzed: AnalyzedArticle): Promise<Decision> {
  const terms = queryTerms(analyzed);
  const byStems = await store.findCandidates(terms, ASSIGNMENT.candidates);
  const found = new Set(byStems.map((c) => c.articleId));
  const candidates = [...byStems, ...(await otherLanguageCandidates(store, analyzed)).filter((c) => !found.has(c.articleId))];
  // Weights for the terms of the candidates found by their stems: the others are weighed across languages only.
  const stats = await frequenciesFor(store, [analyzed.terms, ...byStems.map((c) => c.terms)]);
  const members = new Map<string, Record<string, number>[]>();
  const ranked = rankStories(analyzed, candidates, stats);
  for (const story of ranked) members.set(story.storyId, await store.storyTerms(story.storyId, ASSIGNMENT.centroidArticles));
  return { assignment: assignStory(analyzed, candidates, ranked, members, stats), stats, ranked: new Set(ranked.map((r) => r.storyId)) };
}

/** For each held set of frequencies (Store.heldFrequencies), the term records whose terms it was asked for. */
const requested = new WeakMap<DocumentFrequencies, WeakSet<Record<string, number>>>();

/** Requests before falling back to exact frequencies, should other writers start an epoch at every one. */
const EPOCH_TRIES = 4;

/**
 * Document frequencies holding every term of `records`. Within an epoch a candidate seen by an
 * earlier decision needs no request: only the terms of records new to the epoch are sent.
 */
async function frequenciesFor(store: Store, records: Record<string, number>[]): Promise<DocumentFrequencies> {
  let pending = records.slice(0, 1);
  for (let tries = 0; tries < EPOCH_TRIES; tries++) {
    const terms = new Set<string>();
    for (const r of pending) for (const t of termKeys(r)) terms.add(t);
    const held = await store.heldFrequencies([...terms]);
    let asked = requested.get(held);
    if (!asked) requested.set(held, (asked = new WeakSet()));
    for (const r of pending) asked.add(r);
    pending = records.filter((r) => !asked.has(r));
    if (pending.length === 0) return held;
  }
  const all = new Set<string>();
  for (const r of records) for (const t of termKeys(r)) all.add(t);
  return store.documentFrequencies([...all]);
}

/**
 * Candidates in other languages, found through the article's named entities (stems differ
 * across languages, canonical entity keys do not). Same-language articles found this way are
 * left to the stem query, so that one-language stories form exactly as before.
 */
async function otherLanguageCandidates(store: Store, analyzed: AnalyzedArticle): Promise<StoryCandidate[]> {
  if (!analyzed.publishedAt || topEntityKeys(analyzed).length < CROSS_LANGUAGE.minSharedEntities) return [];
  const found = await store.findCandidates(otherLanguageEntityTerms(analyzed), ASSIGNMENT.candidates);
  const neutral = neutralFeatures(analyzed);
  // Only those that already pass across languages: the rest cost weighing for nothing.
  return found.filter((c) => c.language !== analyzed.language && crossLanguageScore(neutral, c) > 0).map((c) => ({ ...c, crossOnly: true }));
}

/**
 * True when an article stored after the snapshot could change the decision: it joined a story
 * the decision weighed (its centroid moved), or it would itself have been a match or a copy.
 */
function couldChange(analyzed: AnalyzedArticle, stored: StoredFeatures, decision: Decision): boolean {
  if (decision.ranked.has(stored.storyId)) return true;
  if (isNearDuplicate(analyzed.fingerprint, stored.fingerprint)) return true;
  return rankStories(analyzed, [{ ...stored, shared: 0 }], decision.stats).length > 0;
}

/**
 * Stores a batch of analysed articles in one transaction, deciding each in turn under the
 * assignment lock so that each sees the ones before it. One commit for many articles: SQLite
 * pays per commit (every article dirties the pages of its document frequencies, postings and
 * full-text index), so a single process ingesting files goes faster this way. Nothing is
 * acknowledged before the commit.
 */
export async function assignBatch(store: Store, batch: AnalyzedArticle[]): Promise<{ analyzed: AnalyzedArticle; assignment: StoryAssignment; added: boolean }[]> {
  return store.exclusive(async (db) => {
    const out: { analyzed: AnalyzedArticle; assignment: StoryAssignment; added: boolean }[] = [];
    for (const analyzed of batch) {
      const { assignment } = await decide(db, analyzed);
      out.push({ analyzed, assignment, added: (await db.addArticle(analyzed, assignment)) === 'inserted' });
    }
    return out;
  });
}

export interface IngestOptions {
  /**
   * Articles stored per transaction. 1 (the default) decides each article outside the lock and
   * commits it alone, as concurrent workers need; more suits one process ingesting files into
   * SQLite. Acknowledgements (events) follow each commit.
   */
  batch?: number;
}

/** Ingests every item; `onEvent` sees each outcome (for progress bars and live updates). */
export async function ingestAll(
  store: Store, items: AsyncIterable<SourceItem<Article>>, onEvent?: (event: IngestEvent) => void, options: IngestOptions = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { ingested: 0, duplicates: 0, rejected: [], storiesCreated: 0 };
  const batchSize = Math.max(1, options.batch ?? 1);
  let pending: AnalyzedArticle[] = [];
  const record = (analyzed: AnalyzedArticle, assignment: StoryAssignment, added: boolean): void => {
    if (!added) {
      summary.duplicates++;
      onEvent?.({ type: 'duplicate', article: analyzed });
      return;
    }
    summary.ingested++;
    if (assignment.created) summary.storiesCreated++;
    onEvent?.({ type: 'ingested', article: analyzed, assignment });
  };
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    for (const r of await assignBatch(store, batch)) record(r.analyzed, r.assignment, r.added);
  };
  for await (const item of items) {
    if (!item.ok) {
      summary.rejected.push({ origin: item.error.origin, reason: item.error.reason });
      onEvent?.({ type: 'rejected', error: item.error });
      continue;
    }
    const article = item.value;
    if (await store.hasArticle(article.id)) {
      summary.duplicates++;
      onEvent?.({ type: 'duplicate', article });
      continue;
    }
    if (batchSize === 1) {
      const { analyzed, assignment, added } = await ingestArticle(store, article);
      record(analyzed, assignment, added);
      continue;
    }
    pending.push(await analyzeArticle(article));
    if (pending.length >= batchSize) await flush();
  }
  await flush();
  return summary;
}
