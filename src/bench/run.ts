// `kabar bench`: throughput of the whole pipeline on real corpora replayed in order, a synthetic
// stream at growing store sizes (assignment latency, memory, bytes per article), and the
// scikit-learn peer on the same articles when it is installed.

import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticle, emptyStageTimes, type StageTimes } from '../analysis/index.js';
import { warmUpAnalysis } from '../analysis/warm-up.js';
import type { Article } from '../article.js';
import { AHEAD_PER_THREAD, assignAnalyzed, FILE_INGEST_BATCH, ingestArticle } from '../pipeline.js';
import { openAnalysisPool } from '../analysis/pool.js';
import { mapAhead } from '../read-ahead.js';
import { readSources } from '../sources/index.js';
import { openSqliteStore } from '../storage/sqlite/sqlite-store.js';
import { syntheticStream } from './synthetic.js';
import { timeStoreCalls } from './store-timer.js';
import { timeReads, type ReadTiming } from './reads.js';
import { queryTerms } from '../stories/assign.js';
import { SAMPLE_DIR } from '../queries.js';
import { bcubed, type PRF } from '../eval/metrics.js';
import { timeLargestInputs, type LargestInputTiming } from './largest-inputs.js';
import { MAX_TEXT_CHARS } from '../sources/record.js';
import { checkTargets, type TargetCheck } from './targets.js';

export interface BenchOptions {
  dataDir: string;
  /** Articles in the synthetic stream. */
  size: number;
  /** Threads that analyse ahead (0: analysis in the thread that stores). */
  threads: number;
  /** Where to keep the database the synthetic stream built (scripts/replay-stream.ts replays more of the stream on a copy). */
  keepStore?: string;
  onProgress?: (message: string) => void;
  /** How often the synthetic stream says how far it got between its marks (ms; a million articles take hours). */
  progressEveryMs?: number;
  /** Characters of the largest inputs analysed (default MAX_TEXT_CHARS, the most an article may hold). */
  largestChars?: number;
}

/** Assignment latency at a store size, and where the time of the articles since the last checkpoint went. */
export interface Checkpoint {
  stored: number;
  p50ms: number;
  p99ms: number;
  maxMs: number;
  /** The process's resident memory at this mark (its threads' included), and the most it has held so far: how memory grows with the store. */
  rssMb: number;
  peakRssMb: number;
  /** Mean ms per article: finding candidates, reading centroid members, document frequencies, storing the article, and the rest (weighing candidates, the commit). */
  perArticleMs: { candidates: number; centroids: number; frequencies: number; storing: number; rest: number };
}

export interface BenchReport {
  suite: 'bench';
  node: string;
  /** `corpus`: `shared` (news-id-talas-2024 and stories-en-giveme5w1h) or `sample` (the bundled corpus, when the shared data is not found). */
  real: {
    corpus: 'shared' | 'sample'; articles: number; seconds: number; articlesPerSecond: number; analysisShare: number; meanBytes: number;
    /** Milliseconds the process took to load what analysis reads (warm-up.ts), before the articles and not counted in their time. */
    startupMs: number;
    /** Mean ms per article in each analysis stage: where analysis goes. */
    analysisStagesMs: StageTimes;
  };
  /** The corpus files through `kabar ingest` in a process of its own: transactions of FILE_INGEST_BATCH articles, analysis on `threads` threads. */
  ingest: { articles: number; seconds: number; articlesPerSecond: number; threads: number; batch: number };
  scale: {
    size: number; threads: number; seconds: number; articlesPerSecond: number; checkpoints: Checkpoint[]; peakRssMb: number; dbBytesPerArticle: number;
    /** The stories found against those the stream was built with: a slow run that files everything in one story is no benchmark. */
    stories: { found: number; built: number; bcubed: PRF };
    /** Listings and pages on the store the stream built (reads.ts). */
    reads: ReadTiming[];
  };
  peer: { available: boolean; articles?: number; secondsPerRun?: number; kabarSecondsForSameArticles?: number; ratio?: number; note?: string };
  /** The longest real article in the worst shapes of scraped text, at the largest size accepted, each analysed once. */
  largest: LargestInputTiming[];
  /** The figures above against Kabar's targets (targets.ts). */
  targets: TargetCheck[];
}

