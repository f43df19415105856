// The Store on PostgreSQL (the `pg` client), for several workers and API servers sharing one
// database. Story assignment is serialised by one transaction-scoped advisory lock (see
// `exclusive`); reads run in parallel on a connection pool; every stored article is announced
// with NOTIFY so that each API server's live stream hears of it.

import pg from 'pg';
import type { AnalyzedArticle, EntityType, StoryAssignment } from '../../article.js';
import {
  analysisRecord, ENTITY_LINKS_READ, entityDetail, featureRow, indexDay, indexTerms, POSTINGS_PER_TERM, searchTermGroups, stemsForIndex, storedArticle,
  type StoredAnalysis,
} from '../indexing.js';
import { foldShortNames, shortFormKeys, TOP_ENTITIES_READ } from '../top-entities.js';
import type {
  AddResult, ArticleSummary, CandidateOptions, Change, EntityDetail, EntitySummary, MigrationNotice, QuoteQuery, QuoteRecord, Store, StoreSearchHit, StoredArticle, StoredFeatures, StoryCandidate,
  StoryQuery, StorySummary,
} from '../store.js';
import { absorbedStories, ENTITY_KEY, inOrder, NO_TERMS, survivingStory } from '../store.js';
import { FrequencyEpoch } from '../frequency-epoch.js';
import { TermsCache } from '../terms-cache.js';
import type { TermList } from '../../term-list.js';
import { PG_MIGRATIONS } from './migrations.js';

/** The channel NOTIFY announces stored articles on. */
export const CHANGES_CHANNEL = 'kabar_changes';
/** Most terms whose document frequency is kept in memory; past it the cache starts again. */
const DF_CACHE_TERMS = 500_000;
/** Articles counted into the cache one by one when catching up; past it the cache starts again. */
const CATCH_UP_LIMIT = 1000;
/** Articles read per round trip when exporting. */
const EXPORT_PAGE = 500;
const POOL_SIZE = 8;

type Row = Record<string, unknown>;
type Queryable = pg.Pool | pg.PoolClient;

/** A connection string with its password hidden, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:…@');
}

/** Opens a pool on `url` and brings the schema up to date; throws with the reason when it cannot. */
export async function openPgStore(url: string, options: { onMigration?: (migration: MigrationNotice) => void } = {}): Promise<PgStore> {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, application_name: 'kabar' });
  // An idle connection that the server drops must not take the process down; the next query reconnects.
  pool.on('error', (error) => process.stderr.write(`kabar: PostgreSQL connection lost (${error.message}); reconnecting on next use\n`));
  try {
    await migratePg(pool, options.onMigration);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new Error(`${redactUrl(url)}: ${(error as Error).message}`);
  }
  return new PgStore({ pool, url, dfCache: new Map(), epoch: new FrequencyEpoch(), articleCount: null, seenSeq: null, catchingUp: null, termsCache: new TermsCache(), listener: null, listeners: new Set() }, null);
}

/** Applies the migrations the database has not seen yet, in one transaction under an advisory lock. */
export async function migratePg(pool: pg.Pool, onMigration?: (migration: MigrationNotice) => void): Promise<number> {
  const latest = PG_MIGRATIONS[PG_MIGRATIONS.length - 1]!.version;
  await inTransaction(pool, async (client) => {
    // Two processes opening a new database at once must not both apply a migration.
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('kabar.migrate'))`);
    await client.query(`CREATE TABLE IF NOT EXISTS kabar_schema (
      version integer PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const current = Number((await client.query('SELECT coalesce(max(version), 0) AS v FROM kabar_schema')).rows[0].v);
    if (current > latest) throw new Error(`database schema version ${current} is newer than this Kabar (${latest}); upgrade Kabar`);
    for (const migration of PG_MIGRATIONS) {
      if (migration.version <= current) continue;
      if (current > 0) onMigration?.({ version: migration.version, description: migration.description });
      await client.query(migration.sql);
      await migration.data?.(client);
      await client.query('INSERT INTO kabar_schema (version, description) VALUES ($1, $2)', [migration.version, migration.description]);
    }
  });
  return latest;
}

async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((e: Error) => { broken = e; });
    throw error;
  } finally {
    // A connection whose rollback failed is in an unknown state: destroy it rather than reuse it.
    client.release(broken);
  }
}

