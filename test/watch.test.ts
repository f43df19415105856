// Watching feeds and folders: each round ingests only what is new, and an unchanged feed is
// answered 304 because Kabar sends back the validators of its last answer.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore, type SqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import { parseInterval, watchInputs, type WatchRound } from '../src/watch.js';
import { fixture, runCli, SEEDS, tempDir } from './helpers.js';

/** The Tempo feed with its last item cut, as the feed was before that article was published. */
const FULL_FEED = readFileSync(fixture('feeds', 'tempo-nasional.rss'), 'utf8');
const EARLIER_FEED = FULL_FEED.replace(/\s*<item>(?:(?!<item>)[\s\S])*?<\/item>(\s*<\/channel>)/, '$1');

describe('watching inputs', () => {
  let server: Server;
  let feedUrl: string;
  let feed = EARLIER_FEED;
  const requests: IncomingHttpHeaders[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.headers);
      const etag = `"${createHash('sha1').update(feed).digest('hex').slice(0, 12)}"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag });
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag });
      res.end(feed);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/nasional/rss`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('asks for a feed again with its validators and ingests only the items that are new', async () => {
    expect(EARLIER_FEED.match(/<item>/g)).toHaveLength(2);
    const tmp = tempDir();
    const store = openSqliteStore(join(tmp.dir, 'kabar.db'));
    requests.length = 0;
    feed = EARLIER_FEED;
    const rounds: WatchRound[] = [];
    try {
      const totals = await watchInputs(store, [feedUrl], {
        everyMs: 0, rounds: 3, read: { fetch: { allowPrivate: true } },
        onRound: (round) => {
          rounds.push(round);
          if (round.round === 2) feed = FULL_FEED; // Tempo publishes the third article
        },
      });
      expect(rounds.map((r) => [r.summary.ingested, r.summary.duplicates, r.unchanged.length])).toEqual([[2, 0, 0], [0, 0, 1], [1, 2, 0]]);
      expect(rounds[1]!.unchanged).toEqual([feedUrl]);
      expect(requests[0]!['if-none-match']).toBeUndefined();
      expect(requests[1]!['if-none-match']).toMatch(/^"[0-9a-f]{12}"$/);
      expect(totals).toMatchObject({ rounds: 3, ingested: 3, duplicates: 2, rejected: 0 });
      const titles = (await store.listArticles({ limit: 10 })).map((a) => a.title);
      expect(titles).toContain('Habiburokhman Gerindra Prediksi Pilgub Jakarta 2024 akan Penuh Kejutan');
      expect(titles).toHaveLength(3);
    } finally {
      await store.close();
      tmp.cleanup();
    }
  });

  it('picks up files dropped into a watched folder, and stops when aborted between rounds', async () => {
    const { inbox, store, cleanup } = watchedInbox({ 'a.txt': SEEDS[0]! });
    const stop = new AbortController();
    const seen: number[][] = [];
    try {
      const started = Date.now();
      const totals = await watchInputs(store, [inbox], {
        everyMs: 60_000, signal: stop.signal,
        onRound: (round) => {
          seen.push([round.summary.ingested, round.summary.duplicates]);
          if (round.round === 1) {
            copyFileSync(SEEDS[1]!, join(inbox, 'b.txt'));
            // The next round would come in a minute: Ctrl-C during the wait ends the watch at once.
            setTimeout(() => stop.abort(), 50);
          }
        },
      });
      expect(Date.now() - started).toBeLessThan(30_000);
      expect(totals.rounds).toBe(1);
      expect(seen).toEqual([[1, 0]]);
      // The dropped file waits for the next watch; one more round takes it.
      const again = await watchInputs(store, [inbox], { everyMs: 0, rounds: 1 });
      expect(again).toMatchObject({ ingested: 1, duplicates: 1 });
      const stories = await store.listStories();
      expect(stories[0]!.articleCount).toBe(2); // the two seeds, one story
    } finally {
      await cleanup();
    }
  });

  it('reads again only the files of a watched folder that changed since the round that read them', async () => {
    const { inbox, store, cleanup } = watchedInbox({ 'a.txt': SEEDS[0]! });
    writeFileSync(join(inbox, 'broken.jsonl'), '{"title": "Tanpa penutup", "text": "kurung kurawal');
    const rounds: [ingested: number, duplicates: number, rejected: number, unchangedFiles: number][] = [];
    try {
      await watchInputs(store, [inbox], {
        everyMs: 0, rounds: 3,
        onRound: (round) => {
          rounds.push([round.summary.ingested, round.summary.duplicates, round.summary.rejected.length, round.unchangedFiles]);
          // A second report is dropped in; then the first file is written again (same article, a later time).
          if (round.round === 1) copyFileSync(SEEDS[1]!, join(inbox, 'b.txt'));
          if (round.round === 2) utimesSync(join(inbox, 'a.txt'), new Date(), new Date(Date.now() + 5_000));
        },
      });
      // Round 1 reads both files (the broken one is refused once, not every round); round 2 only the new
      // file; round 3 only the one written again, whose article is known.
      expect(rounds).toEqual([[1, 0, 1, 0], [1, 0, 0, 2], [0, 1, 0, 2]]);
    } finally {
      await cleanup();
    }
  });

  it('forgets a file removed from a watched folder: it is no longer counted as unchanged', async () => {
    const { inbox, store, cleanup } = watchedInbox({ 'a.txt': SEEDS[0]!, 'b.txt': SEEDS[1]! });
    const unchangedFiles: number[] = [];
    try {
      await watchInputs(store, [inbox], {
        everyMs: 0, rounds: 3,
        onRound: (round) => {
          unchangedFiles.push(round.unchangedFiles);
          if (round.round === 1) rmSync(join(inbox, 'b.txt'));
        },
      });
      expect(unchangedFiles).toEqual([0, 1, 1]);
    } finally {
      await cleanup();
    }
  });

  it('reads intervals and refuses what cannot be watched, from the command line', async () => {
    expect(parseInterval('90s')).toBe(90_000);
    expect(parseInterval('5m')).toBe(300_000);
    expect(parseInterval('1h')).toBe(3_600_000);
    expect(parseInterval('30')).toBe(30_000);
    expect(() => parseInterval('soon')).toThrow(/30s, 5m or 1h, not 'soon'/);
    expect(() => parseInterval('200ms')).toThrow(/at least 1s/);
    const tmp = tempDir();
    try {
      const db = join(tmp.dir, 'kabar.db');
      const stdin = await runCli(['--db', db, 'ingest', '--watch', '1m', '-'], { stdin: 'x' });
      expect(stdin.code).toBe(1);
      expect(stdin.stderr).toContain('standard input (-) cannot be watched');
      const rounds = await runCli(['--db', db, 'ingest', '--rounds', '2', SEEDS[0]!]);
      expect(rounds.code).toBe(1);
      expect(rounds.stderr).toContain('--rounds is for --watch');
      const run = await runCli(['--db', db, '--json', 'ingest', '--watch', '1s', '--rounds', '2', ...SEEDS]);
      expect(run.code).toBe(0);
      const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
      // Round 2 finds the two seed files as round 1 left them, and reads neither.
      expect(lines.map((l) => [l.event, l.round ?? null, l.ingested, l.duplicates, l.unchangedFiles ?? null]))
        .toEqual([['round', 1, 2, 0, 0], ['round', 2, 0, 0, 2], ['stopped', null, 2, 0, null]]);
    } finally {
      tmp.cleanup();
    }
  });
});

/** A fresh folder to watch holding `files` (its name → the file copied there), and a store beside it. */
function watchedInbox(files: Record<string, string>): { inbox: string; store: SqliteStore; cleanup: () => Promise<void> } {
  const tmp = tempDir();
  const inbox = join(tmp.dir, 'inbox');
  mkdirSync(inbox);
  for (const [name, from] of Object.entries(files)) copyFileSync(from, join(inbox, name));
  const store = openSqliteStore(join(tmp.dir, 'kabar.db'));
  return { inbox, store, cleanup: async () => { await store.close(); tmp.cleanup(); } };
}
