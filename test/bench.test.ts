// The benchmark's synthetic stream (timings are reported by `kabar bench`, never asserted).
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/article.js';
import { syntheticStream } from '../src/bench/synthetic.js';
import { realCorpus, runBench, type Checkpoint } from '../src/bench/run.js';
import { checkTargets, latencyGrowth } from '../src/bench/targets.js';
import { readSources } from '../src/sources/index.js';
import { fixture, SEEDS, tempDir } from './helpers.js';

describe('synthetic stream', () => {
  it('recombines real articles into stories with syndicated copies, the same for the same seed', async () => {
    const real: Article[] = [];
    for await (const item of readSources([...SEEDS, fixture('csv', 'talas-5.csv')])) if (item.ok) real.push(item.value);
    const first = [...syntheticStream(real, { size: 200, seed: 7 })];
    const again = [...syntheticStream(real, { size: 200, seed: 7 })];
    expect(first.map((a) => a.id)).toEqual(again.map((a) => a.id));
    expect(new Set(first.map((a) => a.id)).size).toBe(200);
    const copies = first.filter((a) => a.url?.startsWith('https://copy.example/')).length;
    expect(copies).toBeGreaterThan(5);
    expect(copies).toBeLessThan(50);
    expect(first.every((a, i) => i === 0 || a.publishedAt! > first[i - 1]!.publishedAt!)).toBe(true);
  });

  it('respells each story cut from a template its own way, the same throughout the story', async () => {
    const real: Article[] = [];
    for await (const item of readSources([...SEEDS, fixture('csv', 'talas-5.csv')])) if (item.ok) real.push(item.value);
    const stream = [...syntheticStream(real, { size: 300, seed: 3 })].filter((a) => !a.url?.startsWith('https://copy.example/'));
    const titles = new Map<unknown, Set<string>>();
    for (const a of stream) titles.set(a.metadata['story'], (titles.get(a.metadata['story']) ?? new Set()).add(a.title));
    // One title per story; seven templates, many more stories, nearly all with titles of their own.
    expect([...titles.values()].every((t) => t.size === 1)).toBe(true);
    const distinct = new Set([...titles.values()].map((t) => [...t][0]!));
    expect(titles.size).toBeGreaterThan(20);
    expect(distinct.size).toBeGreaterThan(titles.size * 0.9);
    // Respelled, not garbled: the seed's title keeps some of its words, in their case.
    const seedTitle = 'NATO Konfirmasi Korut Mengirim Pasukan ke Rusia, Biden: Sangat Berbahaya';
    const fromSeed = [...distinct].filter((t) => t.split(' ').length === seedTitle.split(' ').length && t.includes(' ke '));
    expect(fromSeed.length).toBeGreaterThan(0);
    for (const t of fromSeed) expect(t).not.toBe(seedTitle);
  });
});

describe('kabar bench', () => {
  it('runs on the sample corpus when the shared data is missing, with analysis on a thread', async () => {
    const { dir, cleanup } = tempDir();
    const said: string[] = [];
    const report = await runBench({ dataDir: '/nonexistent', size: 60, threads: 1, keepStore: join(dir, 'kept.db'), onProgress: (m) => said.push(m), progressEveryMs: 0, largestChars: 20_000 });
    // The sample corpus: 39 articles of the two corpora and the two seeds.
    expect(report.real).toMatchObject({ corpus: 'sample', articles: 41 });
    // Where analysis goes: every stage timed, in the order they run; entities and quotes take time on any article.
    expect(Object.keys(report.real.analysisStagesMs)).toEqual(['language', 'sentences', 'dates', 'entities', 'terms', 'numbers', 'quotes', 'fingerprint']);
    expect(report.real.analysisStagesMs.entities).toBeGreaterThan(0);
    expect(report.real.analysisStagesMs.quotes).toBeGreaterThan(0);
    expect(Math.min(...Object.values(report.real.analysisStagesMs))).toBeGreaterThanOrEqual(0);
    expect(report.ingest).toMatchObject({ articles: 41, threads: 1, batch: 32 });
    expect(report.scale).toMatchObject({ size: 60, threads: 1 });
    expect(report.scale.checkpoints.map((c) => c.stored)).toEqual([60]);
    // Between its marks the stream says how far it got and how long the rest will take: here after every article but the last.
    const progress = said.map((m) => /^ {2}(\d+) of 60 stored, \d+ articles\/s since the last line, RSS \d+ MB; about (?:\d+ h )?\d+ (?:min|s) to go at that pace$/.exec(m)?.[1]).filter(Boolean);
    expect(progress.map(Number)).toEqual(Array.from({ length: 59 }, (_, i) => i + 1));
    // Where the time went: every part measured, none negative.
    const [mark] = report.scale.checkpoints;
    const parts = Object.values(mark!.perArticleMs);
    expect(parts).toHaveLength(5);
    expect(mark!.perArticleMs.candidates).toBeGreaterThan(0);
    expect(mark!.perArticleMs.storing).toBeGreaterThan(0);
    expect(Math.min(...parts)).toBeGreaterThanOrEqual(0);
    // Memory at the mark: this process's, threads and all, and never more than the most it has held.
    expect(mark!.rssMb).toBeGreaterThan(50);
    expect(mark!.peakRssMb).toBeGreaterThanOrEqual(mark!.rssMb - 1);
    expect(report.scale.peakRssMb).toBeGreaterThanOrEqual(mark!.peakRssMb);
    expect(report.scale.dbBytesPerArticle).toBeGreaterThan(1000);
    expect(report.peer.available).toBe(false);
    // Against the targets: only the throughput is measured by a stream of 60 without the peer; the rest say why not.
    expect(report.targets.map((t) => t.met === null)).toEqual([false, true, true, true, true]);
    expect(report.targets[1]!.measured).toBe('not measured: a stream of 60 articles (kabar bench --size 1000000 measures it)');
    expect(report.targets[4]!.measured).toMatch(/^not measured: peer script or data not found$/);
    // The longest sample article in five shapes at the size asked, each analysed whole: the attributed quotations all found.
    expect(report.largest.map((l) => l.input)).toEqual(['paragraphs of a real article, repeated', 'the same with its paragraph breaks lost', 'the same in lower case', 'quotations glued to the sentence before', 'quotations one after another, each attributed']);
    for (const l of report.largest) {
      expect(l.chars).toBeGreaterThan(19_000);
      expect(l.chars).toBeLessThanOrEqual(20_000);
      expect(l.sentences).toBeGreaterThan(100);
    }
    expect(report.largest[4]!.quotes).toBeGreaterThanOrEqual(report.largest[4]!.sentences);
    // The reads on the store it built: listings find rows, the largest story's page and a search are timed.
    const reads = new Map(report.scale.reads.map((r) => [r.read.replace(/:.*/, ''), r]));
    expect(reads.get('stories (100, most articles first)')!.size).toBeGreaterThan(3);
    expect(reads.get('entities (50)')!.size).toBeGreaterThan(10);
    expect(reads.get('articles (50, newest)')!.size).toBe(50);
    expect(reads.get('entity page')!.size).toBeGreaterThan(100);
    expect(reads.get('story page')!.size).toBeGreaterThan(1000);
    expect(reads.has('search')).toBe(true);
    expect(report.scale.reads.every((r) => r.ms >= 0)).toBe(true);
    // The stream's stories are found again, not piled into one.
    expect(report.scale.stories.built).toBeGreaterThan(3);
    expect(report.scale.stories.found).toBeGreaterThan(3);
    expect(report.scale.stories.bcubed.f1).toBeGreaterThan(0.7);
    // The database it built, kept when asked: the stream's articles in its order, for scripts/replay-stream.ts to go on from.
    const kept = new Database(join(dir, 'kept.db'), { readonly: true });
    const stream = [...syntheticStream(await realCorpus('/nonexistent'), { size: 60 })];
    expect(kept.prepare('SELECT id FROM articles ORDER BY rowid').pluck().all()).toEqual(stream.map((a) => a.id));
    kept.close();
    cleanup();
  }, 120_000);
});