/** State shared by a store and the transaction-bound views `exclusive` hands out. */
interface Shared {
  pool: pg.Pool;
  url: string;
  dfCache: Map<string, number>;
  /** Frequencies held for story assignment, shared by every view of this store. */
  epoch: FrequencyEpoch;
  articleCount: number | null;
  /** The newest article the document-frequency cache has counted. */
  seenSeq: number | null;
  catchingUp: Promise<void> | null;
  termsCache: TermsCache;
  listener: pg.Client | null;
  listeners: Set<() => void>;
}

export class PgStore implements Store {
  readonly kind = 'postgres';

  /** `client` is set on the view inside `exclusive`: every query runs in its transaction. */
  constructor(private readonly shared: Shared, private readonly client: pg.PoolClient | null) {}

  private get db(): Queryable {
    return this.client ?? this.shared.pool;
  }

  private async rows(sql: string, params: unknown[] = []): Promise<Row[]> {
    return (await this.db.query(sql, params)).rows as Row[];
  }

  async close(): Promise<void> {
    if (this.client) return; // a view: its transaction ends with `exclusive`
    const { listener } = this.shared;
    this.shared.listener = null;
    this.shared.listeners.clear();
    if (listener) await listener.end().catch(() => undefined);
    await this.shared.pool.end();
  }

