// Replays more of `kabar bench`'s synthetic stream on a copy of a store the bench kept
// (`kabar bench --size N --keep big.db`), timing story assignment and storage per article: how a
// change fares at a store size the bench takes an hour to reach, in a minute or two.
//
//   npx tsx scripts/replay-stream.ts big.db [articles=5000] [warm=2000]
//
// The articles after the store's last are analysed once, on two threads, and kept beside the store
// (big.db.replay-<from>-<n>.jsonl), so that runs differ only in what they time. KABAR_SRC names the
// src/ folder of another checkout to run its code on the same articles (old against new):
//   KABAR_SRC=/tmp/old/src npx tsx scripts/replay-stream.ts big.db
// The machine's noise is some tenths of a millisecond per article: alternate the runs, twice each.
// KABAR_INDEX_BATCH sets the articles filed into the index together; give a count of articles
// that is a multiple of it, so that every run times the same number of filings. Besides the
// writer's clock, it prints every thread's CPU time and the bytes written per article.
// KABAR_MEMORY=N prints this process's memory every N articles (to standard error): resident,
// V8's heap in use and in all, and memory outside it (SQLite's page cache is in none but the first).
// It also prints a SHA-1 of every decision (story, copy, merges), so that a change meant only to be
// faster is seen to decide alike, and where the slowest 1% of articles spent their time against all
// of them (each store call, and the garbage collector's pauses that fell within them).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
// The tooling is this checkout's; what is timed is KABAR_SRC's (by default this checkout's too).
import { copyDatabase, percentile } from '../src/bench/run.js';

const [kept, countArg, warmArg] = process.argv.slice(2);
if (!kept || !existsSync(kept)) {
  console.error('usage: npx tsx scripts/replay-stream.ts <database kept by kabar bench --keep> [articles=5000] [warm=2000]');
  process.exit(2);
}
const count = Number(countArg ?? 5000);
const warm = Number(warmArg ?? 2000);
const src = resolve(process.env.KABAR_SRC ?? new URL('../src', import.meta.url).pathname);
const data = process.env.KABAR_DATA ?? '../shared/data';

const { realCorpus } = await import(`${src}/bench/run.ts`);
const { syntheticStream } = await import(`${src}/bench/synthetic.ts`);
const { openAnalysisPool } = await import(`${src}/analysis/pool.ts`);
const { assignAnalyzed } = await import(`${src}/pipeline.ts`);
const { openSqliteStore } = await import(`${src}/storage/sqlite/sqlite-store.ts`);
const { timeStoreCalls } = await import(`${src}/bench/store-timer.ts`);

// Where the stream resumes: after the stored articles, the last of which must be the stream's.
const probe = new Database(kept, { readonly: true });
const from = probe.prepare('SELECT count(*) FROM articles').pluck().get() as number;
const lastId = probe.prepare('SELECT id FROM articles ORDER BY rowid DESC LIMIT 1').pluck().get() as string;
probe.close();

const cache = `${kept}.replay-${from}-${warm + count}.jsonl`;
if (!existsSync(cache)) {
  const stream = syntheticStream(await realCorpus(data), { size: from + warm + count });
  const next = [];
  let i = 0;
  for (const article of stream) {
    if (i === from - 1 && article.id !== lastId) throw new Error(`${kept} was not built by this stream (its last article is ${lastId}, the stream's ${article.id}): give KABAR_DATA the bench's --data`);
    if (i++ >= from) next.push(article);
  }
  const pool = openAnalysisPool(2);
  const analysed = await Promise.all(next.map((a) => pool.analyze(a)));
  await pool.close();
  writeFileSync(cache, analysed.map((a) => JSON.stringify(a)).join('\n'));
}
const articles = readFileSync(cache, 'utf8').split('\n').map((line) => JSON.parse(line));

const copy = `${kept}.replay.db`;
copyDatabase(kept, copy);
// KABAR_INDEX_BATCH: articles filed into the index together (the store's default otherwise).
const batch = process.env.KABAR_INDEX_BATCH ? { indexBatch: Number(process.env.KABAR_INDEX_BATCH) } : {};
const store = openSqliteStore(copy, { backgroundCheckpoints: true, ...batch });
const calls = timeStoreCalls(store, ['findCandidates', 'storyTerms', 'heldFrequencies', 'featuresSince', 'addArticle']);

