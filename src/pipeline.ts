// The ingest pipeline: source items → analysis → story assignment → storage, one article at a
// time, in arrival order. Rejections are counted and reported, never dropped.

import type { Article, AnalyzedArticle, StoryAssignment } from './article.js';
import { analyzeArticle } from './analysis/index.js';
import { openAnalysisPool, type AnalysisPool } from './analysis/pool.js';
import { mapAhead } from './read-ahead.js';
import type { InputError, SourceItem } from './sources/errors.js';
import { isNearDuplicate } from './analysis/simhash.js';
import type { Store, StoredFeatures, StoryCandidate } from './storage/store.js';
import { termKeys, type DocumentFrequencies } from './stories/similarity.js';
import { termIdsOf, termListOf, termNumbering, type TermCounts } from './term-list.js';
import { ASSIGNMENT, assignStory, neutralFeatures, queryTerms, rankStories } from './stories/assign.js';
import { CROSS_LANGUAGE, crossLanguageScore, withinReach } from './stories/cross-language.js';
import { otherLanguageEntityTerms, topEntityKeys } from './storage/indexing.js';

export interface IngestSummary {
  ingested: number;
  duplicates: number;
  rejected: { origin: string; reason: string }[];
  /** Stories that articles of this run started. */
  storiesCreated: number;
  /** Articles analysed on worker threads (`IngestOptions.threads`) rather than in this one. */
  analysedOnThreads: number;
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
    return { analyzed, assignment: added ? await afterMerge(db, analyzed.id, assignment) : assignment, added };
  });
}

/**
 * The assignment with the story the stored article ended in: a merge keeps the largest of the
 * converging stories (store.ts, survivingStory), which may not be the one it matched best. Read
 * from the article's own row (a story's summary would count its sources over all its articles).
 */
async function afterMerge(store: Store, articleId: string, assignment: StoryAssignment): Promise<StoryAssignment> {
  if (!assignment.mergeStories?.length) return assignment;
  const stored = await store.getArticle(articleId);
  return stored && stored.storyId !== assignment.storyId ? { ...assignment, storyId: stored.storyId } : assignment;
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
  const members = new Map<string, TermCounts[]>();
  const ranked = rankStories(analyzed, candidates, stats);
  for (const story of ranked) members.set(story.storyId, await store.storyTerms(story.storyId, ASSIGNMENT.centroidArticles));
  return { assignment: assignStory(analyzed, candidates, ranked, members, stats), stats, ranked: new Set(ranked.map((r) => r.storyId)) };
}

/**
 * For each held set of frequencies (Store.heldFrequencies), the terms it is known to hold, by term
 * number (term-list.ts): a new article and its candidates bring some thousands of terms, nearly all
 * held already, and making each a string and looking it up in the held map was a tenth of story
 * assignment at 80,000 stored.
 */
const heldTerms = new WeakMap<DocumentFrequencies, { generation: number; bits: Uint8Array }>();
/** The held set the last request returned: the one the next is most likely to return. */
let lastHeld: DocumentFrequencies | null = null;

/** Requests before falling back to exact frequencies, should other writers start an epoch at every one. */
const EPOCH_TRIES = 4;

/** Document frequencies holding every term of `records`: of those, only the terms the epoch does not hold yet are sent. */
async function frequenciesFor(store: Store, records: TermCounts[]): Promise<DocumentFrequencies> {
  for (let tries = 0; tries < EPOCH_TRIES; tries++) {
    const known = lastHeld;
    const bits = known ? heldBitsOf(known) : null;
    const terms: string[] = [];
    // Each term once: the candidates of one story share most of theirs.
    const ids = new Set<number>();
    let skipped = false;
    for (const r of records) {
      const list = termListOf(r);
      const numbers = termIdsOf(list);
      for (let i = 0; i < numbers.length; i++) {
        const id = numbers[i]!;
        if (bits?.[id]) {
          skipped = true;
        } else if (!ids.has(id)) {
          terms.push(list.termAt(i));
          ids.add(id);
        }
      }
    }
    const held = await store.heldFrequencies(terms);
    lastHeld = held;
    const holds = heldBitsOf(held);
    for (const id of ids) holds[id] = 1;
    // A new epoch holds only what was just sent: terms left out as held by the old one are asked for again.
    if (held === known || !skipped) return held;
  }
  const all = new Set<string>();
  for (const r of records) for (const t of termKeys(r)) all.add(t);
  return store.documentFrequencies([...all]);
}

/** Which terms `held` is known to hold, with room for every numbered term; none known when the numbering has started again. */
function heldBitsOf(held: DocumentFrequencies): Uint8Array {
  let entry = heldTerms.get(held);
  if (!entry || entry.generation !== termNumbering.generation) heldTerms.set(held, (entry = { generation: termNumbering.generation, bits: new Uint8Array(0) }));
  if (entry.bits.length < termNumbering.size) {
    const grown = new Uint8Array(Math.max(termNumbering.size, entry.bits.length * 2, 1024));
    grown.set(entry.bits);
    entry.bits = grown;
  }
  return entry.bits;
}

