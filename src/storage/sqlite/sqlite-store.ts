// The Store on SQLite (better-sqlite3): WAL journal, one transaction per article, so that an
// acknowledged article is on disk and a crash leaves no half-written one.

import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AnalyzedArticle, EntityType, StoryAssignment } from '../../article.js';
import type { TermList } from '../../term-list.js';
import type {
  AddResult, ArticleSummary, CandidateOptions, Change, EntityDetail, EntitySummary, MigrationNotice, QuoteQuery, QuoteRecord, Store, StoreSearchHit, StoredArticle, StoredFeatures, StoryCandidate,
  StoryQuery, StorySummary,
} from '../store.js';
import {
  analysisRecord, ENTITY_LINKS_READ, entityDetail, featureRow, indexDay, indexTerms, POSTINGS_PER_TERM, searchTermGroups, stemsForIndex, storedArticle,
  type StoredAnalysis,
} from '../indexing.js';
import { foldShortNames, shortFormKeys, TOP_ENTITIES_READ } from '../top-entities.js';
import { FrequencyEpoch } from '../frequency-epoch.js';
import { absorbedStories, ENTITY_KEY, inOrder, survivingStory } from '../store.js';
import { TermsCache, type StoredFeatureRow } from '../terms-cache.js';
import { IndexTail } from './index-tail.js';
import { ArticleHandles, SharedCounts } from './article-handles.js';
import { ftsDocument, readAverages, searchUnfiled } from './search-tail.js';
import { FiledPostings } from './filed-postings.js';
import { mergePostings } from './term-postings.js';
import { type Checkpointer, startCheckpointer, WRITER_CHECKPOINT_PAGES } from './checkpointer.js';
import { MIGRATIONS } from './migrations.js';

/** Most terms whose document frequency is kept in memory; past it the cache starts again. */
const DF_CACHE_TERMS = 500_000;
/**
 * Articles filed into the inverted index and counted into term_df together (index-tail.ts): a
 * page per term and article was the largest share of each commit; batched, terms share pages.
 * The larger the store, the more pages a filing touches: at 275,000 stored, batches of 2,000
 * instead of 500 wrote 730 KB per article against 1,077 (log and checkpoint), and the bench's
 * stream ran at 156–172 articles/s past 250,000 against 116–138 (182 against 169 over 300,000,
 * the same stories). A search reads up to a batch of unfiled articles (search-tail.ts: some 10 ms
 * more just before a filing), and a filing is the slowest article (about 2.5 s at 300,000).
 */
const INDEX_BATCH_ARTICLES = 2000;
/**
 * Articles numbered for counting before the numbering starts again, and the held postings with it
 * (about 80 bytes each: the 40 MB the pool of interned ids held before it).
 */
const ARTICLE_HANDLES = 500_000;
/** How long a writer waits for another writer's lock before failing. */
const BUSY_TIMEOUT_MS = 10_000;

type Row = Record<string, unknown>;

export interface SqliteOptions {
  /**
   * Checkpoint the write-ahead log on a worker thread (checkpointer.ts) rather than inside the
   * commit that fills it: for processes that write much (ingest, serve, workers, bench).
   */
  backgroundCheckpoints?: boolean;
  /** Articles filed into the inverted index together (INDEX_BATCH_ARTICLES); tests file small batches to see filing happen. */
  indexBatch?: number;
  /** Articles naming an entity from which its stories are listed by walking every story (COMMON_ENTITY_ARTICLES); tests lower it. */
  commonEntityArticles?: number;
  /** Told of each migration as it starts on a database made by an older Kabar (some take a while on a large store). */
  onMigration?: (migration: MigrationNotice) => void;
  /** Articles numbered for counting candidates before the numbering starts again (ARTICLE_HANDLES); tests lower it. */
  articleHandles?: number;
}

/** Opens (creating if needed) the SQLite database at `path` and brings its schema up to date. */
export function openSqliteStore(path: string, options: SqliteOptions = {}): SqliteStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  // The busy timeout first: another process may hold the lock while this one switches to WAL or migrates.
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  useWriteAheadLog(db);
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // 64 MB of page cache (the default is 2 MB): the inverted index and term statistics are read for every article.
  db.pragma('cache_size = -65536');
  migrate(db, options.onMigration);
  const background = options.backgroundCheckpoints === true && path !== ':memory:';
  if (background) db.pragma(`wal_autocheckpoint = ${WRITER_CHECKPOINT_PAGES}`);
  return new SqliteStore(db, background ? startCheckpointer(path) : null, options.indexBatch ?? INDEX_BATCH_ARTICLES,
    options.commonEntityArticles ?? COMMON_ENTITY_ARTICLES, options.articleHandles ?? ARTICLE_HANDLES);
}

/**
 * Puts the database in WAL mode. Switching needs the file to itself, and SQLite does not always
 * wait for it (a second process opening a new database while the first converts it failed with
 * "database is locked" about once in ten, busy timeout or not): the switch is retried, with
 * growing pauses, for as long as the busy timeout. The mode is kept in the file, so a database
 * already in WAL mode is only asked, which takes no lock.
 */
function useWriteAheadLog(db: Database.Database): void {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (let pause = 5; ; pause = Math.min(pause * 2, 250)) {
    try {
      if (db.pragma('journal_mode', { simple: true }) !== 'wal') db.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      if (!String((error as { code?: unknown }).code).startsWith('SQLITE_BUSY') || Date.now() + pause > deadline) throw error;
      // Opening is synchronous: wait without returning to the event loop.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, pause);
    }
  }
}