async function readAll(paths: string[]): Promise<Article[]> {
  const out: Article[] = [];
  for await (const item of readSources(paths)) if (item.ok) out.push(item.value);
  return out;
}

/** Copies a closed SQLite database, with its write-ahead log should one be left, to `to`. */
export function copyDatabase(from: string, to: string): void {
  rmSync(`${to}-wal`, { force: true });
  rmSync(`${to}-shm`, { force: true });
  copyFileSync(from, to);
  if (existsSync(`${from}-wal`)) copyFileSync(`${from}-wal`, `${to}-wal`);
}

/** Says how far the stream got, how fast since it last said so, and how long the rest will take at that pace. */
function sayProgress(say: (message: string) => void, last: { at: number; stored: number }, stored: number, size: number): { at: number; stored: number } {
  const now = performance.now();
  const rate = ((stored - last.stored) * 1000) / Math.max(now - last.at, 1);
  const left = (size - stored) / rate;
  const eta = left >= 3600 ? `${Math.floor(left / 3600)} h ${Math.round((left % 3600) / 60)} min` : left >= 60 ? `${Math.round(left / 60)} min` : `${Math.ceil(left)} s`;
  say(`  ${stored} of ${size} stored, ${Math.round(rate)} articles/s since the last line, RSS ${Math.round(process.memoryUsage.rss() / 1048576)} MB; about ${eta} to go at that pace`);
  return { at: now, stored };
}

/** The `p`th percentile of ascending `sorted`, to two decimals. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 100) / 100;
}

/** The files of the real corpora in `dataDir`, or of the sample corpus when they are missing. */
function corpusFiles(dataDir: string): string[] {
  const corpora = [join(dataDir, 'news-id-talas-2024'), join(dataDir, 'stories-en-giveme5w1h', 'articles.jsonl')].filter(existsSync);
  return corpora.length ? corpora : [SAMPLE_DIR];
}

/** The real corpora of `dataDir` (the sample corpus when they are missing), in publication order. */
export async function realCorpus(dataDir: string): Promise<Article[]> {
  const real = await readAll(corpusFiles(dataDir));
  return real.sort((a, b) => (a.publishedAt ?? '\uffff').localeCompare(b.publishedAt ?? '\uffff'));
}

