import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hammingDistance, isNearDuplicate, NEAR_DUPLICATE_BITS, simhash } from '../src/analysis/simhash.js';
import { SEEDS } from './helpers.js';

describe('simhash', () => {
  const seed = readFileSync(SEEDS[0]!, 'utf8');
  const other = readFileSync(SEEDS[1]!, 'utf8');

  it('gives 64 bits as 16 hex digits, the same for the same text', () => {
    expect(simhash(seed)).toMatch(/^[0-9a-f]{16}$/);
    expect(simhash(seed)).toBe(simhash(seed));
  });

  it('keeps a lightly edited copy within the near-duplicate distance', () => {
    const edited = seed.replace('Ini sangat berbahaya, sangat berbahaya', 'Ini sangat berbahaya').replace('ETIndonesia.', 'KabarDunia.');
    expect(hammingDistance(simhash(seed)!, simhash(edited)!)).toBeLessThanOrEqual(NEAR_DUPLICATE_BITS);
    expect(isNearDuplicate(simhash(seed), simhash(edited))).toBe(true);
  });

  it('keeps two reports of the same event by different outlets apart', () => {
    expect(hammingDistance(simhash(seed)!, simhash(other)!)).toBeGreaterThan(10);
  });

  it('does not fingerprint a text too short to judge', () => {
    expect(simhash('Banjir melanda Jakarta pada Senin pagi.')).toBeNull();
    expect(isNearDuplicate(null, null)).toBe(false);
  });
});
