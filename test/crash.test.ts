// What was acknowledged is never lost: kill -9 in the middle of a bulk ingest, then check the
// database and finish the job. And two writers on one database.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { createApp } from '../src/server/app.js';
import { openSqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import { fixture, SEEDS, tempDir } from './helpers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = [...SEEDS, fixture('csv', 'talas-5.csv'), fixture('json', 'giveme-event35.jsonl'), join(ROOT, 'sample')];
const cleanups: (() => void)[] = [];
afterEach(() => { while (cleanups.length) cleanups.pop()!(); });

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  lines: Record<string, unknown>[];
  stderr: string;
}

/** Runs `kabar <args>`; `killAfter` kills it with SIGKILL after that many stored articles. */
function kabar(args: string[], killAfter?: number): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/support/kabar.ts'), ...args], { cwd: ROOT });
    const lines: Record<string, unknown>[] = [];
    let buffer = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line.startsWith('{"event"')) lines.push(JSON.parse(line));
        if (killAfter !== undefined && lines.filter((l) => l.event === 'ingested').length >= killAfter) child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.on('close', (code, signal) => resolve({ code, signal, lines, stderr }));
  });
}

function freshDb(): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  return join(dir, 'kabar.db');
}

function check(path: string) {
  const db = new Database(path, { readonly: true });
  const integrity = db.pragma('integrity_check', { simple: true });
  const ids = new Set((db.prepare('SELECT id FROM articles').pluck().all() as string[]));
  const inconsistent = db.prepare(`SELECT s.id FROM stories s WHERE s.article_count != (SELECT count(*) FROM articles a WHERE a.story_id = s.id)
    UNION ALL SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = a.story_id)`).pluck().all();
  db.close();
  return { integrity, ids, inconsistent };
}

describe('crash safety', () => {
  it('keeps every acknowledged article after kill -9, and a re-run finishes the job', async () => {
    const complete = freshDb();
    const full = await kabar(['--db', complete, 'ingest', '--events', ...CORPUS]);
    expect(full.code).toBe(0);
    const total = check(complete).ids.size;

    const path = freshDb();
    const killed = await kabar(['--db', path, 'ingest', '--events', ...CORPUS], 10);
    expect(killed.signal).toBe('SIGKILL');
    const acknowledged = killed.lines.filter((l) => l.event === 'ingested').map((l) => l.id as string);
    expect(acknowledged.length).toBeGreaterThanOrEqual(10);
    const after = check(path);
    expect(after.integrity).toBe('ok');
    expect(acknowledged.filter((id) => !after.ids.has(id))).toEqual([]);
    expect(after.inconsistent).toEqual([]);

    const rerun = await kabar(['--db', path, 'ingest', '--events', ...CORPUS]);
    expect(rerun.code).toBe(0);
    const finished = check(path);
    expect(finished.ids.size).toBe(total);
    expect(finished.inconsistent).toEqual([]);
    expect(rerun.lines.filter((l) => l.event === 'duplicate').length).toBeGreaterThanOrEqual(acknowledged.length);
  }, 120_000);
});

describe('concurrency', () => {
  it('lets two ingest processes write one database without failing or corrupting it', async () => {
    const path = freshDb();
    const [a, b] = await Promise.all([kabar(['--db', path, 'ingest', '--events', ...CORPUS]), kabar(['--db', path, 'ingest', '--events', ...[...CORPUS].reverse()])]);
    expect([a.code, b.code, a.stderr, b.stderr], `exit codes and stderr of the two writers`).toEqual([0, 0, '', '']);
    const result = check(path);
    expect(result.integrity).toBe('ok');
    expect(result.inconsistent).toEqual([]);
    const stored = (l: Run) => l.lines.filter((x) => x.event === 'ingested').length;
    expect(stored(a) + stored(b)).toBe(result.ids.size);
  }, 120_000);

  it('serves reads while another process ingests', async () => {
    const path = freshDb();
    const store = openSqliteStore(path);
    const unlimited = { perMinute: 1e9, burst: 1e9 };
    const app = createApp(store, { rateLimit: { reads: unlimited, writes: unlimited } });
    const ingest = kabar(['--db', path, 'ingest', ...CORPUS]);
    const statuses: number[] = [];
    let done = false;
    void ingest.then(() => { done = true; });
    while (!done) {
      for (const url of ['/api/stories', '/api/search?q=korea', '/']) statuses.push((await app.request(url)).status);
      await new Promise((r) => setTimeout(r, 20));
    }
    expect((await ingest).code).toBe(0);
    expect(statuses.length).toBeGreaterThan(3);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    await store.close();
  }, 120_000);
});