  /**
   * One advisory lock, held for the transaction, serialises story assignment across every worker
   * on every machine. Finer locks (per term or entity) would let unrelated articles proceed in
   * parallel, but an article may match a story through any of its terms, so only a lock over all
   * of them is safe, and the common terms of news make that nearly global anyway. Analysis, the
   * costly part, runs outside the lock, in parallel.
   */
  async exclusive<T>(work: (store: Store) => Promise<T>): Promise<T> {
    if (this.client) return work(this);
    return inTransaction(this.shared.pool, async (client) => {
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('kabar.story-assignment'))`);
      return work(new PgStore(this.shared, client));
    });
  }

  async onChange(listener: () => void): Promise<() => Promise<void>> {
    const shared = this.shared;
    if (!shared.listener) {
      const client = new pg.Client({ connectionString: shared.url, application_name: 'kabar-listen' });
      client.on('notification', () => { for (const l of shared.listeners) l(); });
      // Losing the listening connection silences pushes only; readers still poll now and then.
      client.on('error', (error) => {
        process.stderr.write(`kabar: lost the PostgreSQL change feed (${error.message}); live updates fall back to polling\n`);
        if (shared.listener === client) shared.listener = null;
      });
      await client.connect();
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
      shared.listener = client;
    }
    shared.listeners.add(listener);
    return async () => { shared.listeners.delete(listener); };
  }

  async hasArticle(id: string): Promise<boolean> {
    return (await this.rows('SELECT 1 FROM articles WHERE id = $1', [id])).length > 0;
  }

  async addArticle(article: AnalyzedArticle, decided: StoryAssignment): Promise<AddResult> {
    if (!this.client) return this.exclusive((store) => store.addArticle(article, decided));
    const ingestedAt = new Date().toISOString();
    // Another worker may have merged the chosen story since it was chosen: follow its redirect, under the lock.
    const chosen = await this.resolveStoryId(decided.storyId);
    const converging = [chosen];
    for (const id of decided.mergeStories ?? []) converging.push(await this.resolveStoryId(id));
    let storyId = chosen;
    if (converging.length > 1) {
      const rows = await this.rows('SELECT id, article_count FROM stories WHERE id = ANY($1::text[])', [converging]);
      const size = new Map(rows.map((r) => [r.id as string, Number(r.article_count)]));
      storyId = survivingStory(converging.map((id) => [id, size.get(id) ?? 0]));
    }
    const { title, text } = article;
    const merged = absorbedStories(converging, storyId);
    const inserted = await this.rows(`
      INSERT INTO articles (id, url, title, text, language, publisher, original_source, translated, author, published_at,
        ingested_at, format, origin, story_id, duplicate_of, analysis, stems, merged)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, to_tsvector('simple', $17), $18)
      ON CONFLICT DO NOTHING RETURNING seq`, [
      article.id, article.url, title, text, article.language, article.publisher, article.originalSource, article.translated,
      article.author, article.publishedAt, ingestedAt, article.format, article.origin, storyId, decided.duplicateOf,
      JSON.stringify(analysisRecord(article)), stemsForIndex(article), merged.length ? merged : null,
    ]);
    if (inserted.length === 0) return 'duplicate';
    for (const from of converging) await this.mergeStory(from, storyId);
    // Everything else in one statement (one round trip; the separate statements were half of a write's time).
    // An undated article counts in a story but does not move its dates (its ingest time is not news
    // time); a story of undated articles alone is dated by when they were stored (first and last),
    // until a dated one joins. Terms are sorted so that writers (were there any outside the lock) take row locks in one order.
    const entities = article.entities;
    const quotes = article.quotes;
    const features = featureRow(article);
    await this.db.query(`
      WITH story AS (
        INSERT INTO stories (id, headline, first_seen, last_updated, article_count, dated)
        VALUES ($1, $2, coalesce($3, $4), coalesce($3, $4), 1, $3::text IS NOT NULL)
        ON CONFLICT (id) DO UPDATE SET article_count = stories.article_count + 1,
          headline = CASE WHEN $3::text IS NOT NULL AND (NOT stories.dated OR $3 < stories.first_seen) THEN $2 ELSE stories.headline END,
          first_seen = CASE WHEN $3::text IS NULL THEN stories.first_seen WHEN stories.dated THEN least(stories.first_seen, $3) ELSE $3 END,
          last_updated = CASE WHEN $3::text IS NULL THEN (CASE WHEN stories.dated THEN stories.last_updated ELSE greatest(stories.last_updated, $4) END)
            WHEN stories.dated THEN greatest(stories.last_updated, $3) ELSE $3 END,
          dated = stories.dated OR $3::text IS NOT NULL
        RETURNING 1
      ), df AS (
        INSERT INTO term_df (term, df) SELECT t, 1 FROM unnest($5::text[]) AS t
        ON CONFLICT (term) DO UPDATE SET df = term_df.df + 1 RETURNING 1
      ), indexed AS (
        INSERT INTO article_terms (term, article_id, day) SELECT t, $6, $22 FROM unnest($7::text[]) AS t ON CONFLICT DO NOTHING RETURNING 1
      ), entity AS (
        INSERT INTO entities (key, name, type) SELECT * FROM unnest($8::text[], $9::text[], $10::text[]) ON CONFLICT DO NOTHING RETURNING 1
      ), linked AS (
        INSERT INTO article_entities (article_id, entity_key, mentions, roles)
        SELECT $6, k, m::jsonb, r::jsonb FROM unnest($8::text[], $11::text[], $12::text[]) AS x(k, m, r) ON CONFLICT DO NOTHING RETURNING 1
      ), counted AS (
        INSERT INTO entity_counts (entity_key, type, articles)
        SELECT k, min(t), 1 FROM unnest($8::text[], $10::text[]) AS x(k, t) GROUP BY k ORDER BY k
        ON CONFLICT (entity_key) DO UPDATE SET articles = entity_counts.articles + 1 RETURNING 1
      ), story_counted AS (
        -- Counted once per article, as its links are; in key order, so that two writers lock rows alike.
        INSERT INTO story_entities (story_id, entity_key, articles)
        SELECT $1, k, 1 FROM unnest($8::text[]) AS k GROUP BY k ORDER BY k
        ON CONFLICT (story_id, entity_key) DO UPDATE SET articles = story_entities.articles + 1 RETURNING 1
      ), quoted AS (
        INSERT INTO quotes (article_id, idx, speaker, speaker_key, text, kind)
        SELECT $6, i - 1, s, k, t, d FROM unnest($13::text[], $14::text[], $15::text[], $16::text[]) WITH ORDINALITY AS x(s, k, t, d, i)
        ON CONFLICT DO NOTHING RETURNING 1
      ), features AS (
        INSERT INTO article_features (article_id, terms, entity_keys, fingerprint, anchors, revives) VALUES ($6, $17, $18, $19, $23, $24)
        ON CONFLICT DO NOTHING RETURNING 1
      )
      -- Delivered at commit, to every server listening.
      SELECT pg_notify($20, $21)`, [
      storyId, title, article.publishedAt, ingestedAt,
      Object.keys(article.terms).sort(), article.id, indexTerms(article),
      entities.map((e) => e.key), entities.map((e) => e.name), entities.map((e) => e.type),
      entities.map((e) => JSON.stringify(e.mentions)), entities.map((e) => JSON.stringify(e.roles)),
      quotes.map((q) => q.speaker), quotes.map((q) => q.speakerKey), quotes.map((q) => q.text), quotes.map((q) => q.kind),
      features.terms, features.entityKeys, article.fingerprint,
      CHANGES_CHANNEL, String(inserted[0]!.seq), indexDay(article.publishedAt, ingestedAt), features.anchors, decided.revives,
    ]);
    return 'inserted';
  }

  /** Converging stories: the articles move to the surviving story, and the old id (and ids that led to it) redirect to it. */
  private async mergeStory(from: string, into: string): Promise<void> {
    const source = await this.resolveStoryId(from);
    const target = await this.resolveStoryId(into);
    if (source === target) return;
    // Dates of two dated stories, or of two undated ones, combine; a dated story's win over an undated one's.
    await this.db.query(`UPDATE stories AS t SET article_count = t.article_count + s.article_count,
      headline = CASE WHEN t.dated = s.dated THEN (CASE WHEN s.first_seen < t.first_seen THEN s.headline ELSE t.headline END)
        WHEN t.dated THEN t.headline ELSE s.headline END,
      first_seen = CASE WHEN t.dated = s.dated THEN least(t.first_seen, s.first_seen) WHEN t.dated THEN t.first_seen ELSE s.first_seen END,
      last_updated = CASE WHEN t.dated = s.dated THEN greatest(t.last_updated, s.last_updated) WHEN t.dated THEN t.last_updated ELSE s.last_updated END,
      dated = t.dated OR s.dated
      FROM stories AS s WHERE t.id = $2 AND s.id = $1`, [source, target]);
    await this.db.query('UPDATE articles SET story_id = $2 WHERE story_id = $1', [source, target]);
    await this.db.query(`INSERT INTO story_entities (story_id, entity_key, articles)
      SELECT $2, entity_key, articles FROM story_entities WHERE story_id = $1 ORDER BY entity_key
      ON CONFLICT (story_id, entity_key) DO UPDATE SET articles = story_entities.articles + excluded.articles`, [source, target]);
    await this.db.query('DELETE FROM story_entities WHERE story_id = $1', [source]);
    // Redirects stay one hop long: whatever pointed at the merged story now points at the survivor.
    await this.db.query('UPDATE stories SET redirect_to = $2 WHERE redirect_to = $1', [source, target]);
    await this.db.query('UPDATE stories SET redirect_to = $2, article_count = 0 WHERE id = $1', [source, target]);
  }

  private async resolveStoryId(id: string): Promise<string> {
    const [row] = await this.rows('SELECT redirect_to FROM stories WHERE id = $1', [id]);
    return (row?.redirect_to as string | null | undefined) ?? id;
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const [row] = await this.rows(`${ARTICLE_ROWS} WHERE a.id = $1`, [id]);
    return row ? toArticle(row) : null;
  }

  async getArticles(ids: readonly string[]): Promise<StoredArticle[]> {
    const rows = await this.rows(`${ARTICLE_ROWS} WHERE a.id = ANY($1::text[])`, [[...ids]]);
    return inOrder(ids, rows.map(toArticle));
  }

  async listArticles(query: { limit?: number; offset?: number; storyId?: string } = {}): Promise<ArticleSummary[]> {
    const storyId = query.storyId === undefined ? null : await this.resolveStoryId(query.storyId);
    const rows = await this.rows(`SELECT id, title, url, publisher, original_source, language, published_at, story_id, duplicate_of FROM articles
      WHERE ($1::text IS NULL OR story_id = $1) ORDER BY coalesce(published_at, ingested_at) DESC, id LIMIT $2 OFFSET $3`,
    [storyId, query.limit ?? 50, query.offset ?? 0]);
    return rows.map((r) => ({
      id: r.id as string, title: r.title as string, url: r.url as string | null, publisher: r.publisher as string | null,
      originalSource: r.original_source as string | null,
      language: r.language as string, publishedAt: r.published_at as string | null, storyId: r.story_id as string,
      duplicateOf: r.duplicate_of as string | null,
    }));
  }

  async countArticles(): Promise<number> {
    return Number((await this.rows('SELECT count(*) AS n FROM articles'))[0]!.n);
  }

  /** Every article, oldest first, a page at a time (keyset pagination: no long-lived cursor or transaction). */
  async *exportArticles(): AsyncIterable<StoredArticle> {
    let after: [string, string] | null = null;
    for (;;) {
      const rows: Row[] = await this.rows(`${ARTICLE_ROWS.replace('SELECT a.*', 'SELECT a.*, coalesce(a.published_at, a.ingested_at) AS sort_key')}
        WHERE $1::text IS NULL OR (coalesce(a.published_at, a.ingested_at), a.id) > ($1, $2::text)
        ORDER BY coalesce(a.published_at, a.ingested_at), a.id LIMIT $3`, [after?.[0] ?? null, after?.[1] ?? null, EXPORT_PAGE]);
      for (const row of rows) yield toArticle(row);
      if (rows.length < EXPORT_PAGE) return;
      const last = rows[rows.length - 1]!;
      after = [last.sort_key as string, last.id as string];
    }
  }

  async findCandidates(terms: string[], limit: number, options: CandidateOptions = {}): Promise<StoryCandidate[]> {
    if (terms.length === 0) return [];
    const withTerms = options.withTerms !== false;
    const rows = await this.rows(`
      SELECT a.id, coalesce(s.redirect_to, a.story_id) AS story_id, a.published_at, a.language, a.duplicate_of,
        ${withTerms ? 'f.terms::text' : 'NULL'} AS terms, f.entity_keys, f.anchors,
        f.fingerprint, f.revives, hits.shared
      FROM (
        -- Each term's postings, newest first and cut short (see POSTINGS_PER_TERM).
        SELECT p.article_id, count(*)::int AS shared
        FROM (SELECT DISTINCT unnest($1::text[]) AS term) AS q
        CROSS JOIN LATERAL (SELECT article_id FROM article_terms WHERE term = q.term ORDER BY day DESC LIMIT $3) AS p
        GROUP BY p.article_id ORDER BY shared DESC, p.article_id LIMIT $2
      ) AS hits
      JOIN articles a ON a.id = hits.article_id JOIN article_features f ON f.article_id = a.id
      LEFT JOIN stories s ON s.id = a.story_id
      ORDER BY hits.shared DESC, a.id`, [terms, limit, POSTINGS_PER_TERM]);
    const where = options.where;
    // Read in the same statement here: left out after, as on SQLite, before their terms are parsed.
    return rows.filter((r) => !where || where({ language: r.language as string, publishedAt: r.published_at as string | null })).map((r) => ({
      articleId: r.id as string, storyId: r.story_id as string, publishedAt: r.published_at as string | null, language: r.language as string,
      terms: withTerms ? this.shared.termsCache.get(r.id as string, r.terms as string) : NO_TERMS, entityKeys: r.entity_keys as string[], anchors: r.anchors as string[],
      fingerprint: r.fingerprint as string | null,
      duplicateOf: r.duplicate_of as string | null, revives: r.revives as boolean, shared: r.shared as number,
    }));
  }

  async featuresSince(seq: number, limit: number): Promise<StoredFeatures[]> {
    const rows = await this.rows(`SELECT a.seq, a.id, coalesce(s.redirect_to, a.story_id) AS story_id, a.published_at, a.language, a.duplicate_of,
        f.terms, f.entity_keys, f.anchors, f.fingerprint, f.revives
      FROM articles a JOIN article_features f ON f.article_id = a.id LEFT JOIN stories s ON s.id = a.story_id
      WHERE a.seq > $1 ORDER BY a.seq LIMIT $2`, [seq, limit]);
    return rows.map((r) => ({
      seq: Number(r.seq), articleId: r.id as string, storyId: r.story_id as string, publishedAt: r.published_at as string | null,
      language: r.language as string, anchors: r.anchors as string[],
      terms: r.terms as Record<string, number>, entityKeys: r.entity_keys as string[], fingerprint: r.fingerprint as string | null,
      duplicateOf: r.duplicate_of as string | null, revives: r.revives as boolean,
    }));
  }

  async storyTerms(storyId: string, limit: number): Promise<TermList[]> {
    const rows = await this.rows(`SELECT a.id, f.terms::text AS terms FROM articles a JOIN article_features f ON f.article_id = a.id
      WHERE a.story_id = $1 AND a.duplicate_of IS NULL ORDER BY coalesce(a.published_at, a.ingested_at) DESC, a.id LIMIT $2`,
    [await this.resolveStoryId(storyId), limit]);
    return rows.map((r) => this.shared.termsCache.get(r.id as string, r.terms as string));
  }

  /**
   * Document frequencies, from a cache that is brought up to date with every article stored
   * since it last looked (by this worker or any other), so that every worker weighs terms
   * exactly as a single one would. Inside `exclusive` nothing can be stored meanwhile.
   */
  async documentFrequencies(terms: string[]): Promise<{ total: number; df: Map<string, number> }> {
    const total = await this.countedTotal();
    return { total, df: await this.cachedFrequencies(terms) };
  }

  async heldFrequencies(terms: string[]): Promise<{ total: number; df: Map<string, number> }> {
    const total = await this.countedTotal();
    return this.shared.epoch.frequencies(total, terms, async (missing) => ({ total, df: await this.cachedFrequencies(missing) }));
  }

  /** The number of stored articles, with the frequency cache brought up to date with them. */
  private async countedTotal(): Promise<number> {
    const shared = this.shared;
    // One catch-up at a time per process: two running at once would count the same articles twice.
    shared.catchingUp ??= this.catchUp().finally(() => { shared.catchingUp = null; });
    await shared.catchingUp;
    return shared.articleCount!;
  }

  /** Document frequencies of `terms` from the cache (as of its last catch-up), reading those it lacks. */
  private async cachedFrequencies(terms: string[]): Promise<Map<string, number>> {
    const shared = this.shared;
    const missing = terms.filter((t) => !shared.dfCache.has(t));
    if (missing.length > 0) {
      const found = new Map((await this.rows('SELECT term, df FROM term_df WHERE term = ANY($1::text[])', [missing])).map((r) => [r.term as string, r.df as number]));
      if (shared.dfCache.size + missing.length > DF_CACHE_TERMS) shared.dfCache.clear();
      for (const t of missing) shared.dfCache.set(t, found.get(t) ?? 0);
    }
    const df = new Map<string, number>();
    for (const t of terms) {
      const n = shared.dfCache.get(t)!;
      if (n > 0) df.set(t, n);
    }
    return df;
  }

  /** Counts the terms of articles stored since the cache last looked; starts afresh when too many were. */
  private async catchUp(): Promise<void> {
    const shared = this.shared;
    if (shared.seenSeq !== null) {
      const rows = await this.rows(`SELECT a.seq, f.terms FROM articles a JOIN article_features f ON f.article_id = a.id
        WHERE a.seq > $1 ORDER BY a.seq LIMIT $2`, [shared.seenSeq, CATCH_UP_LIMIT + 1]);
      if (rows.length <= CATCH_UP_LIMIT) {
        for (const row of rows) {
          for (const t of Object.keys(row.terms as Record<string, number>)) {
            const n = shared.dfCache.get(t);
            if (n !== undefined) shared.dfCache.set(t, n + 1);
          }
          shared.seenSeq = Number(row.seq);
        }
        shared.articleCount! += rows.length;
        return;
      }
    }
    shared.dfCache.clear();
    const [row] = await this.rows('SELECT count(*) AS n, coalesce(max(seq), 0) AS seq FROM articles');
    shared.articleCount = Number(row!.n);
    shared.seenSeq = Number(row!.seq);
  }

  async getStory(id: string): Promise<StorySummary | null> {
    const rows = await this.rows('SELECT * FROM stories WHERE id = $1', [await this.resolveStoryId(id)]);
    return (await this.toStories(rows))[0] ?? null;
  }

  async listStories(query: StoryQuery = {}): Promise<StorySummary[]> {
    const rows = await this.rows(`
      SELECT s.* FROM stories s
      WHERE s.redirect_to IS NULL
        AND ($1::text IS NULL OR s.last_updated >= $1)
        AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id AND a.language = $2))
        AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id AND lower($3) IN (lower(a.publisher), lower(a.original_source))))
        -- A story names an entity when its entity counts hold it.
        AND ($4::text IS NULL OR EXISTS (SELECT 1 FROM story_entities se WHERE se.story_id = s.id
              AND se.entity_key IN (SELECT key FROM entities WHERE key = $4 OR lower(name) = lower($4))))
      ORDER BY s.article_count DESC, s.last_updated DESC, s.id
      LIMIT $5 OFFSET $6`, [query.since ?? null, query.language ?? null, query.source ?? null, query.entity ?? null, query.limit ?? 50, query.offset ?? 0]);
    return this.toStories(rows);
  }

  async search(groups: string[][], limit = 20): Promise<StoreSearchHit[]> {
    const query = tsQuery(groups);
    if (!query) return [];
    const rows = await this.rows(`
      SELECT a.id, a.title, coalesce(s.redirect_to, a.story_id) AS story_id, a.publisher, a.original_source, a.published_at, a.language,
        -ts_rank(a.stems, q) AS rank
      FROM articles a CROSS JOIN to_tsquery('simple', $1) AS q LEFT JOIN stories s ON s.id = a.story_id
      WHERE a.stems @@ q ORDER BY rank, a.id LIMIT $2`, [query, limit]);
    return rows.map((r) => ({
      articleId: r.id as string, title: r.title as string, storyId: r.story_id as string, publisher: r.publisher as string | null,
      originalSource: r.original_source as string | null, publishedAt: r.published_at as string | null, language: r.language as string, rank: Number(r.rank),
    }));
  }

  async listEntities(query: { type?: EntityType; limit?: number } = {}): Promise<EntitySummary[]> {
    const limit = query.limit ?? 50;
    if (limit <= 0) return [];
    // Only the entities counted at least as often as the limit-th are joined to their names (ties go by name).
    const rows = await this.rows(`
      WITH counted AS (SELECT entity_key, articles FROM entity_counts WHERE $1::text IS NULL OR type = $1)
      SELECT e.key, e.name, e.type, c.articles FROM counted c JOIN entities e ON e.key = c.entity_key
      WHERE c.articles >= coalesce((SELECT articles FROM counted ORDER BY articles DESC OFFSET $2 - 1 LIMIT 1), 0)
      ORDER BY c.articles DESC, e.name COLLATE "C" LIMIT $2`,
    [query.type ?? null, limit]);
    return rows.map((r) => ({ key: r.key as string, name: r.name as string, type: r.type as EntityType, articles: r.articles as number }));
  }

  async listQuotes(query: QuoteQuery = {}): Promise<QuoteRecord[]> {
    // A speaker given by entity key is matched by key alone (quotes_speaker), not also by scanning every name for it.
    // Without one, $1 (null) is still named, so that PostgreSQL knows its type; so is $3, the story.
    const speaker = query.speaker === undefined ? '$1::text IS NULL'
      : ENTITY_KEY.test(query.speaker) ? 'q.speaker_key = $1' : '(q.speaker_key = $1 OR strpos(lower(q.speaker), lower($1)) > 0)';
    const storyId = query.storyId === undefined ? null : await this.resolveStoryId(query.storyId);
    const rows = await this.rows(`
      SELECT q.article_id, coalesce(s.redirect_to, a.story_id) AS story_id, q.speaker, q.speaker_key, q.text, q.kind, a.publisher
      FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN stories s ON s.id = a.story_id
      WHERE ${speaker} AND ($3::text IS NULL OR a.story_id = $3)
      ORDER BY coalesce(a.published_at, a.ingested_at) DESC, q.article_id, q.idx LIMIT $2`, [query.speaker ?? null, query.limit ?? 50, storyId]);
    return rows.map((r) => ({
      articleId: r.article_id as string, storyId: r.story_id as string, speaker: r.speaker as string | null,
      speakerKey: r.speaker_key as string | null, text: r.text as string, kind: r.kind as 'direct' | 'reported', publisher: r.publisher as string | null,
    }));
  }

  async getEntity(keyOrName: string): Promise<EntityDetail | null> {
    const [entity] = await this.rows('SELECT key, name, type FROM entities WHERE key = $1 OR lower(name) = lower($1) ORDER BY (key = $1) DESC, key LIMIT 1', [keyOrName]);
    if (!entity) return null;
    // Up to ENTITY_LINKS_READ links for the forms and roles, as the index on entity keys gives them (sorting them by
    // article id first would read every link); the count from entity_counts.
    const links = await this.rows('SELECT mentions, roles FROM article_entities WHERE entity_key = $1 LIMIT $2', [entity.key, ENTITY_LINKS_READ]);
    const [counted] = await this.rows('SELECT articles FROM entity_counts WHERE entity_key = $1', [entity.key]);
    return entityDetail({ key: entity.key as string, name: entity.name as string, type: entity.type as EntityType },
      links.map((l) => ({ mentions: l.mentions as string[], roles: l.roles as string[] })), (counted?.articles as number | undefined) ?? 0);
  }

  /** Sequence numbers are taken under the assignment lock, so they commit in order and a reader never skips one. */
  async changesSince(seq: number, limit = 100): Promise<Change[]> {
    const rows = await this.rows(`SELECT a.seq, a.id, coalesce(s.redirect_to, a.story_id) AS story_id, a.merged
      FROM articles a LEFT JOIN stories s ON s.id = a.story_id WHERE a.seq > $1 ORDER BY a.seq LIMIT $2`, [seq, limit]);
    return rows.map((r) => ({ seq: Number(r.seq), articleId: r.id as string, storyId: r.story_id as string, merged: (r.merged as string[] | null) ?? [] }));
  }

  async latestSeq(): Promise<number> {
    return Number((await this.rows('SELECT coalesce(max(seq), 0) AS seq FROM articles'))[0]!.seq);
  }

  /** Story summaries with their sources, copies, languages and top entities: four queries for any number of stories. */
  private async toStories(rows: Row[]): Promise<StorySummary[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id as string);
    const [sources, copies, languages, entities] = await Promise.all([
      this.rows(`SELECT story_id, coalesce(publisher, original_source) AS source FROM articles
        WHERE story_id = ANY($1::text[]) AND coalesce(publisher, original_source) IS NOT NULL AND duplicate_of IS NULL
        GROUP BY story_id, source ORDER BY story_id, min(coalesce(published_at, ingested_at)), source`, [ids]),
      this.rows(`SELECT story_id, count(*)::int AS n FROM articles WHERE story_id = ANY($1::text[]) AND duplicate_of IS NOT NULL GROUP BY story_id`, [ids]),
      this.rows(`SELECT DISTINCT story_id, language FROM articles WHERE story_id = ANY($1::text[]) ORDER BY story_id, language`, [ids]),
      this.rows(`SELECT story_id, key, name, type, articles FROM (
          SELECT se.story_id, e.key, e.name, e.type, se.articles,
            row_number() OVER (PARTITION BY se.story_id ORDER BY se.articles DESC, e.name COLLATE "C") AS rank
          FROM story_entities se JOIN entities e ON e.key = se.entity_key
          WHERE se.story_id = ANY($1::text[]) AND e.type != 'MISC'
        ) AS ranked WHERE rank <= $2 ORDER BY story_id, rank`, [ids, TOP_ENTITIES_READ]),
    ]);
    const byStory = <T>(list: Row[], pick: (r: Row) => T): Map<string, T[]> => {
      const out = new Map<string, T[]>();
      for (const r of list) {
        const id = r.story_id as string;
        if (!out.has(id)) out.set(id, []);
        out.get(id)!.push(pick(r));
      }
      return out;
    };
    const sourceMap = byStory(sources, (r) => r.source as string);
    const copyMap = byStory(copies, (r) => r.n as number);
    const languageMap = byStory(languages, (r) => r.language as string);
    const entityMap = byStory(entities, (r) => ({ key: r.key as string, name: r.name as string, type: r.type as EntityType, articles: r.articles as number }));
    // The counts the short forms of the people among them have in each story (shortFormKeys), for foldShortNames.
    const wanted = [...entityMap].flatMap(([id, list]) => shortFormKeys(list).map((key) => [id, key] as const));
    if (wanted.length > 0) {
      const more = await this.rows(`SELECT se.story_id, e.key, e.name, e.type, se.articles FROM story_entities se JOIN entities e ON e.key = se.entity_key
        JOIN unnest($1::text[], $2::text[]) AS w(story_id, entity_key) ON w.story_id = se.story_id AND w.entity_key = se.entity_key`,
      [wanted.map(([id]) => id), wanted.map(([, key]) => key)]);
      for (const r of more) entityMap.get(r.story_id as string)!.push({ key: r.key as string, name: r.name as string, type: r.type as EntityType, articles: r.articles as number });
    }
    return rows.map((row) => {
      const id = row.id as string;
      return {
        id, headline: row.headline as string, firstSeen: row.first_seen as string, lastUpdated: row.last_updated as string, dated: Boolean(row.dated),
        articleCount: row.article_count as number, sources: sourceMap.get(id) ?? [], copies: copyMap.get(id)?.[0] ?? 0,
        languages: languageMap.get(id) ?? [], topEntities: foldShortNames(entityMap.get(id) ?? [], row.article_count as number),
      };
    });
  }
}

/** Whole articles, with the stem counts their features row holds. */
const ARTICLE_ROWS = 'SELECT a.*, f.terms AS feature_terms, f.revives FROM articles a LEFT JOIN article_features f ON f.article_id = a.id';

function toArticle(row: Row): StoredArticle {
  return storedArticle(row.analysis as StoredAnalysis, {
    title: row.title as string, text: row.text as string, storyId: row.story_id as string,
    ingestedAt: row.ingested_at as string, duplicateOf: row.duplicate_of as string | null, revives: row.revives === true,
  }, (row.feature_terms as Record<string, number> | null) ?? null);
}

/** `('a' | 'b') & ('c')`: every term a quoted lexeme, so query text can never become tsquery syntax. */
function tsQuery(groups: string[][]): string {
  const quote = (t: string) => `'${t.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
  return searchTermGroups(groups).map((g) => `(${g.map(quote).join(' | ')})`).join(' & ');
}
