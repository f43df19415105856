import Database from 'better-sqlite3';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoryAssignment } from '../src/article.js';
import type { StorySummary } from '../src/storage/store.js';
import { indexTerms, POSTINGS_PER_TERM, stemsForIndex } from '../src/storage/indexing.js';
import { foldShortNames } from '../src/storage/top-entities.js';
import { IndexTail } from '../src/storage/sqlite/index-tail.js';
import { ArticleHandles, SharedCounts } from '../src/storage/sqlite/article-handles.js';
import { FiledPostings } from '../src/storage/sqlite/filed-postings.js';
import { mergePostings, rowAsHandles } from '../src/storage/sqlite/term-postings.js';
import { MIGRATIONS } from '../src/storage/sqlite/migrations.js';
import { startCheckpointer } from '../src/storage/sqlite/checkpointer.js';
import { openSqliteStore, type SqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import { queryTerms } from '../src/stories/assign.js';
import { queryGroups } from '../src/analysis/tokens.js';
import { analyzeFiles, fixture, sampleFile, SEEDS, tempDir } from './helpers.js';
import { expectOutletsRenamed, expectRevivals, starts, storeContract, storeHostOutlets, storeNorthKoreaLaunches } from './storage.contract.js';

const cleanups: (() => void)[] = [];

/** A filed posting as a row holds it: the article and its day. */
type StoredPosting = [articleId: string, day: number];

/** A term's row as [article id, day] pairs, newest first: read as lookups read it, each article numbered in order of first sight. */
function parsePostings(row: string | undefined): StoredPosting[] {
  const ids: string[] = [];
  const seen = new Map<string, number>();
  const handleOf = (id: string) => {
    let handle = seen.get(id);
    if (handle === undefined) seen.set(id, (handle = ids.push(id) - 1));
    return handle;
  };
  const { handles, days } = rowAsHandles(row, handleOf);
  return Array.from(handles, (h, i): StoredPosting => [ids[h]!, days[i]!]);
}

/** Takes a store's postings back to the table they were filed in before migration 21 (article_terms, every posting a row). */
function postingsBefore21(db: Database.Database): void {
  db.exec('CREATE TABLE article_terms (term TEXT NOT NULL, day INTEGER NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (term, day DESC, article_id)) WITHOUT ROWID');
  const insert = db.prepare('INSERT INTO article_terms (term, day, article_id) VALUES (?, ?, ?)');
  for (const [term, row] of db.prepare('SELECT term, postings FROM term_postings').raw().all() as [string, string][]) {
    for (const [id, day] of parsePostings(row)) insert.run(term, day, id);
  }
  db.exec('DROP TABLE term_postings');
}

/** Runs `work` on the database at `path`, opened on its own. */
function withDatabase(path: string, work: (db: Database.Database) => void): void {
  const db = new Database(path);
  try {
    work(db);
  } finally {
    db.close();
  }
}

/** Every posting the table holds, each term's newest first. */
function filedPostings(db: Database.Database): StoredPosting[] {
  return (db.prepare('SELECT postings FROM term_postings ORDER BY term').pluck().all() as string[]).flatMap((row) => parsePostings(row));
}
afterEach(() => { while (cleanups.length) cleanups.pop()!(); });

storeContract('SQLite', async () => {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  return openSqliteStore(join(dir, 'kabar.db'));
});

describe('SQLite specifics', () => {
  it('creates the schema at the latest version in WAL mode, and keeps data across reopening', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const path = join(dir, 'nested', 'kabar.db');
    const [a] = await analyzeFiles(SEEDS[0]!);
    const store = openSqliteStore(path);
    await store.addArticle(a!, starts('s1'));
    await store.close();
    const db = new Database(path);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS[MIGRATIONS.length - 1]!.version);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    const again = openSqliteStore(path);
    expect(await again.countArticles()).toBe(1);
    await again.close();
  });

  it('stores sentences as offsets into the text and stem counts once, and reads rows that hold both as before', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const [a, b] = await analyzeFiles(...SEEDS);
    const store = openSqliteStore(join(dir, 'spans.db'));
    await store.addArticle(a!, starts('s1'));
    await store.addArticle(b!, starts('s2'));
    const stored = store.db.prepare('SELECT length(text) AS text, analysis FROM articles WHERE id = ?').get(a!.id) as { text: number; analysis: string };
    const record = JSON.parse(stored.analysis) as { spans?: number[]; sentences?: unknown; terms?: unknown };
    expect(record.sentences).toBeUndefined();
    // Nor the stem counts, which the features row holds for story assignment.
    expect(record.terms).toBeUndefined();
    expect((await store.getArticle(a!.id))!.terms).toEqual(a!.terms);
    expect(record.spans).toHaveLength(2 * a!.sentences.length);
    // The record no longer carries a second copy of the text, as an earlier Kabar's did.
    const { title: _title, text: _text, ...written } = a!;
    expect(JSON.stringify(written).length - stored.analysis.length).toBeGreaterThan(stored.text);
    // A row of an earlier Kabar, its sentences written out, reads the same.
    const { title: _t, text: _x, ...old } = b!;
    store.db.prepare('UPDATE articles SET analysis = ? WHERE id = ?').run(JSON.stringify(old), b!.id);
    expect((await store.getArticle(b!.id))!.sentences).toEqual(b!.sentences);
    expect((await store.getArticle(b!.id))!.terms).toEqual(b!.terms);
    expect((await store.getArticle(a!.id))!.sentences).toEqual(a!.sentences);
    await store.close();
  });

  it('files postings and document frequencies in batches, and a process that stops before filing leaves nothing out', async () => {
    const path = tempPath('df.db');
    const [a, b] = await analyzeFiles(...SEEDS);
    const first = openSqliteStore(path);
    await first.addArticle(a!, starts('s1'));
    await first.addArticle(b!, starts('s2'));
    // Not yet in the tables, yet counted and found: from what the articles stored.
    expect(first.db.prepare("SELECT df FROM term_df WHERE term = 'nato'").pluck().get()).toBeUndefined();
    expect(first.db.prepare('SELECT count(*) FROM term_postings').pluck().get()).toBe(0);
    expect((await first.documentFrequencies(['nato'])).df.get('nato')).toBe(2);
    expect((await first.findCandidates(Object.keys(a!.terms), 10)).map((c) => c.articleId).sort()).toEqual([a!.id, b!.id].sort());
    // Another process opens the file while the first has not counted (as after a crash).
    const second = openSqliteStore(path);
    expect(await second.documentFrequencies(['nato', 'rutte'])).toEqual({ total: 2, df: new Map([['nato', 2], ['rutte', 2]]) });
    expect((await second.findCandidates(Object.keys(b!.terms), 10)).map((c) => c.articleId).sort()).toEqual([a!.id, b!.id].sort());
    // What one process stores, the other counts at once.
    const [c] = await analyzeFiles(fixture('csv', 'talas-5.csv'));
    await second.addArticle(c!, starts('s3'));
    expect((await first.documentFrequencies(['nato'])).total).toBe(3);
    expect((await first.findCandidates(Object.keys(c!.terms), 10)).map((x) => x.articleId)).toContain(c!.id);
    await second.close();
    expect(second.db.open).toBe(false);
    const db = new Database(path);
    expect(db.prepare("SELECT df FROM term_df WHERE term = 'nato'").pluck().get()).toBe(2);
    expect([...new Set(filedPostings(db).map(([id]) => id))].sort()).toEqual([a!.id, b!.id, c!.id].sort());
    db.close();
    // The first process closing counts nothing twice.
    await first.close();
    const third = openSqliteStore(path);
    expect(third.db.prepare("SELECT df FROM term_df WHERE term = 'nato'").pluck().get()).toBe(2);
    expect((await third.documentFrequencies(['nato'])).df.get('nato')).toBe(2);
    // Each article filed once under each of its terms, though two processes closed with it in their tail.
    expect(filedPostings(third.db).length).toBe(indexTerms(a!).length + indexTerms(b!).length + indexTerms(c!).length);
    expect((await third.documentFrequencies(['nato'])).total).toBe(3);
    await third.close();
  });

  it('checkpoints the write-ahead log on a thread of its own when told of a commit, so that the log starts over, and closes cleanly', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const [a, b] = await analyzeFiles(...SEEDS);
    // The log's header counts the times it started over (offset 12: the checkpoint sequence).
    const restarts = (path: string): number => readFileSync(`${path}-wal`).readUInt32BE(12);
    const afterWrites = async (background: boolean) => {
      const path = join(dir, `${background ? 'background' : 'inline'}.db`);
      const store = openSqliteStore(path, { backgroundCheckpoints: background });
      const opened = { size: statSync(path).size, restarts: restarts(path) };
      await store.addArticle(a!, starts('s1'));
      await new Promise((resolve) => setTimeout(resolve, 500));
      await store.addArticle(b!, starts('s2'));
      const written = { size: statSync(path).size, restarts: restarts(path) };
      await store.close();
      return { opened, written };
    };
    // Far below SQLite's own mark (1,000 pages), the writer never checkpoints: the log only grows.
    const inline = await afterWrites(false);
    expect(inline.written).toEqual(inline.opened);
    // The thread copied the first article into the file before the second commit, which started the log over.
    const background = await afterWrites(true);
    expect(background.written.size).toBeGreaterThan(background.opened.size);
    expect(background.written.restarts).toBeGreaterThan(background.opened.restarts);
    const db = new Database(join(dir, 'background.db'));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(2);
    db.close();
  });

  it('refuses a database written by a newer Kabar', () => {
    const path = tempPath('future.db');
    const db = new Database(path);
    db.pragma('user_version = 999');
    db.close();
    expect(() => openSqliteStore(path)).toThrow(/schema version 999 is newer than this Kabar/);
  });

  it('brings a database written by an older Kabar up to date, filing its postings under their days', async () => {
    const path = tempPath('v4.db');
    const [a, b] = await analyzeFiles(...SEEDS);
    // A version-4 database holding the first seed, written the way that version wrote it.
    const db = new Database(path);
    for (const m of MIGRATIONS.filter((x) => x.version <= 4)) db.exec(m.sql);
    db.pragma('user_version = 4');
    const { title, text, ...analysis } = a!;
    db.prepare(`INSERT INTO articles (id, url, title, text, language, publisher, original_source, translated, author, published_at, ingested_at,
      format, origin, story_id, analysis) VALUES (?, NULL, ?, ?, 'id', 'ETIndonesia', NULL, 0, NULL, '2024-10-28', '2024-10-29T00:00:00Z', 'text', 'seed', 's1', ?)`)
      .run(a!.id, title, text, JSON.stringify(analysis));
    db.prepare('INSERT INTO article_features (article_id, terms, entity_keys, fingerprint) VALUES (?, ?, ?, ?)').run(a!.id, JSON.stringify(a!.terms), '[]', a!.fingerprint);
    for (const term of Object.keys(a!.terms).slice(0, 40)) db.prepare('INSERT INTO article_terms (term, article_id) VALUES (?, ?)').run(term, a!.id);
    db.prepare('INSERT INTO articles_fts (article_id, stems) VALUES (?, ?)').run(a!.id, stemsForIndex(a!));
    // Its story as an undated article that came first left it: dated by the day that article was stored, and headed by its title.
    db.prepare("INSERT INTO stories (id, headline, first_seen, last_updated, article_count) VALUES ('s1', ?, '2024-10-28', '2025-03-01T10:00:00Z', 1)")
      .run('[POPULER NASIONAL] an article stored first');
    db.close();

    const store = openSqliteStore(path);
    expect(store.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS[MIGRATIONS.length - 1]!.version);
    expect([...new Set(filedPostings(store.db).map(([, day]) => day))]).toEqual([Math.floor(Date.parse('2024-10-28') / 86_400_000)]);
    expect(store.db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'article_terms'").pluck().get()).toBe(0);
    expect((await store.findCandidates(Object.keys(b!.terms), 10)).map((c) => c.articleId)).toEqual([a!.id]);
    // Its story is dated by its dated article alone (migration 11), and headed by its first report (migration 12).
    expect(await store.getStory('s1')).toMatchObject({ dated: true, firstSeen: '2024-10-28', lastUpdated: '2024-10-28', headline: title });
    // Its full-text index, moved to the contentless table (migration 10), still finds it, and so does the next article's.
    expect((await store.search([['rutte']])).map((h) => h.articleId)).toEqual([a!.id]);
    await store.addArticle(b!, starts('s2'));
    expect((await store.search([['rutte']])).map((h) => h.articleId).sort()).toEqual([a!.id, b!.id].sort());
    await store.close();
  });
});

