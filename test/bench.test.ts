// The benchmark's synthetic stream (timings are reported by `kabar bench`, never asserted).
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/article.js';
import { syntheticStream } from '../src/bench/synthetic.js';
import { realCorpus, runBench } from '../src/bench/run.js';
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