export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const say = options.onProgress ?? (() => {});
  const real = await realCorpus(options.dataDir);
  const dir = mkdtempSync(join(tmpdir(), 'kabar-bench-'));
  try {
    // 1. The real corpora, replayed in publication order through the whole pipeline.
    const sample = corpusFiles(options.dataDir)[0] === SAMPLE_DIR;
    // Said, not only shown in the count: the synthetic stream is built from these articles too, and from 41 it is no benchmark.
    say(sample
      ? `real corpora: not found in ${options.dataDir} (give --data <dir>); using the sample corpus, ${real.length} articles, for both runs`
      : `real corpora: ${real.length} articles`);
    let store = openSqliteStore(join(dir, 'real.db'), { backgroundCheckpoints: true });
    // Loaded first, as a server or an ingest thread does on start: a throughput, not a start-up, is measured.
    const startupMs = (await warmUpAnalysis()).milliseconds;
    // Analysis and the rest (assignment, storage) timed apart, each article analysed once.
    let analysisMs = 0;
    const stages = emptyStageTimes();
    const t1 = performance.now();
    for (const article of real) {
      const a = performance.now();
      const analyzed = await analyzeArticle(article, stages);
      analysisMs += performance.now() - a;
      await assignAnalyzed(store, analyzed);
    }
    const whole = (performance.now() - t1) / 1000;
    await store.close();

    // 1b. The corpus files given to `kabar ingest` in a process of its own, as a user runs it (batched commits,
    // analysis on threads beside the store's): in this process the analysis caches are warm from the run above.
    say(`real corpora through kabar ingest: batches of ${FILE_INGEST_BATCH}, analysis on ${options.threads} thread(s)`);
    const ingest = ingestProcess(corpusFiles(options.dataDir), join(dir, 'ingest.db'), options.threads);
    const meanBytes = Math.round(real.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / real.length);

    // 2. The synthetic stream: assignment latency (everything after analysis) at growing sizes.
    say(`synthetic stream: ${options.size} articles`);
    store = openSqliteStore(join(dir, 'scale.db'), { backgroundCheckpoints: true });
    const marks = [1_000, 10_000, 100_000, 1_000_000].filter((m) => m <= options.size);
    if (!marks.includes(options.size)) marks.push(options.size);
    const checkpoints: BenchReport['scale']['checkpoints'] = [];
    let window: number[] = [];
    const t2 = performance.now();
    let stored = 0;
    // Each article's story as assigned (numbered: a million id strings would weigh in the peak RSS reported), and the
    // story the stream built it for.
    const storyNumbers = new Map<string, number>();
    const assigned: number[] = [];
    const built: unknown[] = [];
    let firstAnalysed: { terms: Record<string, number> } | undefined;
    const calls = timeStoreCalls(store, ['findCandidates', 'storyTerms', 'heldFrequencies', 'featuresSince', 'addArticle']);
    let spanMs = 0;
    let spanArticles = 0;
    const progressEvery = options.progressEveryMs ?? 60_000;
    let said = { at: performance.now(), stored: 0 };
    const pool = options.threads > 0 ? openAnalysisPool(options.threads) : null;
    const analyzedStream = mapAhead(syntheticStream(real, { size: options.size }), (article) => (pool ? pool.analyze(article) : analyzeArticle(article)), pool ? options.threads * AHEAD_PER_THREAD : 1);
    for await (const analyzed of analyzedStream) {
      const a = performance.now();
      const { assignment } = await assignAnalyzed(store, analyzed);
      const ms = performance.now() - a;
      window.push(ms);
      spanMs += ms;
      spanArticles++;
      firstAnalysed ??= analyzed;
      let story = storyNumbers.get(assignment.storyId);
      if (story === undefined) storyNumbers.set(assignment.storyId, (story = storyNumbers.size));
      assigned.push(story);
      built.push(analyzed.metadata['story']);
      stored++;
      if (window.length > 1000) window.shift();
      if (marks.includes(stored)) {
        const sorted = [...window].sort((x, y) => x - y);
        // The slowest too: filing the index tail (every 2,000 articles) is rarer than one in a hundred.
        const max = percentile(sorted, 100);
        const t = calls.take();
        const per = (x: number) => Math.round((x / spanArticles) * 100) / 100;
        const storing = t['addArticle']! + t['featuresSince']!;
        const perArticleMs = {
          candidates: per(t['findCandidates']!), centroids: per(t['storyTerms']!), frequencies: per(t['heldFrequencies']!), storing: per(storing),
          rest: per(spanMs - t['findCandidates']! - t['storyTerms']! - t['heldFrequencies']! - storing),
        };
        const rssMb = Math.round(process.memoryUsage.rss() / 1048576);
        const peakRssMb = peakRss();
        checkpoints.push({ stored, p50ms: percentile(sorted, 50), p99ms: percentile(sorted, 99), maxMs: max, rssMb, peakRssMb, perArticleMs });
        say(`  ${stored} stored: assignment p50 ${percentile(sorted, 50)} ms, p99 ${percentile(sorted, 99)} ms, slowest ${max} ms, RSS ${rssMb} MB (peak ${peakRssMb})`);
        window = [];
        spanMs = 0;
        spanArticles = 0;
      } else if (performance.now() - said.at >= progressEvery) {
        said = sayProgress(say, said, stored, options.size);
      }
    }
    const scaleSeconds = (performance.now() - t2) / 1000;
    await pool?.close();
    const count = await store.countArticles();
    // Stories merged since an article was assigned are followed to the one that absorbed them.
    const finalId: string[] = [];
    for (const [id, n] of storyNumbers) finalId[n] = (await store.getStory(id))?.id ?? id;
    const found = assigned.map((n) => finalId[n]!);
    // A search for the first stream article's two most frequent stems: words the stream's stories share.
    const reads = await timeReads(store, queryTerms(firstAnalysed ?? { terms: {} }, 2).map((t) => [t]));
    await store.close();
    const bytes = ['scale.db', 'scale.db-wal'].map((f) => join(dir, f)).filter(existsSync).reduce((n, f) => n + statSync(f).size, 0);
    if (options.keepStore) {
      // The figures of the run count more than the copy: a failure to keep it is said, not thrown.
      try {
        copyDatabase(join(dir, 'scale.db'), options.keepStore);
      } catch (error) {
        say(`could not keep the stream's database at ${options.keepStore}: ${(error as Error).message}`);
      }
    }

    // 3. The largest bodies accepted, in the worst shapes scraped text takes.
    const longest = real.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    say(`largest inputs: the longest real article (${longest.text.length} characters) in five shapes, at ${options.largestChars ?? MAX_TEXT_CHARS} characters`);
    const largest = await timeLargestInputs(longest, options.largestChars);

    // 4. The peer: scikit-learn TF-IDF with single-pass and agglomerative clustering, same English articles.
    const peer = runPeer(options.dataDir);
    let kabarSame: number | undefined;
    if (peer.available && peer.articles) {
      const english = await readAll([join(options.dataDir, 'stories-en-giveme5w1h', 'articles.jsonl')]);
      const s = openSqliteStore(join(dir, 'peer.db'), { backgroundCheckpoints: true });
      const t3 = performance.now();
      for (const article of english) await ingestArticle(s, article);
      kabarSame = (performance.now() - t3) / 1000;
      await s.close();
    }
    const report: Omit<BenchReport, 'targets'> = {
      suite: 'bench',
      node: process.version,
      real: {
        corpus: sample ? 'sample' : 'shared',
        articles: real.length,
        seconds: round(whole),
        articlesPerSecond: round(real.length / whole),
        analysisShare: round(analysisMs / 1000 / whole),
        meanBytes,
        startupMs: round(startupMs),
        analysisStagesMs: Object.fromEntries(Object.entries(stages).map(([stage, ms]) => [stage, round(ms / real.length)])) as StageTimes,
      },
      ingest: { ...ingest, threads: options.threads, batch: FILE_INGEST_BATCH },
      scale: {
        size: options.size, threads: options.threads, seconds: round(scaleSeconds), articlesPerSecond: round(options.size / scaleSeconds), checkpoints,
        peakRssMb: peakRss(), dbBytesPerArticle: Math.round(bytes / count),
        stories: { found: new Set(found).size, built: new Set(built).size, bcubed: bcubed(found, built) },
        reads,
      },
      peer: peer.available && kabarSame !== undefined
        ? { ...peer, kabarSecondsForSameArticles: round(kabarSame), ratio: round(kabarSame / peer.secondsPerRun!) }
        : peer,
      largest,
    };
    return { ...report, targets: checkTargets(report) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const KABAR_BIN = fileURLToPath(new URL('../../bin/kabar.js', import.meta.url));

/** `kabar ingest` of `files` into a new database, in a process of its own; its own count and time. */
function ingestProcess(files: string[], db: string, threads: number): { articles: number; seconds: number; articlesPerSecond: number } {
  const out = execFileSync(process.execPath, [KABAR_BIN, '--db', db, '--json', 'ingest', '--threads', String(threads), ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const summary = JSON.parse(out) as { ingested: number; seconds: number };
  return { articles: summary.ingested, seconds: summary.seconds, articlesPerSecond: round(summary.ingested / summary.seconds) };
}

function runPeer(dataDir: string): BenchReport['peer'] {
  const script = join(dataDir, '..', 'tools', 'story_clustering_peer.py');
  const input = join(dataDir, 'stories-en-giveme5w1h', 'articles.jsonl');
  if (!existsSync(script) || !existsSync(input)) return { available: false, note: 'peer script or data not found' };
  const probe = spawnSync('/usr/bin/python3', ['-c', 'import sklearn'], { encoding: 'utf8' });
  if (probe.status !== 0) return { available: false, note: 'python3-sklearn is not installed (apt-get install python3-sklearn)' };
  const t = performance.now();
  const out = execFileSync('/usr/bin/python3', [script, input], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  const seconds = (performance.now() - t) / 1000;
  const runs = out.split('\n').filter((l) => /^(online|agglo)/.test(l)).length || 1;
  const articles = Number(/docs=(\d+)/.exec(out)?.[1] ?? 0);
  return { available: true, articles, secondsPerRun: round(seconds / runs), note: `whole script ${round(seconds)} s for ${runs} clusterings (TF-IDF once); per run = whole / runs` };
}

/** The most resident memory this process (its threads included) has held, in MB. */
function peakRss(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