/**
 * Candidates in other languages, found through the article's named entities (stems differ
 * across languages, canonical entity keys do not). Same-language articles found this way are
 * left to the stem query, so that one-language stories form exactly as before.
 */
async function otherLanguageCandidates(store: Store, analyzed: AnalyzedArticle): Promise<StoryCandidate[]> {
  if (!analyzed.publishedAt || topEntityKeys(analyzed).length < CROSS_LANGUAGE.minSharedEntities) return [];
  // Their stems are never read: another language shares none. Those in this language, undated or days away are
  // left out before the store reads their entities and figures.
  const found = await store.findCandidates(otherLanguageEntityTerms(analyzed), ASSIGNMENT.candidates, { withTerms: false, where: (c) => withinReach(analyzed, c) });
  const neutral = neutralFeatures(analyzed);
  // Only those that already pass across languages (another language among them): the rest cost weighing for nothing.
  return found.filter((c) => crossLanguageScore(neutral, c) > 0).map((c) => ({ ...c, crossOnly: true }));
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
      const added = (await db.addArticle(analyzed, assignment)) === 'inserted';
      out.push({ analyzed, assignment: added ? await afterMerge(db, analyzed.id, assignment) : assignment, added });
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
  /**
   * Threads that analyse the next articles while this one assigns and stores (0, the default:
   * analysis here). The pool starts only once `inProcessFirst` new articles have been analysed
   * here, so that a handful of articles never pays for starting threads.
   */
  threads?: number;
  /** New articles analysed in this thread before the pool starts (default 16). */
  inProcessFirst?: number;
}

/**
 * Articles per SQLite transaction when one process ingests files (`kabar ingest`): SQLite pays per
 * commit. Not for standard input, whose articles may trickle in and should be acknowledged as they come.
 */
export const FILE_INGEST_BATCH = 32;

/** What reading an item gives before assignment: a rejection, a known article, or a new one (analysed ahead when a pool does it). */
type Prepared =
  | { type: 'rejected'; error: InputError }
  | { type: 'duplicate'; article: Article }
  | { type: 'new'; article: Article; analyzed: AnalyzedArticle | null };

/**
 * Articles read ahead per analysis thread: enough to keep each thread busy while one is stored.
 * Two batches more on top: committing a batch holds this thread without a break in which the
 * threads' results or new articles could be taken, so they need that much work queued before it.
 */
export const AHEAD_PER_THREAD = 4;

/** Ingests every item; `onEvent` sees each outcome (for progress bars and live updates). */
export async function ingestAll(
  store: Store, items: AsyncIterable<SourceItem<Article>>, onEvent?: (event: IngestEvent) => void, options: IngestOptions = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { ingested: 0, duplicates: 0, rejected: [], storiesCreated: 0, analysedOnThreads: 0 };
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
  const handle = async (p: Prepared): Promise<void> => {
    if (p.type === 'rejected') {
      summary.rejected.push({ origin: p.error.origin, reason: p.error.reason });
      onEvent?.({ type: 'rejected', error: p.error });
      return;
    }
    if (p.type === 'duplicate') {
      summary.duplicates++;
      onEvent?.({ type: 'duplicate', article: p.article });
      return;
    }
    const analyzed = p.analyzed ?? await analyzeArticle(p.article);
    if (batchSize === 1) {
      const { assignment, added } = await assignAnalyzed(store, analyzed);
      record(analyzed, assignment, added);
      return;
    }
    pending.push(analyzed);
    if (pending.length >= batchSize) await flush();
  };
  const prepare = async (item: SourceItem<Article>): Promise<Prepared> => {
    if (!item.ok) return { type: 'rejected', error: item.error };
    if (await store.hasArticle(item.value.id)) return { type: 'duplicate', article: item.value };
    return { type: 'new', article: item.value, analyzed: null };
  };

  const threads = options.threads ?? 0;
  if (threads <= 0) {
    for await (const item of items) await handle(await prepare(item));
  } else {
    const analyze = analysisAfter(options.inProcessFirst ?? 16, threads, () => summary.analysedOnThreads++);
    try {
      // Two articles with one id in the window are both analysed; the store keeps the first and counts the second a duplicate.
      const prepared = mapAhead(items, async (item): Promise<Prepared> => {
        const p = await prepare(item);
        return p.type === 'new' ? { ...p, analyzed: await analyze.run(p.article) } : p;
      }, threads * AHEAD_PER_THREAD + 2 * batchSize);
      for await (const p of prepared) await handle(p);
    } finally {
      await analyze.close();
    }
  }
  await flush();
  return summary;
}

/** Analysis in this thread for the first `first` articles, then on a pool of `threads` started then. */
function analysisAfter(first: number, threads: number, onThread: () => void): { run: (article: Article) => Promise<AnalyzedArticle>; close: () => Promise<void> } {
  let count = 0;
  let pool: AnalysisPool | null = null;
  return {
    run(article) {
      if (count++ < first) return analyzeArticle(article);
      pool ??= openAnalysisPool(threads);
      onThread();
      return pool.analyze(article);
    },
    async close() { await pool?.close(); },
  };
}