describe('counting candidates by number', () => {
  it('finds the same candidates when the numbering of articles starts again, again and again', async () => {
    const articles = await analyzeFiles(sampleFile('news-id-talas-2024.jsonl'), sampleFile('stories-en-giveme5w1h.jsonl'));
    const queries = articles.slice(0, 12).map((a) => queryTerms(a));
    // Numbering eight articles at most: it starts again between nearly every two lookups.
    const stores = [openSqliteStore(tempPath('handles-many.db'), { indexBatch: 3 }), openSqliteStore(tempPath('handles-few.db'), { indexBatch: 3, articleHandles: 8 })];
    const found: string[][][] = [[], []];
    for (const [i, a] of articles.slice(0, 30).entries()) {
      for (const [s, store] of stores.entries()) {
        await store.addArticle(a, starts(`s${i}`));
        for (const q of queries) found[s]!.push((await store.findCandidates(q, 50)).map((c) => c.articleId));
      }
    }
    expect(found[1]).toEqual(found[0]);
    expect(found[0]!.at(-1)!.length).toBeGreaterThan(5);
    expect((stores[1] as unknown as { handles: { generation: number } }).handles.generation).toBeGreaterThan(10);
    for (const store of stores) await store.close();
  });
});

describe('batched filing', () => {
  it('finds the candidates and entities the tables find, batch after filed batch, and after another process files', async () => {
    const path = tempPath('held.db');
    // The sample corpus: Kompas, Antara and Tempo reports and Giveme5W1H's English ones, some of one event.
    const articles = await analyzeFiles(sampleFile('news-id-talas-2024.jsonl'), sampleFile('stories-en-giveme5w1h.jsonl'));
    const queries = articles.slice(0, 12).map((a) => queryTerms(a));
    const ids = async (s: SqliteStore, q: string[]) => (await s.findCandidates(q, 50)).map((c) => c.articleId);
    // Filed three at a time, each query asked between filings, so that its held list is read early and merged into after.
    const store = openSqliteStore(path, { indexBatch: 3 });
    for (const [i, a] of articles.slice(0, 30).entries()) {
      await store.addArticle(a, starts(`s${i}`));
      for (const q of queries) await store.findCandidates(q, 50);
    }
    expect(store.db.prepare('SELECT seq FROM index_mark').pluck().get()).toBeGreaterThanOrEqual(27);
    // Another store on the file holds nothing: it reads the table and the tail afresh.
    const other = openSqliteStore(path, { indexBatch: 3 });
    for (const q of queries) expect(await ids(store, q)).toEqual(await ids(other, q));
    expect((await ids(store, queries[0]!)).length).toBeGreaterThan(5);
    // It stores and files the rest: what the first held was filed before its time, and is dropped.
    for (const [i, a] of articles.slice(30).entries()) await other.addArticle(a, starts(`t${i}`));
    for (const q of queries) expect(await ids(store, q)).toEqual(await ids(other, q));
    // An entity's articles are found whether their links are filed (entity_articles) or still in the tail.
    expect(other.db.prepare('SELECT count(*) FROM entity_articles').pluck().get()).toBeGreaterThan(50);
    const keys = [...new Set(articles.flatMap((a) => a.entities.map((e) => e.key)))];
    for (const key of keys.slice(0, 60)) {
      expect((await other.getEntity(key))?.articles).toBe(articles.filter((a) => a.entities.some((e) => e.key === key)).length);
    }
    // Entities listed from their filed counts and the tail's links rank as counting every link ranked them, ties by name.
    await expectListings(other);
    await other.close();
    await store.close();
  });

  it('reads back into its unfiled tail what another process stored between two of its own articles', async () => {
    const path = tempPath('interleaved.db');
    const articles = await analyzeFiles(sampleFile('news-id-talas-2024.jsonl'));
    const [mine, theirs] = [openSqliteStore(path, { indexBatch: 1000 }), openSqliteStore(path, { indexBatch: 1000 })];
    // This process's own articles are in its tail as it stores them; the other's, stored in between, are read from the file.
    for (const [i, a] of articles.slice(0, 12).entries()) await (i % 3 === 1 ? theirs : mine).addArticle(a, starts(`s${i}`));
    const fresh = openSqliteStore(path, { indexBatch: 1000 });
    for (const a of articles.slice(0, 12)) {
      const found = (await mine.findCandidates(queryTerms(a), 50)).map((c) => c.articleId);
      expect(found).toContain(a.id);
      expect(found).toEqual((await fresh.findCandidates(queryTerms(a), 50)).map((c) => c.articleId));
    }
    for (const s of [fresh, theirs, mine]) await s.close();
  });

  it('lists entities, quotes and articles as whole-table queries did, with part of the store unfiled', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const articles = await analyzeFiles(sampleFile('news-id-talas-2024.jsonl'), sampleFile('stories-en-giveme5w1h.jsonl'), ...SEEDS);
    const store = openSqliteStore(join(dir, 'lists.db'), { indexBatch: 7 });
    for (const [i, a] of articles.entries()) {
      await store.addArticle(a, starts(`s${i % 5}`));
      if (i % 9 === 4) await expectListings(store);
    }
    expect(store.db.prepare('SELECT seq FROM index_mark').pluck().get()).toBeLessThan(articles.length);
    expect((await expectListings(store)).speakers).toBe(10);
    await store.close();
  });
});