/** Applies the migrations the database has not seen yet, each in its own transaction. */
export function migrate(db: Database.Database, onMigration?: (migration: MigrationNotice) => void): number {
  const latest = MIGRATIONS[MIGRATIONS.length - 1]!.version;
  // The version is read inside a write transaction: two processes opening a new database at
  // once must not both apply the same migration.
  db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    if (current > latest) throw new Error(`database schema version ${current} is newer than this Kabar (${latest}); upgrade Kabar`);
    for (const migration of MIGRATIONS) {
      if (migration.version <= current) continue;
      // A new database is made by all of them at once, which is nothing to tell.
      if (current > 0) onMigration?.({ version: migration.version, description: migration.description });
      db.exec(migration.sql);
      migration.data?.(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
  return latest;
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite';
  readonly db: Database.Database;
  private readonly insertArticle: Database.Statement;
  private readonly addTx: Database.Transaction<(article: AnalyzedArticle, assignment: StoryAssignment) => AddResult>;

  constructor(db: Database.Database, private readonly checkpointer: Checkpointer | null = null, indexBatch = INDEX_BATCH_ARTICLES,
    private readonly commonEntityArticles = COMMON_ENTITY_ARTICLES, articleHandles = ARTICLE_HANDLES) {
    this.db = db;
    this.handles = new ArticleHandles(articleHandles);
    this.filedPostings = new FiledPostings(POSTINGS_PER_TERM, this.handles);
    this.insertArticle = db.prepare(`
      INSERT OR IGNORE INTO articles (id, url, title, text, language, publisher, original_source, translated, author,
        published_at, ingested_at, format, origin, story_id, analysis, duplicate_of, merged)
      VALUES (@id, @url, @title, @text, @language, @publisher, @originalSource, @translated, @author,
        @publishedAt, @ingestedAt, @format, @origin, @storyId, @analysis, @duplicateOf, @merged)`);
    // Files the articles past the mark into term_postings and term_df and moves the mark: exact
    // whichever process stored them, since the tail is first read up to date, under the write lock.
    const addDf = db.prepare('INSERT INTO term_df (term, df) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = df + excluded.df');
    // Counted as the tail was read (its stems were parsed then): SQL parsed each article's stems again.
    const countDf = () => {
      for (const [term, n] of [...this.tail.counts()].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))) addDf.run(term, n);
    };
    const readPostings = db.prepare('SELECT postings FROM term_postings WHERE term = ?').pluck();
    const writePostings = db.prepare('INSERT INTO term_postings (term, postings) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET postings = excluded.postings');
    // Each term of the tail gets its newest postings written again (term-postings.ts), in the table's order.
    const filePostings = () => {
      for (const term of [...this.tail.postedTerms()].sort()) {
        writePostings.run(term, mergePostings(readPostings.get(term) as string | undefined, this.tail.postingsOf(term), POSTINGS_PER_TERM));
      }
    };
    const fileEntityLinks = db.prepare(`INSERT OR IGNORE INTO entity_articles (entity_key, seq, article_id)
      SELECT ae.entity_key, a.rowid, ae.article_id FROM articles a JOIN article_entities ae ON ae.article_id = a.id
      WHERE a.rowid > (SELECT seq FROM index_mark) ORDER BY ae.entity_key, a.rowid`);
    // Counted from the same links, in the same transaction as the mark moves: filed once each. (CROSS JOIN: from the
    // articles past the mark; joined to entities, the planner chose to scan every link.)
    const countEntities = db.prepare(`INSERT INTO entity_counts (entity_key, type, articles)
      SELECT ae.entity_key, e.type, count(*) FROM articles a CROSS JOIN article_entities ae ON ae.article_id = a.id CROSS JOIN entities e ON e.key = ae.entity_key
      WHERE a.rowid > (SELECT seq FROM index_mark) GROUP BY ae.entity_key
      ON CONFLICT(entity_key) DO UPDATE SET articles = articles + excluded.articles`);
    const unindexed = db.prepare(`SELECT a.rowid, f.terms FROM articles a JOIN article_features f ON f.article_id = a.id
      WHERE a.rowid > (SELECT fts_seq FROM index_mark) ORDER BY a.rowid`).raw();
    const insertFts = db.prepare('INSERT INTO articles_fts (rowid, stems) VALUES (?, ?)');
    // Both marks at the last article: the postings and the full-text index hold everything up to it.
    const moveMark = db.prepare(`UPDATE index_mark SET seq = (SELECT coalesce(max(rowid), 0) FROM articles),
      fts_seq = (SELECT coalesce(max(rowid), 0) FROM articles) RETURNING seq`).pluck();
    this.flushIndex = () => {
      this.syncTail();
      countDf();
      filePostings();
      fileEntityLinks.run();
      countEntities.run();
      // One segment of the full-text index for the whole batch (see migration 14).
      for (const [rowid, terms] of unindexed.all() as [number, string][]) insertFts.run(rowid, stemsForIndex({ terms: JSON.parse(terms) as Record<string, number> }));
      const mark = moveMark.get() as number;
      // The cached frequencies were read at the old mark: the tail is what the tables gained.
      for (const [term, n] of this.tail.counts()) if (this.dfCache.has(term)) this.dfCache.set(term, this.dfCache.get(term)! + n);
      if (this.filedCount !== null) this.filedCount += this.tail.size;
      this.filedPostings.filed((term) => this.tail.postingsOf(term));
      this.tail.reset(mark);
    };
    const upsertEntity = db.prepare('INSERT INTO entities (key, name, type) VALUES (?, ?, ?) ON CONFLICT(key) DO NOTHING');
    const linkEntity = db.prepare('INSERT OR IGNORE INTO article_entities (article_id, entity_key, mentions, roles) VALUES (?, ?, ?, ?)');
    const countStoryEntity = db.prepare(`INSERT INTO story_entities (story_id, entity_key, articles) VALUES (?, ?, 1)
      ON CONFLICT(story_id, entity_key) DO UPDATE SET articles = articles + 1`);
    const insertQuote = db.prepare('INSERT OR IGNORE INTO quotes (article_id, idx, speaker, speaker_key, text, kind) VALUES (?, ?, ?, ?, ?, ?)');
    const insertFeatures = db.prepare(`INSERT OR IGNORE INTO article_features (article_id, terms, entity_keys, fingerprint, anchors, index_terms, index_day, revives)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    // An undated article counts in a story but does not move its dates (its ingest time is not news
    // time); a story of undated articles alone is dated by when they were stored (first and last),
    // until a dated one joins.
    const newStory = db.prepare(`INSERT INTO stories (id, headline, first_seen, last_updated, article_count, dated)
      VALUES (@id, @headline, coalesce(@when, @ingestedAt), coalesce(@when, @ingestedAt), 1, @when IS NOT NULL)
      ON CONFLICT(id) DO UPDATE SET article_count = article_count + 1,
      headline = CASE WHEN @when IS NOT NULL AND (NOT dated OR @when < first_seen) THEN @headline ELSE headline END,
      first_seen = CASE WHEN @when IS NULL THEN first_seen WHEN dated THEN min(first_seen, @when) ELSE @when END,
      last_updated = CASE WHEN @when IS NULL THEN (CASE WHEN dated THEN last_updated ELSE max(last_updated, @ingestedAt) END)
        WHEN dated THEN max(last_updated, @when) ELSE @when END,
      dated = dated OR @when IS NOT NULL`);

    // Converging stories: the articles move to the surviving story, and the old id redirects to it.
    const moveArticles = db.prepare('UPDATE articles SET story_id = ? WHERE story_id = ?');
    // Dates of two dated stories, or of two undated ones, combine; a dated story's win over an undated one's.
    const absorb = db.prepare(`UPDATE stories SET article_count = stories.article_count + f.article_count,
      headline = CASE WHEN stories.dated = f.dated THEN (CASE WHEN f.first_seen < stories.first_seen THEN f.headline ELSE stories.headline END)
        WHEN stories.dated THEN stories.headline ELSE f.headline END,
      first_seen = CASE WHEN stories.dated = f.dated THEN min(stories.first_seen, f.first_seen) WHEN stories.dated THEN stories.first_seen ELSE f.first_seen END,
      last_updated = CASE WHEN stories.dated = f.dated THEN max(stories.last_updated, f.last_updated) WHEN stories.dated THEN stories.last_updated ELSE f.last_updated END,
      dated = stories.dated OR f.dated
      FROM (SELECT headline, article_count, first_seen, last_updated, dated FROM stories WHERE id = @from) AS f WHERE stories.id = @into`);
    const redirect = db.prepare('UPDATE stories SET redirect_to = ?, article_count = 0 WHERE id = ?');
    const moveEntityCounts = db.prepare(`INSERT INTO story_entities (story_id, entity_key, articles)
      SELECT @into, entity_key, articles FROM story_entities WHERE story_id = @from
      ON CONFLICT(story_id, entity_key) DO UPDATE SET articles = articles + excluded.articles`);
    const dropEntityCounts = db.prepare('DELETE FROM story_entities WHERE story_id = ?');
    const storySize = db.prepare('SELECT article_count FROM stories WHERE id = ?').pluck();
    const mergeStory = (from: string, into: string): void => {
      const source = this.resolveStoryId(from);
      const target = this.resolveStoryId(into);
      if (source === target) return;
      absorb.run({ from: source, into: target });
      moveArticles.run(target, source);
      moveEntityCounts.run({ from: source, into: target });
      dropEntityCounts.run(source);
      redirect.run(target, source);
    };

    this.addTx = db.transaction((article: AnalyzedArticle, decided: StoryAssignment): AddResult => {
      const ingestedAt = new Date().toISOString();
      // Another process may have merged the chosen story since it was chosen: follow its redirect here, under the write lock.
      const chosen = this.resolveStoryId(decided.storyId);
      const converging = [chosen, ...(decided.mergeStories ?? []).map((id) => this.resolveStoryId(id))];
      const storyId = converging.length > 1
        ? survivingStory(converging.map((id) => [id, (storySize.get(id) as number | undefined) ?? 0]))
        : chosen;
      const assignment = { ...decided, storyId };
      const merged = absorbedStories(converging, storyId);
      const { title, text } = article;
      const result = this.insertArticle.run({
        id: article.id, url: article.url, title, text, language: article.language, publisher: article.publisher,
        originalSource: article.originalSource, translated: article.translated ? 1 : 0, author: article.author,
        publishedAt: article.publishedAt, ingestedAt, format: article.format, origin: article.origin,
        storyId: assignment.storyId, analysis: JSON.stringify(analysisRecord(article)), duplicateOf: assignment.duplicateOf,
        merged: merged.length ? JSON.stringify(merged) : null,
      });
      if (result.changes === 0) return 'duplicate';
      for (const from of converging) mergeStory(from, storyId);
      newStory.run({ id: assignment.storyId, headline: title, when: article.publishedAt, ingestedAt });
      for (const e of article.entities) {
        upsertEntity.run(e.key, e.name, e.type);
        // Counted once per article, as its links are.
        if (linkEntity.run(article.id, e.key, JSON.stringify(e.mentions), JSON.stringify(e.roles)).changes > 0) countStoryEntity.run(assignment.storyId, e.key);
      }
      article.quotes.forEach((q, i) => insertQuote.run(article.id, i, q.speaker, q.speakerKey, q.text, q.kind));
      const features = featureRow(article);
      const filed = { indexTerms: indexTerms(article), day: indexDay(article.publishedAt, ingestedAt) };
      insertFeatures.run(
        article.id, features.terms, features.entityKeys, article.fingerprint, features.anchors, JSON.stringify(filed.indexTerms), filed.day, assignment.revives ? 1 : 0,
      );
      this.tail.add({ rowid: Number(result.lastInsertRowid), articleId: article.id, ...filed, terms: Object.keys(article.terms) });
      if (this.tail.size >= indexBatch) this.flushIndex();
      return 'inserted';
    });
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    // The tail is filed now, so that the next process to open starts without one. Should another
    // writer hold the lock too long, it stays in the database for the next process to read.
    try {
      if (this.tail.size > 0 && !this.db.inTransaction && !this.db.readonly) this.db.transaction(this.flushIndex).immediate();
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
    }
    await this.checkpointer?.stop();
    this.db.close();
  }

  /** Files the tail into the tables (under the write lock). */
  private readonly flushIndex: () => void;
  /** Articles named by held and tail postings, as numbers for counting candidates (article-handles.ts). */
  private readonly handles: ArticleHandles;
  private readonly sharedCounts = new SharedCounts();
  private readonly tail = new IndexTail(POSTINGS_PER_TERM);
  /** The heads of the filed postings lists that candidates were looked up in. */
  private readonly filedPostings: FiledPostings;

  /** After a rollback: what the tail and the cache took from it is read again from the database. */
  private forgetTail(): void {
    this.tail.reset(this.tail.mark);
    this.filedPostings.clear();
    this.dfCache.clear();
    this.filedCount = null;
    this.epoch.reset();
    // A summary read inside the transaction may hold what it rolled back, under a version a later article can give again.
    this.summaries.clear();
  }

  /**
   * Brings the tail up to date: the articles stored past the mark since it was last read, by any
   * process. When another process has moved the mark, the tail is read again from it, and the
   * cached frequencies, read at the old mark, are dropped.
   */
  private syncTail(): void {
    const mark = this.statement('SELECT seq FROM index_mark').pluck().get() as number;
    if (mark !== this.tail.mark) {
      this.dfCache.clear();
      this.filedPostings.clear();
      this.filedCount = null;
      this.tail.reset(mark);
    }
    const rows = this.statement(`SELECT a.rowid AS rowid, a.id, f.terms, f.index_terms, f.index_day FROM articles a
      JOIN article_features f ON f.article_id = a.id WHERE a.rowid > ? ORDER BY a.rowid`).raw().all(this.tail.lastRead) as [number, string, string, string, number][];
    for (const [rowid, id, terms, filed, day] of rows) {
      this.tail.add({ rowid, articleId: id, day, indexTerms: JSON.parse(filed) as string[], terms: this.termsCache.get(id, terms).terms });
      this.tail.lastRead = rowid;
    }
  }

  /** Tasks of this process queue here; other processes wait on SQLite's write lock (BEGIN IMMEDIATE). */
  private exclusiveTail: Promise<unknown> = Promise.resolve();

  async exclusive<T>(work: (store: Store) => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      this.checkpointer?.beforeTransaction(this.db);
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(this);
        this.db.exec('COMMIT');
        this.checkpointer?.committed();
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        this.forgetTail();
        throw error;
      }
    };
    const result = this.exclusiveTail.then(run, run);
    this.exclusiveTail = result.catch(() => undefined);
    return result;
  }

  /** SQLite cannot push: readers poll `changesSince`. */
  async onChange(): Promise<null> {
    return null;
  }

  async hasArticle(id: string): Promise<boolean> {
    return this.statement('SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined;
  }

  async addArticle(article: AnalyzedArticle, assignment: StoryAssignment): Promise<AddResult> {
    // IMMEDIATE: take the write lock first, so two processes never deadlock upgrading read locks.
    try {
      this.checkpointer?.beforeTransaction(this.db);
      const result = this.addTx.immediate(article, assignment);
      if (!this.db.inTransaction) this.checkpointer?.committed();
      return result;
    } catch (error) {
      this.forgetTail();
      throw error;
    }
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const row = this.db.prepare(`${ARTICLE_ROWS} WHERE a.id = ?`).get(id) as Row | undefined;
    return row ? toArticle(row) : null;
  }

  async getArticles(ids: readonly string[]): Promise<StoredArticle[]> {
    const rows = this.statement(`${ARTICLE_ROWS} WHERE a.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as Row[];
    return inOrder(ids, rows.map(toArticle));
  }

  async listArticles(query: { limit?: number; offset?: number; storyId?: string } = {}): Promise<ArticleSummary[]> {
    // Two statements: with the story's condition written for both, the planner walked the recency index of every article for one story's.
    const rows = this.statement(`SELECT id, title, url, publisher, original_source, language, published_at, story_id, duplicate_of FROM articles
      ${query.storyId === undefined ? '' : 'WHERE story_id = @storyId'}
      ORDER BY coalesce(published_at, ingested_at) DESC, id LIMIT @limit OFFSET @offset`)
      .all({ ...(query.storyId === undefined ? {} : { storyId: this.resolveStoryId(query.storyId) }), limit: query.limit ?? 50, offset: query.offset ?? 0 }) as Row[];
    return rows.map((r) => ({
      id: r.id as string, title: r.title as string, url: r.url as string | null, publisher: r.publisher as string | null,
      originalSource: r.original_source as string | null, language: r.language as string, publishedAt: r.published_at as string | null, storyId: r.story_id as string,
      duplicateOf: r.duplicate_of as string | null,
    }));
  }

  async countArticles(): Promise<number> {
    return (this.statement('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  }

  async *exportArticles(): AsyncIterable<StoredArticle> {
    for (const row of this.db.prepare(`${ARTICLE_ROWS} ORDER BY coalesce(a.published_at, a.ingested_at), a.id`).iterate()) {
      yield toArticle(row as Row);
    }
  }

  async findCandidates(terms: string[], limit: number, options: CandidateOptions = {}): Promise<StoryCandidate[]> {
    if (terms.length === 0) return [];
    // Each term's postings, newest first and cut short; the articles sharing the most terms win.
    // (Counted here: one statement that also counted and sorted took twice as long.)
    this.syncTail();
    // Started again between lookups, never inside one: the counts hold handles.
    if (this.handles.full) this.filedPostings.clear();
    const postings = this.statement('SELECT postings FROM term_postings WHERE term = ?').pluck();
    const read = (term: string) => postings.get(term) as string | undefined;
    // A term's newest postings: the tail's, newest first, then the table's. The tail arrived last, so
    // it comes first; for articles arriving in order of publication this is the table's own order, and
    // an article published long before it arrived counts as new only until the next batch is filed.
    // (Reading each stored posting's day to merge the two exactly took twice as long.)
    const counts = this.sharedCounts;
    for (const term of new Set(terms)) {
      const recent = this.tail.postingsOf(term);
      let taken = 0;
      for (let j = recent.length - 1; j >= 0 && taken < POSTINGS_PER_TERM; j--, taken++) counts.add(this.handles.ofPosting(recent[j]!));
      // The tail alone may fill the term's share.
      if (taken >= POSTINGS_PER_TERM) continue;
      const stored = this.filedPostings.newest(term, POSTINGS_PER_TERM - taken, read);
      for (let i = 0; i < stored.length; i++) counts.add(stored[i]!);
    }
    const top = counts.take(limit, (handle) => this.handles.id(handle));
    if (top.length === 0) return [];
    // A merged story's articles moved to the surviving story with it; its redirect is followed
    // once more for a merge another process made after this read began (as on PostgreSQL). The
    // article's columns come from an index (migration 9): the planner prefers the unique one on
    // id, which leaves them to be read from a row some kilobytes long.
    let ids = top.map(([id]) => id);
    const rows = this.statement(`
      SELECT a.id, coalesce(s.redirect_to, a.story_id) AS story_id, a.published_at, a.language, a.duplicate_of
      FROM articles a INDEXED BY articles_assignment LEFT JOIN stories s ON s.id = a.story_id
      WHERE a.id IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify(ids)) as Row[];
    const byId = new Map(rows.map((r) => [r.id as string, r]));
    const where = options.where;
    if (where) ids = ids.filter((id) => { const r = byId.get(id); return r !== undefined && where({ language: r.language as string, publishedAt: r.published_at as string | null }); });
    // What never changes comes from the cache; the story, which a merge changes, from the index above.
    const withTerms = options.withTerms !== false;
    const features = this.termsCache.candidates(ids, (missing) => this.storedFeatures(missing, withTerms), withTerms);
    return top.filter(([id]) => byId.has(id) && features.has(id)).map(([id, count]) => {
      const r = byId.get(id)!;
      const f = features.get(id)!;
      return {
        articleId: id,
        storyId: r.story_id as string,
        publishedAt: r.published_at as string | null,
        language: r.language as string,
        terms: f.terms,
        entityKeys: f.entityKeys,
        anchors: f.anchors,
        fingerprint: f.fingerprint,
        duplicateOf: r.duplicate_of as string | null,
        revives: f.revives,
        shared: count,
      };
    });
  }

  /** The stored features rows of these articles (their terms only when asked for: some kilobytes of each row). */
  private storedFeatures(ids: string[], withTerms: boolean): Map<string, StoredFeatureRow> {
    const rows = this.statement(`SELECT article_id, ${withTerms ? 'terms' : 'NULL'}, entity_keys, anchors, fingerprint, revives FROM article_features
      WHERE article_id IN (SELECT value FROM json_each(?))`).raw().all(JSON.stringify(ids)) as [string, string | null, string, string, string | null, number][];
    return new Map(rows.map(([id, terms, entityKeys, anchors, fingerprint, revives]) => [id, { terms, entityKeys, anchors, fingerprint, revives: revives === 1 }]));
  }

  /** The stored term counts (JSON) of these articles. */
  private storedTerms(ids: string[]): Map<string, string> {
    const rows = this.statement('SELECT article_id, terms FROM article_features WHERE article_id IN (SELECT value FROM json_each(?))')
      .raw().all(JSON.stringify(ids)) as [string, string][];
    return new Map(rows);
  }

  async featuresSince(seq: number, limit: number): Promise<StoredFeatures[]> {
    const rows = this.statement(`SELECT a.rowid AS seq, a.id, a.story_id, a.published_at, a.language, a.duplicate_of, f.terms, f.entity_keys, f.anchors, f.fingerprint, f.revives
      FROM articles a JOIN article_features f ON f.article_id = a.id WHERE a.rowid > ? ORDER BY a.rowid LIMIT ?`).all(seq, limit) as Row[];
    return rows.map((r) => ({
      seq: r.seq as number, articleId: r.id as string, storyId: this.resolveStoryId(r.story_id as string), publishedAt: r.published_at as string | null,
      language: r.language as string, anchors: JSON.parse(r.anchors as string) as string[],
      terms: JSON.parse(r.terms as string) as Record<string, number>, entityKeys: JSON.parse(r.entity_keys as string) as string[],
      fingerprint: r.fingerprint as string | null, duplicateOf: r.duplicate_of as string | null, revives: r.revives === 1,
    }));
  }

  async storyTerms(storyId: string, limit: number): Promise<TermList[]> {
    const ids = this.statement(`SELECT id FROM articles
      WHERE story_id = ? AND duplicate_of IS NULL ORDER BY coalesce(published_at, ingested_at) DESC, id LIMIT ?`)
      .pluck().all(this.resolveStoryId(storyId), limit) as string[];
    const terms = this.termsCache.getMany(ids, (missing) => this.storedTerms(missing));
    return ids.filter((id) => terms.has(id)).map((id) => terms.get(id)!);
  }

  /**
   * Document frequencies: term_df (filed in batches) from a cache, plus the tail's, so that they
   * count every stored article, whichever process stored it. (Reading every term from disk
   * dominated ingest time.)
   */
  async documentFrequencies(terms: string[]): Promise<{ total: number; df: Map<string, number> }> {
    const total = this.storedCount();
    const missing = terms.filter((t) => !this.dfCache.has(t));
    if (missing.length > 0) {
      const found = new Map(this.statement('SELECT term, df FROM term_df WHERE term IN (SELECT value FROM json_each(?))').raw().all(JSON.stringify(missing)) as [string, number][]);
      if (this.dfCache.size + missing.length > DF_CACHE_TERMS) this.dfCache.clear();
      for (const t of missing) this.dfCache.set(t, found.get(t) ?? 0);
    }
    const df = new Map<string, number>();
    for (const t of terms) {
      const n = this.dfCache.get(t)! + this.tail.documentFrequency(t);
      if (n > 0) df.set(t, n);
    }
    return { total, df };
  }

  async heldFrequencies(terms: string[]): Promise<{ total: number; df: Map<string, number> }> {
    return this.epoch.frequencies(this.storedCount(), terms, (missing) => this.documentFrequencies(missing));
  }

  /** How many articles are stored, by any process (the tail brought up to date first). */
  private storedCount(): number {
    this.syncTail();
    this.filedCount ??= this.statement('SELECT count(*) FROM articles WHERE rowid <= ?').pluck().get(this.tail.mark) as number;
    return this.filedCount + this.tail.size;
  }

  private readonly statements = new Map<string, Database.Statement>();
  private readonly termsCache = new TermsCache();
  private readonly epoch = new FrequencyEpoch();
  /** term_df's counts at the tail's mark, as read. */
  private readonly dfCache = new Map<string, number>();
  /** How many articles the tables hold (those up to the mark), or null until counted. */
  private filedCount: number | null = null;

  /** A prepared statement, prepared once: preparing was a measurable share of ingest time. */
  private statement(sql: string): Database.Statement {
    let stmt = this.statements.get(sql);
    if (!stmt) this.statements.set(sql, (stmt = this.db.prepare(sql)));
    return stmt;
  }

  private resolveStoryId(id: string): string {
    let current = id;
    for (let hops = 0; hops < 10; hops++) {
      const next = this.statement('SELECT redirect_to FROM stories WHERE id = ?').pluck().get(current) as string | null | undefined;
      if (!next) return current;
      current = next;
    }
    return current;
  }

  async getStory(id: string): Promise<StorySummary | null> {
    const resolved = this.resolveStoryId(id);
    const row = this.db.prepare('SELECT * FROM stories WHERE id = ?').get(resolved) as Row | undefined;
    return row ? this.toStory(row) : null;
  }

  async listStories(query: StoryQuery = {}): Promise<StorySummary[]> {
    const keys = query.entity === undefined ? null
      : this.statement('SELECT key FROM entities WHERE key = @entity OR lower(name) = lower(@entity)').pluck().all({ entity: query.entity }) as string[];
    if (keys !== null && keys.length === 0) return [];
    // A story names an entity when its entity counts (story_entities) hold it. Stories are walked in
    // listing order (stories_listing) and tested one by one, which stops early for an entity most
    // stories name (Indonesia, named in 181,528 of a million articles, took 10.8 s to list every
    // story of every article naming it); a rarer entity's few stories are gathered from its links.
    const common = keys !== null && this.entityArticles(keys) >= this.commonEntityArticles;
    const rows = this.statement(`
      SELECT s.* FROM stories s
      WHERE s.redirect_to IS NULL
        AND (@since IS NULL OR s.last_updated >= @since)
        AND (@language IS NULL OR EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id AND a.language = @language))
        AND (@source IS NULL OR EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id AND lower(@source) IN (lower(a.publisher), lower(a.original_source))))
        AND ${keys === null ? '1'
          : common ? 'EXISTS (SELECT 1 FROM story_entities se WHERE se.story_id = s.id AND se.entity_key IN (SELECT value FROM json_each(@keys)))'
          // The entity's articles, filed (entity_articles) and past the mark, and their stories.
          : `s.id IN (
          SELECT a.story_id FROM entity_articles ea JOIN articles a INDEXED BY articles_assignment ON a.id = ea.article_id
          WHERE ea.entity_key IN (SELECT value FROM json_each(@keys))
          UNION ALL
          SELECT a.story_id FROM articles a CROSS JOIN article_entities ae ON ae.article_id = a.id
          WHERE a.rowid > (SELECT seq FROM index_mark) AND ae.entity_key IN (SELECT value FROM json_each(@keys)))`}
      ORDER BY s.article_count DESC, s.last_updated DESC, s.id
      LIMIT @limit OFFSET @offset`).all({
      since: query.since ?? null, language: query.language ?? null, source: query.source ?? null,
      ...(keys === null ? {} : { keys: JSON.stringify(keys) }), limit: query.limit ?? 50, offset: query.offset ?? 0,
    }) as Row[];
    return rows.map((r) => this.toStory(r));
  }

  /** How many articles name any of the entities `keys`, as counted when their links were filed (entity_counts). */
  private entityArticles(keys: string[]): number {
    return this.statement('SELECT coalesce(sum(articles), 0) FROM entity_counts WHERE entity_key IN (SELECT value FROM json_each(?))')
      .pluck().get(JSON.stringify(keys)) as number;
  }

  async search(groups: string[][], limit = 20): Promise<StoreSearchHit[]> {
    const expression = ftsExpression(groups);
    if (!expression) return [];
    const filed = this.db.prepare(`
      SELECT a.id, a.title, a.story_id, a.publisher, a.original_source, a.published_at, a.language, bm25(articles_fts) AS rank
      FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
      WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`).all(expression, limit) as Row[];
    const rows = [...filed, ...this.searchUnindexed(searchTermGroups(groups))].sort((a, b) => (a.rank as number) - (b.rank as number)).slice(0, limit);
    return rows.map((r) => ({
      articleId: r.id as string, title: r.title as string, storyId: this.resolveStoryId(r.story_id as string),
      publisher: r.publisher as string | null, originalSource: r.original_source as string | null, publishedAt: r.published_at as string | null,
      language: r.language as string, rank: r.rank as number,
    }));
  }

  /** The tokens of articles past the full-text index, by rowid: tokenized once, not at every search. */
  private readonly unfiledTokens = new Map<number, readonly string[]>();

  /** Hits among the articles stored since the full-text index was last filed (migration 14), ranked as the index ranks. */
  private searchUnindexed(groups: string[][]): Row[] {
    const ftsSeq = this.statement('SELECT fts_seq FROM index_mark').pluck().get() as number;
    for (const rowid of this.unfiledTokens.keys()) if (rowid <= ftsSeq) this.unfiledTokens.delete(rowid);
    const last = Math.max(ftsSeq, ...this.unfiledTokens.keys());
    const added = this.statement(`SELECT a.rowid, f.terms FROM articles a JOIN article_features f ON f.article_id = a.id WHERE a.rowid > ?`)
      .raw().all(last) as [number, string][];
    for (const [rowid, terms] of added) this.unfiledTokens.set(rowid, ftsDocument(JSON.parse(terms) as Record<string, number>));
    if (this.unfiledTokens.size === 0 || groups.length === 0) return [];
    const averages = readAverages(this.statement('SELECT block FROM articles_fts_data WHERE id = 1').pluck().get() as Buffer | undefined);
    const rowsWith = this.statement('SELECT doc FROM articles_fts_terms WHERE term = ?').pluck();
    const index = { rows: averages?.rows ?? 0, tokens: averages?.tokens ?? 0, rowsWith: (token: string) => (rowsWith.get(token) as number | undefined) ?? 0 };
    const hits = searchUnfiled(groups, [...this.unfiledTokens].map(([rowid, tokens]) => ({ rowid, tokens })), index);
    if (hits.length === 0) return [];
    const rows = this.statement(`SELECT rowid, id, title, story_id, publisher, original_source, published_at, language FROM articles WHERE rowid IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify(hits.map((h) => h.rowid))) as Row[];
    const byRow = new Map(rows.map((r) => [r.rowid as number, r]));
    return hits.filter((h) => byRow.has(h.rowid)).map((h) => ({ ...byRow.get(h.rowid)!, rank: h.rank }));
  }

  async listEntities(query: { type?: EntityType; limit?: number } = {}): Promise<EntitySummary[]> {
    const limit = query.limit ?? 50;
    if (limit <= 0) return [];
    // The filed counts (entity_counts) and those of the articles past the mark, counted from their rows. Only the
    // entities of the tail and those filed at least as often as the limit-th can be among the first `limit`.
    const rows = this.statement(`
      WITH filed AS (SELECT entity_key, articles FROM entity_counts WHERE @type IS NULL OR type = @type),
      tail AS (SELECT ae.entity_key, count(*) AS articles FROM articles a CROSS JOIN article_entities ae ON ae.article_id = a.id
        CROSS JOIN entities e ON e.key = ae.entity_key
        WHERE a.rowid > (SELECT seq FROM index_mark) AND (@type IS NULL OR e.type = @type) GROUP BY ae.entity_key),
      leading AS (SELECT entity_key FROM filed
        WHERE articles >= coalesce((SELECT articles FROM filed ORDER BY articles DESC LIMIT 1 OFFSET @limit - 1), 0)
        UNION SELECT entity_key FROM tail)
      SELECT e.key, e.name, e.type, coalesce(f.articles, 0) + coalesce(t.articles, 0) AS articles
      FROM leading l JOIN entities e ON e.key = l.entity_key
      LEFT JOIN entity_counts f ON f.entity_key = l.entity_key LEFT JOIN tail t ON t.entity_key = l.entity_key
      ORDER BY articles DESC, e.name LIMIT @limit`)
      .all({ type: query.type ?? null, limit }) as Row[];
    return rows.map((r) => ({ key: r.key as string, name: r.name as string, type: r.type as EntityType, articles: r.articles as number }));
  }

  /**
   * The newest quotes, of `speaker` when given. Without one: the newest articles in order
   * (articles_recent), each one's quotes in theirs. A speaker given by entity key: its quotes by
   * the index on known speakers (quotes_speaker_key). A part of a name is matched by scanning the
   * quotes, as text (instr, as PostgreSQL's strpos: LIKE read % and _ in it as wildcards).
   */
  private quoteRows(speaker: string | undefined, limit: number): Row[] {
    if (speaker === undefined) {
      return this.statement(`SELECT ${QUOTE_COLUMNS} FROM articles a INDEXED BY articles_recent JOIN quotes q ON q.article_id = a.id
        ORDER BY coalesce(a.published_at, a.ingested_at) DESC, a.id, q.idx LIMIT @limit`).all({ limit }) as Row[];
    }
    if (ENTITY_KEY.test(speaker)) {
      return this.statement(`SELECT ${QUOTE_COLUMNS} FROM quotes q INDEXED BY quotes_speaker_key CROSS JOIN articles a ON a.id = q.article_id
        WHERE q.speaker_key = @speaker
        ORDER BY coalesce(a.published_at, a.ingested_at) DESC, q.article_id, q.idx LIMIT @limit`).all({ speaker, limit }) as Row[];
    }
    return this.statement(`SELECT ${QUOTE_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id
      WHERE q.speaker_key = @speaker OR instr(lower(q.speaker), lower(@speaker)) > 0
      ORDER BY coalesce(a.published_at, a.ingested_at) DESC, q.article_id, q.idx LIMIT @limit`).all({ speaker, limit }) as Row[];
  }

  async listQuotes(query: QuoteQuery = {}): Promise<QuoteRecord[]> {
    const rows = query.storyId === undefined ? this.quoteRows(query.speaker, query.limit ?? 50)
      : this.storyQuoteRows(this.resolveStoryId(query.storyId), query.speaker, query.limit ?? 50);
    return rows.map((r) => ({
      articleId: r.article_id as string, storyId: this.resolveStoryId(r.story_id as string), speaker: r.speaker as string | null,
      speakerKey: r.speaker_key as string | null, text: r.text as string, kind: r.kind as 'direct' | 'reported', publisher: r.publisher as string | null,
    }));
  }

  /** The newest quotes of one story's articles (articles_story_recent), of `speaker` when given (by key or any part of a name). */
  private storyQuoteRows(storyId: string, speaker: string | undefined, limit: number): Row[] {
    return this.statement(`SELECT ${QUOTE_COLUMNS} FROM articles a INDEXED BY articles_story_recent JOIN quotes q ON q.article_id = a.id
      WHERE a.story_id = @storyId AND (@speaker IS NULL OR q.speaker_key = @speaker OR instr(lower(q.speaker), lower(@speaker)) > 0)
      ORDER BY coalesce(a.published_at, a.ingested_at) DESC, a.id, q.idx LIMIT @limit`).all({ storyId, speaker: speaker ?? null, limit }) as Row[];
  }

  async getEntity(keyOrName: string): Promise<EntityDetail | null> {
    const entity = this.db.prepare('SELECT key, name, type FROM entities WHERE key = ? OR lower(name) = lower(?) ORDER BY key = ? DESC LIMIT 1')
      .get(keyOrName, keyOrName, keyOrName) as { key: string; name: string; type: EntityType } | undefined;
    if (!entity) return null;
    // Filed links (entity_articles, counted in entity_counts; up to ENTITY_LINKS_READ read), then all those of the
    // articles past the mark, found by their rows.
    const filed = this.statement(`
      SELECT ae.mentions, ae.roles FROM (SELECT article_id FROM entity_articles WHERE entity_key = @key ORDER BY seq DESC LIMIT @read) ea
      JOIN article_entities ae ON ae.article_id = ea.article_id AND ae.entity_key = @key`).all({ key: entity.key, read: ENTITY_LINKS_READ }) as Row[];
    const tail = this.statement(`
      SELECT ae.mentions, ae.roles FROM articles a CROSS JOIN article_entities ae ON ae.article_id = a.id AND ae.entity_key = @key
      WHERE a.rowid > (SELECT seq FROM index_mark)`).all({ key: entity.key }) as Row[];
    const counted = (this.statement('SELECT articles FROM entity_counts WHERE entity_key = ?').pluck().get(entity.key) as number | undefined) ?? 0;
    const links = [...filed, ...tail].map((l) => ({ mentions: JSON.parse(l.mentions as string) as string[], roles: JSON.parse(l.roles as string) as string[] }));
    return entityDetail(entity, links, counted + tail.length);
  }

  async changesSince(seq: number, limit = 100): Promise<Change[]> {
    const rows = this.db.prepare('SELECT rowid AS seq, id, story_id, merged FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?').all(seq, limit) as Row[];
    return rows.map((r) => ({
      seq: r.seq as number, articleId: r.id as string, storyId: this.resolveStoryId(r.story_id as string),
      merged: r.merged ? (JSON.parse(r.merged as string) as string[]) : [],
    }));
  }

  async latestSeq(): Promise<number> {
    return (this.db.prepare('SELECT coalesce(max(rowid), 0) FROM articles').pluck().get() as number);
  }

  /**
   * Summaries by the story row they were made from. A summary is read from the story's articles,
   * which change only as articles join it (or a merge brings them), and either changes its row:
   * the front page summarised its hundred stories anew on every view (175 to 240 ms warm at
   * 100,000 articles, most of it counting each story's entities).
   */
  private readonly summaries = new Map<string, StorySummary>();

  private toStory(row: Row): StorySummary {
    const version = JSON.stringify([row.id, row.article_count, row.last_updated, row.first_seen, row.headline, row.dated]);
    const cached = this.summaries.get(version);
    if (cached) return cached;
    const summary = this.summarise(row);
    // Oldest first out: a Map iterates in insertion order.
    if (this.summaries.size >= SUMMARIES_HELD) this.summaries.delete(this.summaries.keys().next().value!);
    this.summaries.set(version, summary);
    return summary;
  }

  /** `entities` of a story and the counts its articles give the short forms of the people among them (shortFormKeys). */
  private withShortForms(storyId: string, entities: StorySummary['topEntities']): StorySummary['topEntities'] {
    const keys = shortFormKeys(entities);
    if (keys.length === 0) return entities;
    const more = this.statement(`SELECT e.key, e.name, e.type, se.articles FROM story_entities se JOIN entities e ON e.key = se.entity_key
      WHERE se.story_id = ? AND se.entity_key IN (SELECT value FROM json_each(?))`).all(storyId, JSON.stringify(keys)) as StorySummary['topEntities'];
    return [...entities, ...more];
  }

  private summarise(row: Row): StorySummary {
    const id = row.id as string;
    const sources = this.statement(`SELECT coalesce(publisher, original_source) AS source FROM articles
      WHERE story_id = ? AND coalesce(publisher, original_source) IS NOT NULL AND duplicate_of IS NULL
      GROUP BY source ORDER BY min(coalesce(published_at, ingested_at)), source`).pluck().all(id) as string[];
    const copies = this.statement('SELECT count(*) FROM articles WHERE story_id = ? AND duplicate_of IS NOT NULL').pluck().get(id) as number;
    const languages = this.statement('SELECT DISTINCT language FROM articles WHERE story_id = ? ORDER BY language').pluck().all(id) as string[];
    const entities = this.statement(`
      SELECT e.key, e.name, e.type, se.articles FROM story_entities se JOIN entities e ON e.key = se.entity_key
      WHERE se.story_id = ? AND e.type != 'MISC' ORDER BY se.articles DESC, e.name LIMIT ?`).all(id, TOP_ENTITIES_READ) as Row[];
    return {
      id,
      headline: row.headline as string,
      firstSeen: row.first_seen as string,
      lastUpdated: row.last_updated as string,
      dated: Boolean(row.dated),
      articleCount: row.article_count as number,
      sources,
      copies,
      languages,
      topEntities: foldShortNames(this.withShortForms(id, entities.map((e) => ({ key: e.key as string, name: e.name as string, type: e.type as EntityType, articles: e.articles as number }))),
        row.article_count as number),
    };
  }
}

/**
 * Articles naming an entity from which its stories are found by walking every story in listing
 * order rather than from its links (sqlite-store's listStories).
 */
const COMMON_ENTITY_ARTICLES = 5_000;

/** Story summaries held (sqlite-store's `summaries`): a few pages of listings, some hundred bytes each. */
const SUMMARIES_HELD = 2_000;

/** What a quote's listing reads (quotes q, articles a). */
const QUOTE_COLUMNS = 'q.article_id, a.story_id, q.speaker, q.speaker_key, q.text, q.kind, a.publisher';

/** Whole articles, with the stem counts their features row holds. */
const ARTICLE_ROWS = 'SELECT a.*, f.terms AS feature_terms, f.revives FROM articles a LEFT JOIN article_features f ON f.article_id = a.id';

function toArticle(row: Row): StoredArticle {
  return storedArticle(JSON.parse(row.analysis as string) as StoredAnalysis, {
    title: row.title as string, text: row.text as string, storyId: row.story_id as string,
    ingestedAt: row.ingested_at as string, duplicateOf: row.duplicate_of as string | null, revives: row.revives === 1,
  }, row.feature_terms ? JSON.parse(row.feature_terms as string) as Record<string, number> : null);
}

/** `(a OR b) AND (c)`: every term quoted, so query text can never become FTS5 syntax. */
function ftsExpression(groups: string[][]): string {
  return searchTermGroups(groups).map((g) => `(${g.map((t) => `"${t.replace(/"/g, '""')}"`).join(' OR ')})`).join(' AND ');
}
