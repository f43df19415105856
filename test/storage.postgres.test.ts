// The Store contract on a real PostgreSQL server (KABAR_TEST_PG), plus what only PostgreSQL does.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyzedArticle } from '../src/article.js';
import { assignAnalyzed } from '../src/pipeline.js';
import { PG_MIGRATIONS } from '../src/storage/postgres/migrations.js';
import { openPgStore } from '../src/storage/postgres/pg-store.js';
import type { Store } from '../src/storage/store.js';
import { analyzeFiles, SEEDS } from './helpers.js';
import { expectOutletsRenamed, expectRevivals, starts, storeContract, storeHostOutlets, storeNorthKoreaLaunches } from './storage.contract.js';
import { freshDatabase, TEST_PG, truncateKabar } from './support/pg.js';

describe.skipIf(!TEST_PG)('PostgreSQL store', () => {
  let database: { url: string; drop: () => Promise<void> };
  beforeAll(async () => { database = await freshDatabase(); });
  afterAll(async () => { await database?.drop(); });

  storeContract('PostgreSQL', async () => {
    const store = await openPgStore(database.url);
    await truncateKabar(database.url);
    return store;
  });

  describe('PostgreSQL specifics', () => {
    let seeds: AnalyzedArticle[];
    beforeAll(async () => { seeds = await analyzeFiles(...SEEDS); });

    it('records each migration once, even when several processes open a new database at once', async () => {
      const fresh = await freshDatabase();
      try {
        const stores = await Promise.all([1, 2, 3].map(() => openPgStore(fresh.url)));
        const client = new pg.Client({ connectionString: fresh.url });
        await client.connect();
        const { rows } = await client.query('SELECT version FROM kabar_schema ORDER BY version');
        await client.end();
        expect(rows.map((r) => r.version)).toEqual(PG_MIGRATIONS.map((m) => m.version));
        await Promise.all(stores.map((s) => s.close()));
      } finally {
        await fresh.drop();
      }
    });

    it('names the outlets stored under a host name by its registrable part when migration 9 runs', async () => {
      // Back to version 8's schema: migration 9 and those after it run again.
      await expectMigrated(storeHostOutlets, 'DELETE FROM kabar_schema WHERE version >= 9; ALTER TABLE articles DROP COLUMN merged; ALTER TABLE article_features DROP COLUMN revives', expectOutletsRenamed);
    });

    it('works out which stored articles took their story up again after a silence when migration 12 runs', async () => {
      await expectMigrated(storeNorthKoreaLaunches, 'DELETE FROM kabar_schema WHERE version >= 12; ALTER TABLE article_features DROP COLUMN revives', expectRevivals);
    });

    it('refuses a database written by a newer Kabar, naming the database without its password', async () => {
      const fresh = await freshDatabase();
      try {
        (await openPgStore(fresh.url)).close();
        const client = new pg.Client({ connectionString: fresh.url });
        await client.connect();
        await client.query(`INSERT INTO kabar_schema (version, description) VALUES (999, 'from the future')`);
        await client.end();
        await expect(openPgStore(fresh.url)).rejects.toThrow(/schema version 999 is newer/);
        const withPassword = new URL(fresh.url);
        withPassword.username = 'nobody';
        withPassword.password = 'secret';
        const error = await openPgStore(withPassword.toString()).catch((e: Error) => e);
        expect((error as Error).message).toMatch(/^postgres:\/\/nobody:…@127\.0\.0\.1/);
        expect((error as Error).message).not.toMatch(/secret/);
      } finally {
        await fresh.drop();
      }
    });

    it('announces every stored article to listeners in other processes (LISTEN/NOTIFY)', async () => {
      await truncateKabar(database.url);
      const writer = await openPgStore(database.url);
      const reader = await openPgStore(database.url);
      let heard = 0;
      const stop = await reader.onChange(() => { heard++; });
      const before = await reader.latestSeq();
      await writer.addArticle(seeds[0]!, starts('s1'));
      for (let i = 0; i < 50 && heard === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(heard).toBe(1);
      expect((await reader.changesSince(before)).map((c) => c.articleId)).toEqual([seeds[0]!.id]);
      await stop();
      await writer.close();
      await reader.close();
    });

    it('gives one story to the same event when two processes assign at the same moment', async () => {
      await truncateKabar(database.url);
      const one = await openPgStore(database.url);
      const two = await openPgStore(database.url);
      const [a, b] = await Promise.all([assignAnalyzed(one, seeds[0]!), assignAnalyzed(two, seeds[1]!)]);
      expect([a.assignment.created, b.assignment.created].sort()).toEqual([false, true]);
      expect(a.assignment.storyId).toBe(b.assignment.storyId);
      expect(await one.listStories()).toHaveLength(1);
      await one.close();
      await two.close();
    });
  });
});

/** A new database filled by `fill`, taken back to an older schema by the SQL `rollback`, opened again (the migrations run) and checked by `check`. */
async function expectMigrated(fill: (store: Store) => Promise<void>, rollback: string, check: (store: Store) => Promise<unknown>): Promise<void> {
  const fresh = await freshDatabase();
  try {
    const store = await openPgStore(fresh.url);
    await fill(store);
    await store.close();
    const client = new pg.Client({ connectionString: fresh.url });
    await client.connect();
    await client.query(rollback);
    await client.end();
    const migrated = await openPgStore(fresh.url);
    await check(migrated);
    await migrated.close();
  } finally {
    await fresh.drop();
  }
}
