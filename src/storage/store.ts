// The storage interface: everything the pipeline, server and CLI need from a database, and
// nothing more. SQLite (one machine) and PostgreSQL (several workers and servers) implement it
// and pass the same contract test (test/storage.contract.ts).

import type { AnalyzedArticle, EntityType, StoryAssignment } from '../article.js';
import type { TermCounts } from '../term-list.js';

/** An analysed article as stored, with its story. */
export interface StoredArticle extends AnalyzedArticle {
  storyId: string;
  ingestedAt: string;
  duplicateOf: string | null;
  /** It took its story up again after a silence (`StoryAssignment.revives`). */
  revives: boolean;
}

/** A short view of an article for lists. */
export interface ArticleSummary {
  id: string;
  title: string;
  url: string | null;
  publisher: string | null;
  /** Whose article this is, when the publisher republished or translated it (NTDTV.com, Business Insider). */
  originalSource: string | null;
  language: string;
  publishedAt: string | null;
  storyId: string;
  /** Set for a syndicated copy: the id of the earliest copy. */
  duplicateOf: string | null;
}

/** What story assignment needs to know of a stored article. */
export interface StoryCandidate {
  articleId: string;
  storyId: string;
  publishedAt: string | null;
  language: string;
  /** Its stem counts (a list, as stores read them, or a record). */
  terms: TermCounts;
  entityKeys: string[];
  /** Its telling figures as language-neutral keys (`numberAnchors`), for matching across languages. */
  anchors: string[];
  fingerprint: string | null;
  /** Set when the candidate is itself a copy: its original. */
  duplicateOf: string | null;
  /** It took its story up again after a silence (`StoryAssignment.revives`): not a way into the story across another. */
  revives: boolean;
  /** How many of the query's terms it shares (the inverted index's rank). */
  shared: number;
  /** Found through its entities, in another language: weighed across languages only, not by its stems. */
  crossOnly?: boolean;
}

/** How `Store.findCandidates` reads candidates. */
export interface CandidateOptions {
  withTerms?: boolean;
  where?: (row: { language: string; publishedAt: string | null }) => boolean;
}

/** The stem counts of a candidate read without them (`findCandidates` with `withTerms: false`). */
export const NO_TERMS: Readonly<Record<string, number>> = Object.freeze({});

/** A stored article as story assignment sees it, with its place in arrival order. */
export type StoredFeatures = Omit<StoryCandidate, 'shared'> & { seq: number };

export interface StorySummary {
  id: string;
  headline: string;
  /** The earliest and latest publication dates of its articles; the times they were stored when none is dated (see `dated`). */
  firstSeen: string;
  lastUpdated: string;
  /** Whether any of its articles is dated: when none is, firstSeen and lastUpdated are ingest times, not news dates. */
  dated: boolean;
  articleCount: number;
  /**
   * Distinct sources of independent articles (syndicated copies left out), in order of first
   * article: each article's publisher, or its original source when it names no publisher (a
   * translation of Business Insider pasted as text): `sourceOf` in article.ts, in SQL.
   */
  sources: string[];
  /** Articles that are syndicated copies of another article of the story. */
  copies: number;
  languages: string[];
  topEntities: { key: string; name: string; type: EntityType; articles: number }[];
}

export interface StoryQuery {
  limit?: number;
  offset?: number;
  language?: string;
  source?: string;
  /** Entity key or name. */
  entity?: string;
  /** ISO date: stories updated on or after it. */
  since?: string;
}

/** A full-text match as the store finds it. */
export interface StoreSearchHit {
  articleId: string;
  title: string;
  storyId: string;
  publisher: string | null;
  /** Who first published it, for a copy or a translation (shown where the publisher is unknown). */
  originalSource: string | null;
  publishedAt: string | null;
  language: string;
  /** Lower is better (FTS5 bm25). */
  rank: number;
}

/** An entity key as stores write them (`person:mark rutte`, `place:ID`): a speaker given so is matched by key alone. */
export const ENTITY_KEY = /^[a-z]+:\S/;

export interface EntitySummary {
  key: string;
  name: string;
  type: EntityType;
  articles: number;
}

export interface QuoteRecord {
  articleId: string;
  storyId: string;
  speaker: string | null;
  speakerKey: string | null;
  text: string;
  kind: 'direct' | 'reported';
  publisher: string | null;
}

/** A migration about to run on a database an older Kabar made (some take a while on a large store). */
export interface MigrationNotice {
  version: number;
  description: string;
}

/** Which quotes to list (Store.listQuotes). */
export interface QuoteQuery {
  speaker?: string;
  storyId?: string;
  limit?: number;
}

export type AddResult = 'inserted' | 'duplicate';

/** One stored article in arrival order, for live updates. */
export interface Change {
  /** Increases with every stored article; a reader resumes after the last one it saw. */
  seq: number;
  articleId: string;
  storyId: string;
  /** Stories this article's arrival merged into its story: they redirect to it now, and a river drops their items. */
  merged: string[];
}

