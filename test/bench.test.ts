// The benchmark's synthetic stream (timings are reported by `kabar bench`, never asserted).
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/article.js';
import { syntheticStream } from '../src/bench/synthetic.js';
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