describe('the targets', () => {
  const mark = (stored: number, p99ms: number, peakRssMb = 1_000): Checkpoint => ({
    stored, p50ms: p99ms / 3, p99ms, maxMs: p99ms * 50, rssMb: peakRssMb, peakRssMb,
    perArticleMs: { candidates: 1, centroids: 0, frequencies: 0, storing: 1, rest: 1 },
  });

  it('judges latency growth per tenfold of the store from 10,000 stored', () => {
    // Session 21's million-article run (docs/benchmarks.md): p99 10.69 / 10.23 / 21.45 / 30.16 ms, +11.22 then +8.71 ms a tenfold.
    const session21 = [mark(1_000, 10.69), mark(10_000, 10.23), mark(100_000, 21.45), mark(1_000_000, 30.16)];
    expect(latencyGrowth(session21)).toMatchObject({ met: true, measured: expect.stringMatching(/^p99 per tenfold: \+11\.22 ms to 100,000, \+8\.71 ms to 1,000,000 /) });
    // A cost linear in the store adds ten times as much with each tenfold.
    expect(latencyGrowth([mark(10_000, 3), mark(100_000, 5), mark(1_000_000, 25)]).met).toBe(false);
    // Flat within a millisecond counts as flat, whatever the first step.
    expect(latencyGrowth([mark(10_000, 8), mark(100_000, 8.1), mark(1_000_000, 9)]).met).toBe(true);
    // Fewer than three such marks: nothing to judge.
    expect(latencyGrowth([mark(1_000, 2), mark(10_000, 3), mark(100_000, 9)]).met).toBeNull();
  });

  it('reads p99 and memory at a million stored, and the peer\'s ratio', () => {
    const report = (p99: number, peak: number, ratio: number) => ({
      real: { corpus: 'shared' as const, articles: 1216, seconds: 8, articlesPerSecond: 152, analysisShare: 0.6, meanBytes: 2932, startupMs: 400, analysisStagesMs: {} as never },
      scale: { size: 1_000_000, threads: 1, seconds: 9000, articlesPerSecond: 111, checkpoints: [mark(10_000, 9), mark(100_000, p99 - 1), mark(1_000_000, p99, peak)], peakRssMb: peak, dbBytesPerArticle: 20_000, stories: { found: 1, built: 1, bcubed: { precision: 1, recall: 1, f1: 1 } }, reads: [] },
      peer: { available: true, articles: 383, secondsPerRun: 0.6, kabarSecondsForSameArticles: 2.4, ratio },
    });
    expect(checkTargets(report(9.5, 1_900, 0.8)).map((t) => t.met)).toEqual([false, true, true, true, true]);
    expect(checkTargets(report(30.16, 2_212, 4.565)).map((t) => t.met)).toEqual([false, false, true, false, false]);
    expect(checkTargets(report(30.16, 2_212, 4.565))[4]!.measured).toBe("Kabar's whole pipeline 4.565 times the peer's time");
  });
});