describe('migration 15', () => {
  it('counts the filed links of a store made before it, and its listings agree with whole-table queries', async () => {
    const { path, store, articles } = await sampleStore('v14.db', (i) => starts(`s${i % 4}`));
    // Back to version 14's schema, some articles still past the mark.
    expect(store.db.prepare('SELECT seq FROM index_mark').pluck().get()).toBeLessThan(articles.length);
    store.db.exec(`DROP TABLE story_entities; DROP INDEX stories_listing; DROP INDEX quotes_speaker_key;
      DROP TABLE entity_counts; DROP INDEX articles_recent; DROP INDEX articles_story_recent;
      CREATE INDEX articles_story ON articles(story_id); CREATE INDEX articles_published ON articles(published_at);
      CREATE INDEX articles_story_recent ON articles(story_id, coalesce(published_at, ingested_at) DESC, id);
      CREATE INDEX quotes_speaker ON quotes(speaker_key); ALTER TABLE articles DROP COLUMN merged; ALTER TABLE article_features DROP COLUMN revives;
      PRAGMA user_version = 14;`);
    postingsBefore21(store.db);
    const migrated = openSqliteStore(path, { indexBatch: 10 });
    expect(migrated.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    await expectListings(migrated);
    await migrated.close();
    await store.close();
  });
});

describe('migration 16', () => {
  it('counts the entities of the stories of a store made before it, merged stories included', async () => {
    // Five stories, the fifth merged into another halfway.
    const { path, store } = await sampleStore('v15.db', (i, n) => ({ ...starts(`s${i % 5}`), ...(i === Math.floor(n / 2) ? { mergeStories: ['s4'] } : {}) }));
    expect((await store.getStory('s4'))!.id).not.toBe('s4');
    const counted = await expectListings(store);
    store.db.exec(`DROP TABLE story_entities; DROP INDEX stories_listing; DROP INDEX quotes_speaker_key; ALTER TABLE articles DROP COLUMN merged;
      ALTER TABLE article_features DROP COLUMN revives; PRAGMA user_version = 15;`);
    postingsBefore21(store.db);
    const migrated = openSqliteStore(path, { indexBatch: 10 });
    expect(migrated.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    expect(await expectListings(migrated)).toEqual(counted);
    await migrated.close();
    // Stories of an entity named in at least two articles found by walking the stories in order, as of every entity at scale.
    const walking = openSqliteStore(path, { commonEntityArticles: 2 });
    expect(await expectListings(walking)).toEqual(counted);
    await walking.close();
    await store.close();
  });
});

describe('migrations 17 and 19', () => {
  it('names the outlets stored under a host name by its registrable part, as new articles are named (17)', async () => {
    await expectOutletsMigrated(16, 'ALTER TABLE articles DROP COLUMN merged;');
  });

  it('names again from their addresses the outlets an older Kabar named by a shared suffix, sch.id (19)', async () => {
    await expectOutletsMigrated(18, "UPDATE articles SET publisher = 'cnn.com' WHERE publisher = 'edition.cnn.com'; UPDATE articles SET publisher = 'etindonesia.com' WHERE publisher = 'www.ETIndonesia.com';");
  });
});

describe('migration 21', () => {
  it('keeps each term\'s newest postings of every one filed, and finds the candidates the rows found', async () => {
    const { path, store, articles } = await sampleStore('v20.db', (i) => starts(`s${i}`));
    await store.close();
    const queries = articles.slice(0, 8).map((a) => queryTerms(a));
    const before = openSqliteStore(path);
    const found = await Promise.all(queries.map(async (q) => (await before.findCandidates(q, 50)).map((c) => c.articleId)));
    const rows = new Map(before.db.prepare('SELECT term, postings FROM term_postings').raw().all() as [string, string][]);
    await before.close();
    // Back to every posting a row, and a term filed under more articles than a row keeps: 250 from years before.
    withDatabase(path, (db) => {
      postingsBefore21(db);
      const old = db.prepare("INSERT INTO article_terms (term, day, article_id) VALUES ('nato', ?, ?)");
      for (let i = 0; i < 250; i++) old.run(15_000 + (i % 40), `old${String(i).padStart(3, '0')}`);
      db.pragma('user_version = 20');
    });
    const migrated = openSqliteStore(path);
    const nato = [...parsePostings(rows.get('nato')), ...Array.from({ length: 250 }, (_, i): StoredPosting => [`old${String(i).padStart(3, '0')}`, 15_000 + (i % 40)])]
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, POSTINGS_PER_TERM);
    const migratedRows = new Map(migrated.db.prepare('SELECT term, postings FROM term_postings').raw().all() as [string, string][]);
    expect(parsePostings(migratedRows.get('nato'))).toEqual(nato);
    expect(nato.filter(([id]) => id.startsWith('old')).length).toBe(POSTINGS_PER_TERM - parsePostings(rows.get('nato')).length);
    migratedRows.delete('nato');
    rows.delete('nato');
    expect(migratedRows).toEqual(rows);
    for (const [i, q] of queries.entries()) expect((await migrated.findCandidates(q, 50)).map((c) => c.articleId)).toEqual(found[i]);
    await migrated.close();
  });
});

describe('migration 22', () => {
  it('keeps which articles name an entity in the order they arrived', async () => {
    const { path, store, articles } = await sampleStore('v21.db', (i) => starts(`s${i}`));
    await store.close();
    const links = 'SELECT entity_key, seq, article_id FROM entity_articles ORDER BY entity_key, seq';
    let filed: unknown[] = [];
    // Back to version 21: links keyed by article id.
    withDatabase(path, (db) => {
      filed = db.prepare(links).raw().all();
      db.exec(`CREATE TABLE links_21 (entity_key TEXT NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (entity_key, article_id)) WITHOUT ROWID;
        INSERT INTO links_21 SELECT entity_key, article_id FROM entity_articles; DROP TABLE entity_articles;
        ALTER TABLE links_21 RENAME TO entity_articles; PRAGMA user_version = 21;`);
    });
    const migrated = openSqliteStore(path);
    expect(migrated.db.prepare(links).raw().all()).toEqual(filed);
    const rowids = new Map(migrated.db.prepare('SELECT id, rowid FROM articles').raw().all() as [string, number][]);
    expect(filed.length).toBeGreaterThan(100);
    for (const [, seq, id] of filed as [string, number, string][]) expect(seq).toBe(rowids.get(id));
    // Every article naming an entity counted, whichever of its links are read for its forms.
    const key = (filed as [string][])[0]![0];
    expect((await migrated.getEntity(key))?.articles).toBe(articles.filter((a) => a.entities.some((e) => e.key === key)).length);
    await migrated.close();
  });
});

describe('migration 20', () => {
  it('works out which stored articles took their story up again after a silence', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const path = join(dir, 'v19.db');
    const store = openSqliteStore(path);
    await storeNorthKoreaLaunches(store);
    store.db.exec('ALTER TABLE article_features DROP COLUMN revives; PRAGMA user_version = 19;');
    await store.close();
    withDatabase(path, postingsBefore21);
    const migrated = openSqliteStore(path);
    expect(migrated.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    await expectRevivals(migrated);
    await migrated.close();
  });
});

/** The contract's host-named outlets stored, the store taken back to schema `version` by `rollback`, and opened again: every outlet is named as new articles' are. */
async function expectOutletsMigrated(version: number, rollback: string): Promise<void> {
  const path = tempPath(`v${version}.db`);
  const store = openSqliteStore(path);
  await storeHostOutlets(store);
  store.db.exec(`${rollback} ALTER TABLE article_features DROP COLUMN revives; PRAGMA user_version = ${version};`);
  await store.close();
  withDatabase(path, postingsBefore21);
  const migrated = openSqliteStore(path);
  expect(migrated.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
  await expectOutletsRenamed(migrated);
  await migrated.close();
}

/** A path named `name` in a fresh folder, removed after the test. */
function tempPath(name: string): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  return join(dir, name);
}

/** The sample's Indonesian articles and the seeds in a store at `name` in a fresh folder, filed ten at a time, each where `assign` says. */
async function sampleStore(name: string, assign: (i: number, n: number) => StoryAssignment) {
  const path = tempPath(name);
  const articles = await analyzeFiles(sampleFile('news-id-talas-2024.jsonl'), ...SEEDS);
  const store = openSqliteStore(path, { indexBatch: 10 });
  for (const [i, a] of articles.entries()) await store.addArticle(a, assign(i, articles.length));
  return { path, store, articles };
}

/** Each listing against the query that counted, sorted or read the whole table, which it replaced (migration 15). */
async function expectListings(store: SqliteStore): Promise<{ speakers: number; stories: number }> {
  // Each story's top entities (migration 16) as counting its articles' links gives them.
  const topEntities = store.db.prepare(`SELECT e.key, e.name, e.type, count(*) AS articles FROM articles a JOIN article_entities ae ON ae.article_id = a.id
    JOIN entities e ON e.key = ae.entity_key WHERE a.story_id = ? AND e.type != 'MISC' GROUP BY e.key ORDER BY articles DESC, e.name LIMIT 16`);
  const listed = await store.listStories({ limit: 1000 });
  expect(listed.map((x) => x.id)).toEqual(store.db.prepare(`SELECT id FROM stories WHERE redirect_to IS NULL
    ORDER BY article_count DESC, last_updated DESC, id`).pluck().all());
  for (const story of listed) expect(story.topEntities, story.id).toEqual(foldShortNames(topEntities.all(story.id) as StorySummary["topEntities"], story.articleCount));
  expect(listed.some((x) => x.topEntities.length === 8)).toBe(true);
  const entities = store.db.prepare(`SELECT e.key, e.name, e.type, count(*) AS articles FROM entities e JOIN article_entities ae ON ae.entity_key = e.key
    WHERE (@type IS NULL OR e.type = @type) GROUP BY e.key ORDER BY articles DESC, e.name LIMIT @limit`);
  let named = 0;
  for (const type of [undefined, 'PERSON', 'PLACE'] as const) {
    for (const limit of [1, 3, 10, 200]) {
      const expected = entities.all({ type: type ?? null, limit });
      named += expected.length;
      expect(await store.listEntities({ ...(type ? { type } : {}), limit }), `${type} ${limit}`).toEqual(expected);
    }
  }
  expect(named).toBeGreaterThan(20);
  const storiesNaming = store.db.prepare(`SELECT s.id FROM stories s WHERE s.redirect_to IS NULL AND EXISTS (SELECT 1 FROM articles a
    JOIN article_entities ae ON ae.article_id = a.id JOIN entities e ON e.key = ae.entity_key
    WHERE a.story_id = s.id AND (e.key = @entity OR lower(e.name) = lower(@entity))) ORDER BY s.article_count DESC, s.last_updated DESC, s.id`).pluck();
  const someEntities = store.db.prepare('SELECT key, name FROM entities ORDER BY key LIMIT 12').all() as { key: string; name: string }[];
  const links = store.db.prepare('SELECT mentions FROM article_entities WHERE entity_key = ?').pluck();
  for (const { key, name } of someEntities) {
    // Its count from entity_counts and the tail; its forms, most frequent first, from every link (fewer than ENTITY_LINKS_READ).
    const forms = new Map<string, number>();
    for (const m of links.all(key) as string[]) for (const f of JSON.parse(m) as string[]) forms.set(f, (forms.get(f) ?? 0) + 1);
    const entity = await store.getEntity(key);
    expect(entity?.articles, key).toBe(links.all(key).length);
    expect(entity?.mentions, key).toEqual([...forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([f]) => f));
    expect((await store.listStories({ entity: key, limit: 100 })).map((x) => x.id), key).toEqual(storiesNaming.all({ entity: key }));
    expect((await store.listStories({ entity: name.toUpperCase(), limit: 100 })).map((x) => x.id), name).toEqual(storiesNaming.all({ entity: name }));
  }
  const bySpeaker = store.db.prepare(`SELECT q.article_id AS articleId, q.text FROM quotes q JOIN articles a ON a.id = q.article_id
    WHERE q.speaker_key = @speaker OR instr(lower(q.speaker), lower(@speaker)) > 0
    ORDER BY coalesce(a.published_at, a.ingested_at) DESC, q.article_id, q.idx LIMIT 20`);
  const speakers = store.db.prepare('SELECT DISTINCT speaker_key FROM quotes WHERE speaker_key IS NOT NULL ORDER BY speaker_key LIMIT 10').pluck().all() as string[];
  for (const speaker of speakers) {
    expect((await store.listQuotes({ speaker, limit: 20 })).map((q) => ({ articleId: q.articleId, text: q.text })), speaker).toEqual(bySpeaker.all({ speaker }));
  }
  const quotes = store.db.prepare(`SELECT q.article_id AS articleId, q.text FROM quotes q JOIN articles a ON a.id = q.article_id
    ORDER BY coalesce(a.published_at, a.ingested_at) DESC, q.article_id, q.idx LIMIT 30`).all();
  expect((await store.listQuotes({ limit: 30 })).map((q) => ({ articleId: q.articleId, text: q.text }))).toEqual(quotes);
  const articles = store.db.prepare(`SELECT id FROM articles WHERE (@story IS NULL OR story_id = @story)
    ORDER BY coalesce(published_at, ingested_at) DESC, id LIMIT 20 OFFSET 2`).pluck();
  expect((await store.listArticles({ limit: 20, offset: 2 })).map((a) => a.id)).toEqual(articles.all({ story: null }));
  expect((await store.listArticles({ limit: 20, offset: 2, storyId: 's1' })).map((a) => a.id)).toEqual(articles.all({ story: 's1' }));
  return { speakers: speakers.length, stories: listed.length };
}

describe('full-text search in batches', () => {
  it('finds and ranks the articles not yet filed in the full-text index as the index does once they are', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const articles = await analyzeFiles(sampleFile('news-id-talas-2024.jsonl'), sampleFile('stories-en-giveme5w1h.jsonl'), ...SEEDS);
    // "Ma'ruf Amin" is a phrase to the index (ma ruf), "dikerahkan" finds the stem kerah, "crashed planes" the stems crash and plane.
    const queries = ["Ma'ruf Amin", 'pasukan korea', 'dikerahkan Kursk', 'crashed planes', 'Equifax breach', 'pusat data nasional', 'kuliah pinjol'];
    const search = async (s: SqliteStore) => Promise.all(queries.map((q) => s.search(queryGroups(q), 50)));
    const path = join(dir, 'fts.db');
    const store = openSqliteStore(path);
    for (const [i, a] of articles.entries()) await store.addArticle(a, starts(`s${i}`));
    // Nothing filed yet: every article is read from its stems.
    expect(store.db.prepare('SELECT fts_seq FROM index_mark').pluck().get()).toBe(0);
    const unfiled = await search(store);
    await store.close();
    const reopened = openSqliteStore(path);
    expect(reopened.db.prepare('SELECT fts_seq FROM index_mark').pluck().get()).toBe(articles.length);
    const filed = await search(reopened);
    for (const [q, hits] of filed.entries()) {
      expect(hits.length, queries[q]).toBeGreaterThan(0);
      expect(unfiled[q]!.map((h) => h.articleId), queries[q]).toEqual(hits.map((h) => h.articleId));
      unfiled[q]!.forEach((h, i) => expect(h.rank, queries[q]).toBeCloseTo(hits[i]!.rank, 9));
    }
    // Part filed, part not: the same articles found.
    const half = openSqliteStore(join(dir, 'half.db'), { indexBatch: 25 });
    for (const [i, a] of articles.entries()) await half.addArticle(a, starts(`s${i}`));
    expect(half.db.prepare('SELECT fts_seq FROM index_mark').pluck().get()).toBe(25);
    for (const [q, hits] of (await search(half)).entries()) expect(hits.map((h) => h.articleId).sort(), queries[q]).toEqual(filed[q]!.map((h) => h.articleId).sort());
    await half.close();
    await reopened.close();
  });
});

