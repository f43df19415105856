// The benchmark's synthetic stream (timings are reported by `kabar bench`, never asserted).
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/article.js';
import { syntheticStream } from '../src/bench/synthetic.js';
import { runBench } from '../src/bench/run.js';
import { readSources } from '../src/sources/index.js';
import { fixture, SEEDS } from './helpers.js';

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
});

describe('kabar bench', () => {
  it('runs on the sample corpus when the shared data is missing, with analysis on a thread', async () => {
    const report = await runBench({ dataDir: '/nonexistent', size: 60, threads: 1 });
    // The sample corpus: 39 articles of the two corpora and the two seeds.
    expect(report.real.articles).toBe(41);
    expect(report.ingest).toMatchObject({ articles: 41, threads: 1, batch: 32 });
    expect(report.scale).toMatchObject({ size: 60, threads: 1 });
    expect(report.scale.checkpoints.map((c) => c.stored)).toEqual([60]);
    expect(report.scale.dbBytesPerArticle).toBeGreaterThan(1000);
    expect(report.peer.available).toBe(false);
  }, 120_000);
});
