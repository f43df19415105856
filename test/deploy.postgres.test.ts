// What a PostgreSQL deployment does beyond the store (KABAR_TEST_PG): live updates that reach every
// API server, the dead-letter list, moving a SQLite database over.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/server/app.js';
import { openPgStore } from '../src/storage/postgres/pg-store.js';
import { openSqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import { fixture, runCli, SEEDS, tempDir } from './helpers.js';
import { freshDatabase, TEST_PG, truncateKabar } from './support/pg.js';

const QUEUE_ENV = { KABAR_JOB_TIMEOUT_SECONDS: '5', KABAR_QUEUE_MAINTENANCE_SECONDS: '1', KABAR_JOB_RETRY_DELAY_SECONDS: '1', KABAR_JOB_RETRIES: '1' };

describe.skipIf(!TEST_PG)('a PostgreSQL deployment', () => {
  let database: { url: string; drop: () => Promise<void> };
  beforeAll(async () => { database = await freshDatabase(); });
  afterAll(async () => { await database?.drop(); });

  it('streams an article stored through one API server to the clients of another (LISTEN/NOTIFY)', async () => {
    await truncateKabar(database.url);
    const [storeA, storeB] = [await openPgStore(database.url), await openPgStore(database.url)];
    const serverA = createApp(storeA, { token: 'secret' });
    const serverB = createApp(storeB, { token: 'secret' });
    const stream = await serverB.request('/api/events');
    const reader = stream.body!.getReader();
    const record = { title: 'NATO Konfirmasi Korut Mengirim Pasukan ke Rusia', text: readFileSync(SEEDS[0]!, 'utf8'), publisher: 'ETIndonesia' };
    // Give the stream a moment to subscribe before the write.
    await new Promise((r) => setTimeout(r, 200));
    const started = Date.now();
    const posted = await serverA.request('/api/articles', { method: 'POST', body: JSON.stringify(record), headers: { authorization: 'Bearer secret' } });
    expect(posted.status).toBe(200);
    let text = '';
    while (!text.includes('story-created')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    // Pushed, not polled: the polling fallback on PostgreSQL waits ten seconds.
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(text).toMatch(/event: story-created/);
    expect(text).toContain('NATO Konfirmasi Korut');
    await reader.cancel();
    await storeA.close();
    await storeB.close();
  });

  it('retries a failing job, then lists it as dead with its error, and puts it back on request', async () => {
    // A private address is refused by the fetcher: a job that fails every time.
    const url = 'http://127.0.0.1:9/feed.xml';
    const queued = await runCli(['--db', database.url, '--json', 'ingest', url], { env: QUEUE_ENV });
    expect(JSON.parse(queued.stdout)).toMatchObject({ queued: 1, urls: 1 });
    const worked = await runCli(['--db', database.url, 'worker', '--exit-when-idle', '--events', '--poll-ms', '200'], { env: QUEUE_ENV });
    expect(worked.code).toBe(0);
    const attempts = worked.stdout.split('\n').filter((l) => l.includes('"failed"')).map((l) => JSON.parse(l) as { attempt: number; error: string });
    expect(attempts.map((a) => a.attempt)).toEqual([1, 2]);
    expect(attempts[0]!.error).toContain('127.0.0.1');

    const jobs = await runCli(['--db', database.url, '--json', 'jobs'], { env: QUEUE_ENV });
    expect(jobs.code, jobs.stdout + jobs.stderr).toBe(3);
    const listed = JSON.parse(jobs.stdout) as { counts: Record<string, number>; dead: { subject: string; error: string; attempts: number }[] };
    expect(listed.counts).toMatchObject({ queued: 0, active: 0, dead: 1 });
    expect(listed.dead).toEqual([expect.objectContaining({ subject: url, attempts: 2 })]);
    expect(listed.dead[0]!.error).toMatch(/private|loopback/i);
    const readable = await runCli(['--db', database.url, 'jobs'], { env: QUEUE_ENV });
    expect(readable.stdout).toContain(`dead ${url}`);

    const retry = await runCli(['--db', database.url, '--json', 'jobs', '--retry-dead'], { env: QUEUE_ENV });
    expect(JSON.parse(retry.stdout)).toMatchObject({ requeued: 1, counts: { queued: 1, dead: 0 } });
  }, 60_000);

  it('moves a SQLite database over with kabar migrate: same articles, same stories', async () => {
    await truncateKabar(database.url);
    const { dir, cleanup } = tempDir();
    try {
      const path = join(dir, 'kabar.db');
      const ingested = await runCli(['--db', path, 'ingest', ...SEEDS, fixture('csv', 'talas-5.csv'), fixture('json', 'giveme-north-korea-launches.jsonl')]);
      expect(ingested.code).toBe(0);
      const moved = await runCli(['--db', path, '--json', 'migrate', '--to', database.url]);
      expect(moved.code).toBe(0);
      expect(JSON.parse(moved.stdout)).toMatchObject({ copied: 13, alreadyThere: 0 });
      const again = await runCli(['--db', path, '--json', 'migrate', '--to', database.url]);
      expect(JSON.parse(again.stdout)).toMatchObject({ copied: 0, alreadyThere: 13 });

      const sqlite = openSqliteStore(path);
      const postgres = await openPgStore(database.url);
      const summary = (s: Awaited<ReturnType<typeof sqlite.listStories>>) => s.map((x) => [x.id, x.articleCount, x.sources, x.languages]).sort();
      expect(summary(await postgres.listStories())).toEqual(summary(await sqlite.listStories()));
      const seed = (await sqlite.listArticles({ limit: 1 }))[0]!.id;
      const [a, b] = [await sqlite.getArticle(seed), await postgres.getArticle(seed)];
      expect({ ...b, ingestedAt: null }).toEqual({ ...a, ingestedAt: null });
      // Which articles took their story up again after a silence moves over too (the North Korean launches have two).
      const ids = (await sqlite.listArticles({ limit: 100 })).map((x) => x.id);
      const revivals = async (store: typeof sqlite | typeof postgres) => (await Promise.all(ids.map((id) => store.getArticle(id)))).filter((x) => x!.revives).map((x) => x!.id);
      expect((await revivals(sqlite)).length).toBe(2);
      expect(await revivals(postgres)).toEqual(await revivals(sqlite));
      await sqlite.close();
      await postgres.close();
    } finally {
      cleanup();
    }
  });
});