describe('the index tail', () => {
  it('keeps each term\'s newest postings, puts them before the table\'s, and counts stems once per article', () => {
    const tail = new IndexTail(2);
    tail.add({ rowid: 1, articleId: 'b', day: 10, indexTerms: ['nato'], terms: ['nato', 'rusia'] });
    tail.add({ rowid: 2, articleId: 'c', day: 12, indexTerms: ['nato'], terms: ['nato'] });
    tail.add({ rowid: 3, articleId: 'a', day: 11, indexTerms: ['nato', 'kursk'], terms: ['nato', 'kursk'] });
    tail.add({ rowid: 3, articleId: 'a', day: 11, indexTerms: ['nato', 'kursk'], terms: ['nato', 'kursk'] });
    expect(tail.size).toBe(3);
    expect(tail.documentFrequency('nato')).toBe(3);
    // Two kept of three, oldest first: day 10 fell out.
    expect(tail.postingsOf('nato').map((p) => p.articleId)).toEqual(['a', 'c']);
    expect(tail.postingsOf('rusia')).toEqual([]);
    tail.reset(3);
    expect([tail.size, tail.documentFrequency('nato'), tail.lastRead]).toEqual([0, 0, 3]);
    tail.add({ rowid: 2, articleId: 'old', day: 1, indexTerms: ['nato'], terms: ['nato'] });
    expect(tail.size).toBe(0);
  });

  it('files a term\'s postings into its row as the newest of everything filed, read line by line only where the tail reaches', async () => {
    // The seeds' stems as article ids, on days that repeat: ties broken by id, as the lookups order them.
    const [a, b] = await analyzeFiles(...SEEDS);
    const ids = [...new Set([...Object.keys(a!.terms), ...Object.keys(b!.terms)])];
    const day = (i: number) => 19_000 + Math.floor(i / 7);
    const order = (x: StoredPosting, y: StoredPosting) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0);
    const written = (list: StoredPosting[]) => list.map(([id, d]) => `${d} ${id}\n`).join('');
    let row: string | undefined;
    let all: StoredPosting[] = [];
    for (let batch = 0; batch * 40 < ids.length; batch++) {
      const tail = new IndexTail(6);
      // Mostly newer than what is filed, some of the same day, and now and then one from long before.
      for (const [k, id] of ids.slice(batch * 40, batch * 40 + 40).entries()) {
        const i = batch * 40 + k;
        tail.add({ rowid: i + 1, articleId: id, day: i % 13 === 0 ? day(i) - 30 : day(i), indexTerms: ['nato'], terms: [] });
      }
      row = mergePostings(row, tail.postingsOf('nato'), 10);
      all = [...all, ...tail.postingsOf('nato').map((p): StoredPosting => [p.articleId, p.day])].sort(order).slice(0, 10);
      expect(parsePostings(row)).toEqual(all);
      expect(row).toBe(written(all));
      // Read for counting: the same postings, each article by its number.
      const numbered = rowAsHandles(row, (id) => ids.indexOf(id));
      expect([...numbered.handles].map((h, i): StoredPosting => [ids[h]!, numbered.days[i]!])).toEqual(all);
    }
    expect(all.length).toBe(10);
    // A posting already filed is not filed twice; an empty tail leaves the row as it was, cut to the share.
    const again = new IndexTail(6);
    again.add({ rowid: 1, articleId: all[0]![0], day: all[0]![1], indexTerms: ['nato'], terms: [] });
    expect(mergePostings(row, again.postingsOf('nato'), 10)).toBe(row);
    expect(mergePostings(row, [], 4)).toBe(written(all.slice(0, 4)));
    expect([parsePostings(undefined), mergePostings(undefined, [], 10)]).toEqual([[], '']);
  });

  it('ranks candidates by shared terms, then id, as a full sort does', async () => {
    // How many of one seed's stems each stem of the other seed's text shares a first letter with: many ties, as postings give.
    const [a, b] = await analyzeFiles(...SEEDS);
    const shared = new Map<string, number>();
    for (const t of Object.keys(b!.terms)) shared.set(t, Object.keys(a!.terms).filter((u) => u[0] === t[0]).length % 7 + 1);
    const sorted = [...shared].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    const handles = new ArticleHandles(1_000);
    const counts = new SharedCounts();
    for (const limit of [0, 1, 7, 50, 120, shared.size + 1]) {
      // Counted one posting at a time, as candidates are, in an order of their own.
      for (const [id, n] of [...shared].reverse()) for (let i = 0; i < n; i++) counts.add(handles.of(id));
      expect(counts.take(limit, (h) => handles.id(h))).toEqual(sorted.slice(0, limit));
    }
    // Taking clears the counts.
    expect(counts.take(10, (h) => handles.id(h))).toEqual([]);
  });

  it('holds filed postings by handle, merges the tail in, and starts again with the numbering', () => {
    const handles = new ArticleHandles(3);
    const filed = new FiledPostings(3, handles);
    const table = new Map<string, string>([['nato', '9 x\n8 y\n8 z\n']]);
    let reads = 0;
    const read = (term: string) => { reads++; return table.get(term); };
    const ids = (list: Int32Array) => Array.from(list, (h) => handles.id(h));
    expect(ids(filed.newest('nato', 2, read))).toEqual(['x', 'y']);
    expect(ids(filed.newest('nato', 3, read))).toEqual(['x', 'y', 'z']);
    expect(reads).toBe(1);
    // Filing the tail: its newer posting goes first, the oldest held falls out.
    const tail = new IndexTail(3);
    tail.add({ rowid: 1, articleId: 'b', day: 10, indexTerms: ['nato'], terms: ['nato'] });
    tail.add({ rowid: 2, articleId: 'a', day: 8, indexTerms: ['nato'], terms: ['nato'] });
    filed.filed((term) => tail.postingsOf(term));
    expect(ids(filed.newest('nato', 3, read))).toEqual(['b', 'x', 'a']);
    // The tail's postings keep their handle: one per article.
    const [posting] = tail.postingsOf('nato').filter((p) => p.articleId === 'b');
    expect(handles.ofPosting(posting!)).toBe(posting!.handle);
    expect(handles.full).toBe(true);
    // Started again: handles given before mean nothing, so the lists are read again, and the tail's handles are given anew.
    filed.clear();
    expect([handles.size, handles.full]).toEqual([0, false]);
    expect(ids(filed.newest('nato', 3, read))).toEqual(['x', 'y', 'z']);
    expect(reads).toBe(2);
    expect(handles.id(handles.ofPosting(posting!))).toBe('b');
  });
});