export interface EntityDetail {
  key: string;
  name: string;
  type: EntityType;
  /** Surface forms seen in articles, most frequent first. */
  mentions: string[];
  roles: string[];
  articles: number;
}

export interface Store {
  /** `sqlite` or `postgres`: for messages and the CLI's defaults (batch size), never for branching in the pipeline. */
  readonly kind: string;
  close(): Promise<void>;

  /**
   * Runs `work` as the only story assigner: no other process or task stores an article until it
   * ends, and its reads see every article stored before it began. Story assignment reads
   * candidates, decides and writes inside it, so that two workers never start two stories for
   * one event because they raced. `work` gets the store to use inside (the same transaction).
   */
  exclusive<T>(work: (store: Store) => Promise<T>): Promise<T>;
  /**
   * Calls `listener` soon after any process stores an article (PostgreSQL: LISTEN/NOTIFY).
   * Returns the unsubscribe function, or null when the backend cannot push and readers poll.
   */
  onChange(listener: () => void): Promise<(() => Promise<void>) | null>;

  hasArticle(id: string): Promise<boolean>;
  /** Stores the article and its story assignment atomically; an article already stored is left as it is. */
  addArticle(article: AnalyzedArticle, assignment: StoryAssignment): Promise<AddResult>;
  getArticle(id: string): Promise<StoredArticle | null>;
  /** Whole articles by id, in the order asked for; ids not stored are left out. */
  getArticles(ids: readonly string[]): Promise<StoredArticle[]>;
  listArticles(query?: { limit?: number; offset?: number; storyId?: string }): Promise<ArticleSummary[]>;
  countArticles(): Promise<number>;
  exportArticles(): AsyncIterable<StoredArticle>;

  /**
   * Stored articles sharing the most of `terms` (an inverted index), newest first among equals.
   * `withTerms: false` leaves out their stem counts (an empty record): for candidates weighed
   * across languages only, which read only their entities, figures and fingerprint. `where`
   * leaves out, after ranking, the candidates whose language and date say they are of no use,
   * before the rest of them is read.
   */
  findCandidates(terms: string[], limit: number, options?: CandidateOptions): Promise<StoryCandidate[]>;
  /**
   * Articles stored after `seq`, oldest first (at most `limit`), as story assignment sees
   * candidates: what a decision taken on an older snapshot may have missed.
   */
  featuresSince(seq: number, limit: number): Promise<StoredFeatures[]>;
  /** Term counts of the story's most recent independent articles (its centroid's makings). */
  storyTerms(storyId: string, limit: number): Promise<TermCounts[]>;
  /** Document frequencies of `terms` and the number of stored articles, for TF-IDF. */
  documentFrequencies(terms: string[]): Promise<{ total: number; df: Map<string, number> }>;
  /**
   * Document frequencies for story assignment, held for an epoch (frequency-epoch.ts): the same
   * object, with `terms` added to it, until the store has grown by a tenth (at most a thousand
   * articles); `total` is the count when the epoch began. Terms no article has are held as 0.
   */
  heldFrequencies(terms: string[]): Promise<{ total: number; df: Map<string, number> }>;

  /** A story by id; an id that was merged away resolves to the story it redirects to. */
  getStory(id: string): Promise<StorySummary | null>;
  listStories(query?: StoryQuery): Promise<StorySummary[]>;

  /**
   * Full-text search over stems: `groups` are alternatives for each query word (its Indonesian
   * and English stems); every group must match.
   */
  search(groups: string[][], limit?: number): Promise<StoreSearchHit[]>;
  listEntities(query?: { type?: EntityType; limit?: number }): Promise<EntitySummary[]>;
  /**
   * Quotes, newest first; `speaker` matches a speaker's entity key (`person:joe biden`) or any part
   * of a speaker's name; `storyId` keeps those of one story's articles.
   */
  listQuotes(query?: QuoteQuery): Promise<QuoteRecord[]>;
  getEntity(keyOrName: string): Promise<EntityDetail | null>;

  /** Articles stored after `seq`, oldest first. */
  changesSince(seq: number, limit?: number): Promise<Change[]>;
  /** The newest `seq`, so that a new reader can start from now. */
  latestSeq(): Promise<number>;
}

/** `items` in the order of `ids` (each item's `id`); ids with no item are left out. */
export function inOrder<T extends { id: string }>(ids: readonly string[], items: readonly T[]): T[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * Of stories that converge, the one that survives the merge: the largest, so that a merge moves
 * the fewer articles (each move rewrites an article's row: merging a small story into one of
 * 28,000 articles took two seconds the other way round at 100,000 stored) and the id readers most
 * likely hold stays. `sizes` lists each story with its article count, the one the article matched
 * best first, which wins a tie.
 */
export function survivingStory(sizes: [id: string, articles: number][]): string {
  let best = sizes[0]!;
  for (const s of sizes) if (s[1] > best[1]) best = s;
  return best[0];
}

/** The stories of `converging` that merge into `survivor`, each once: what an article records as `merged`. */
export function absorbedStories(converging: string[], survivor: string): string[] {
  return [...new Set(converging)].filter((id) => id !== survivor);
}