/** This thread's CPU time in ms (Linux; null elsewhere): less disturbed by other work than the clock. */
function threadCpuMs(): number | null {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/**
 * Bytes this process has written through system calls (Linux; null elsewhere): the write-ahead log
 * and the checkpoints' copies, which the writer's own clock misses (the checkpoint thread writes
 * them on the other core, beside the bench's analysis).
 */
function bytesWritten(): number | null {
  try {
    return Number(/wchar: (\d+)/.exec(readFileSync('/proc/self/io', 'utf8'))![1]);
  } catch {
    return null;
  }
}

const memoryEvery = Number(process.env.KABAR_MEMORY ?? 0);
const times: number[] = [];
const decisions = createHash('sha1');
/** Each timed article: when it started and ended, and its time in each store call. */
const timed: { start: number; end: number; parts: Record<string, number> }[] = [];
const pauses: { start: number; end: number }[] = [];
const collections = new PerformanceObserver((list) => { for (const e of list.getEntries()) pauses.push({ start: e.startTime, end: e.startTime + e.duration }); });
collections.observe({ entryTypes: ['gc'] });
let cpuAtWarm: number | null = null;
let processCpuAtWarm = process.cpuUsage();
let writtenAtWarm: number | null = null;
for (const [i, article] of articles.entries()) {
  if (i === warm) { calls.take(); cpuAtWarm = threadCpuMs(); processCpuAtWarm = process.cpuUsage(); writtenAtWarm = bytesWritten(); }
  const started = performance.now();
  const { assignment } = await assignAnalyzed(store, article);
  const ended = performance.now();
  decisions.update(`${article.id} ${assignment.storyId} ${assignment.duplicateOf ?? ''} ${(assignment.mergeStories ?? []).join(',')}\n`);
  if (i >= warm) {
    times.push(ended - started);
    timed.push({ start: started, end: ended, parts: calls.take() });
  }
  if (memoryEvery > 0 && (i + 1) % memoryEvery === 0) {
    const m = process.memoryUsage();
    const mb = (x: number) => Math.round(x / 1048576);
    console.error(`${from + i + 1} stored: rss ${mb(m.rss)} MB, heap ${mb(m.heapUsed)} of ${mb(m.heapTotal)} MB, external ${mb(m.external)} MB (array buffers ${mb(m.arrayBuffers)})`);
  }
}
const cpuNow = threadCpuMs();
const processCpu = process.cpuUsage(processCpuAtWarm);
const writtenNow = bytesWritten();
// The pauses are reported after the fact: wait for the last of them.
await new Promise((resolve) => setTimeout(resolve, 200));
collections.disconnect();
const parts: Record<string, number> = {};
for (const t of timed) for (const [k, v] of Object.entries(t.parts)) parts[k] = (parts[k] ?? 0) + v;
await store.close();
for (const suffix of ['', '-wal', '-shm']) rmSync(copy + suffix, { force: true });

const n = times.length;
const sorted = [...times].sort((a, b) => a - b);
const round = (x: number) => Math.round(x * 100) / 100;
console.log(JSON.stringify({
  src, from, articles: n,
  meanMs: round(times.reduce((a, b) => a + b, 0) / n), p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99),
  cpuMsPerArticle: cpuAtWarm === null || cpuNow === null ? null : round((cpuNow - cpuAtWarm) / n),
  // Every thread's: the checkpoint thread's too; and the system's part of it (writing, syncing).
  processCpuMsPerArticle: round((processCpu.user + processCpu.system) / 1000 / n), systemCpuMsPerArticle: round(processCpu.system / 1000 / n),
  writtenKbPerArticle: writtenAtWarm === null || writtenNow === null ? null : Math.round((writtenNow - writtenAtWarm) / 1024 / n),
  perArticleMs: Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, round(v / n)])),
  decisions: decisions.digest('hex'),
  slowestPercent: anatomy([...timed].sort((a, b) => (b.end - b.start) - (a.end - a.start)).slice(0, Math.ceil(n / 100))),
  allArticles: anatomy(timed),
}));

/** Mean ms per article of `some`: in all, in each store call, in collections, and the rest (weighing, the commit). */
function anatomy(some: typeof timed): Record<string, number> {
  const sum: Record<string, number> = { ms: 0, collections: 0 };
  for (const t of some) {
    sum.ms! += t.end - t.start;
    sum.collections! += pauses.reduce((ms, p) => ms + Math.max(0, Math.min(p.end, t.end) - Math.max(p.start, t.start)), 0);
    for (const [k, v] of Object.entries(t.parts)) sum[k] = (sum[k] ?? 0) + v;
  }
  const calls = Object.keys(parts).reduce((ms, k) => ms + (sum[k] ?? 0), 0);
  sum.rest = sum.ms! - calls;
  return Object.fromEntries(Object.entries(sum).map(([k, v]) => [k, round(v / Math.max(some.length, 1))]));
}