describe('background checkpoints', () => {
  // The write-ahead log's header counts the times it started over (bytes 12–15).
  const restarts = (path: string) => readFileSync(`${path}-wal`).readUInt32BE(12);

  it('start the log over under a writer that commits back to back, and never make it wait', async () => {
    const path = tempPath('busy.db');
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    // Only the thread checkpoints, and the writer fails at once should it ever find the lock taken
    // (the thread once RESTARTed a long log under the write lock: the writer waited, then failed).
    db.pragma('wal_autocheckpoint = 0');
    db.pragma('busy_timeout = 0');
    db.exec('CREATE TABLE t (x BLOB)');
    const insert = db.prepare('INSERT INTO t (x) VALUES (?)');
    const row = Buffer.alloc(3000, 7);
    const checkpointer = startCheckpointer(path, 50);
    cleanups.push(() => db.close());
    let commits = 0;
    // Until the log has started over twice, in one synchronous loop: not a moment between commits.
    for (const deadline = Date.now() + 20_000; commits < 200_000 && Date.now() < deadline; commits++) {
      checkpointer.beforeTransaction(db);
      db.transaction(() => insert.run(row)).immediate();
      checkpointer.committed();
      if (commits % 100 === 99 && restarts(path) >= 2) break;
    }
    await checkpointer.stop();
    expect(restarts(path)).toBeGreaterThanOrEqual(2);
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(commits + 1);
  });
});
