// `kabar bench --db postgres://…`: the real corpora through the PostgreSQL queue with 1, 2, …
// worker processes, each run in a database of its own (created on the server, dropped after).
// Throughput is counted from the first job done to the last, so that worker start-up (loading
// the models) is reported apart.

import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Article } from '../article.js';
import { bcubed } from '../eval/metrics.js';
import { openQueue, queueSettings } from '../queue/queue.js';
import { openPgStore, redactUrl } from '../storage/postgres/pg-store.js';

export interface WorkerRun {
  workers: number;
  articles: number;
  /** From starting the workers to the last one exiting. */
  wallSeconds: number;
  /** Jobs done per second between the first and the last completion. */
  articlesPerSecond: number;
  stories: number;
  /** B-cubed F1 of this run's stories against the first run's (1.0: the same partition). */
  agreementWithFirst: number;
}

const KABAR_BIN = fileURLToPath(new URL('../../bin/kabar.js', import.meta.url));

/** Runs the corpus through the queue once per entry of `workerCounts`. */
export async function benchWorkers(serverUrl: string, articles: Article[], workerCounts: number[], say: (m: string) => void): Promise<WorkerRun[]> {
  const runs: WorkerRun[] = [];
  let first: Map<string, string> | null = null;
  for (const n of workerCounts) {
    const database = await createDatabase(serverUrl);
    try {
      say(`PostgreSQL, ${n} worker${n > 1 ? 's' : ''}: queueing ${articles.length} articles in ${redactUrl(database.url)}`);
      const queue = await openQueue(database.url, queueSettings({}));
      for (let i = 0; i < articles.length; i += 500) await queue.enqueue(articles.slice(i, i + 500).map((article) => ({ kind: 'article', article })));
      await queue.close();
      const started = performance.now();
      const completions: number[] = [];
      await Promise.all(Array.from({ length: n }, () => runWorkerProcess(database.url, () => completions.push(performance.now()))));
      const wallSeconds = (performance.now() - started) / 1000;
      completions.sort((a, b) => a - b);
      const span = (completions[completions.length - 1]! - completions[0]!) / 1000;
      const store = await openPgStore(database.url);
      const partition = new Map<string, string>();
      for await (const a of store.exportArticles()) partition.set(a.id, a.storyId);
      await store.close();
      if (partition.size !== articles.length) throw new Error(`${n} workers stored ${partition.size} of ${articles.length} articles`);
      first ??= partition;
      const ids = [...first.keys()];
      const agreement = bcubed(ids.map((id) => partition.get(id)), ids.map((id) => first!.get(id)));
      const run: WorkerRun = {
        workers: n, articles: articles.length, wallSeconds: round(wallSeconds),
        articlesPerSecond: round((completions.length - 1) / Math.max(span, 0.001)),
        stories: new Set(partition.values()).size, agreementWithFirst: round(agreement.f1),
      };
      say(`  ${run.articlesPerSecond} articles/s, ${run.wallSeconds} s in all, ${run.stories} stories`);
      runs.push(run);
    } finally {
      await database.drop();
    }
  }
  return runs;
}

function runWorkerProcess(url: string, onCompleted: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [KABAR_BIN, '--db', url, 'worker', '--exit-when-idle', '--events', '--poll-ms', '100'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let buffer = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        if (buffer.startsWith('{"event":"completed"')) onCompleted();
        buffer = buffer.slice(nl + 1);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`a worker exited with ${code}: ${stderr.slice(-500)}`))));
  });
}

/** A fresh database beside the one `serverUrl` names (its role must be allowed to create databases). */
async function createDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `kabar_bench_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string): Promise<void> => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try { await client.query(sql); } finally { await client.end(); }
  };
  try {
    await admin(`CREATE DATABASE ${name}`);
  } catch (error) {
    throw new Error(`${redactUrl(serverUrl)}: the benchmark needs to create a scratch database: ${(error as Error).message}`);
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
