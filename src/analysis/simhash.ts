// 64-bit SimHash (Charikar) over word shingles, for near-duplicates: the same text republished,
// lightly edited, under another headline. Kept as two 32-bit halves so that no BigInt is needed
// on the ingest path; written out as 16 hex digits.

/** Words per shingle: three keeps word order without making one edit change many features. */
const SHINGLE_WORDS = 3;
/**
 * Two fingerprints at most this many bits apart are near-duplicates. Manku et al. use 3 of 64 for
 * web pages; news bodies are shorter, so one edit moves more bits. Over news-id-talas-2024 and
 * stories-en-giveme5w1h, reprints with small edits lie at 2-6 bits and the closest distinct
 * reports of one event at 8-10.
 */
export const NEAR_DUPLICATE_BITS = 6;
/** Fewer words than this is too little text to call two articles copies of each other. */
export const MIN_WORDS = 40;

/** The fingerprint of `text` as 16 hex digits, or null when the text is too short. */
export function simhash(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < MIN_WORDS) return null;
  // Each bit's vote is its count of ones against its count of zeros: counting the ones is enough.
  const ones = new Int32Array(64);
  const hashes = new Uint32Array(2);
  let shingles = 0;
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++, shingles++) {
    shingleHashes(words, i, hashes);
    const hi = hashes[0]!;
    const lo = hashes[1]!;
    for (let b = 0; b < 32; b++) {
      ones[b]! += (hi >>> b) & 1;
      ones[32 + b]! += (lo >>> b) & 1;
    }
  }
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b++) {
    if (2 * ones[b]! > shingles) hi |= 1 << b;
    if (2 * ones[32 + b]! > shingles) lo |= 1 << b;
  }
  return hex(hi) + hex(lo);
}

/** Number of differing bits between two fingerprints. */
export function hammingDistance(a: string, b: string): number {
  return popcount(parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16)) + popcount(parseInt(a.slice(8), 16) ^ parseInt(b.slice(8), 16));
}

export function isNearDuplicate(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && hammingDistance(a, b) <= NEAR_DUPLICATE_BITS;
}

/**
 * The two hashes of the shingle starting at word `first` (its words joined by spaces), into
 * `out`: FNV-1a over UTF-16 code units, 32 bits, once per seed, walking the words in place of
 * building the joined string (that string and the two passes over it were most of fingerprinting).
 */
function shingleHashes(words: string[], first: number, out: Uint32Array): void {
  let hi = 0x811c9dc5 >>> 0;
  let lo = (0x01000193 ^ 0x9e3779b9) >>> 0;
  for (let w = first; w < first + SHINGLE_WORDS; w++) {
    if (w > first) {
      hi = Math.imul(hi ^ 0x20, 0x01000193) >>> 0;
      lo = Math.imul(lo ^ 0x20, 0x01000193) >>> 0;
    }
    const word = words[w]!;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      hi = Math.imul(hi ^ c, 0x01000193) >>> 0;
      lo = Math.imul(lo ^ c, 0x01000193) >>> 0;
    }
  }
  out[0] = avalanche(hi);
  out[1] = avalanche(lo);
}

/** A final avalanche (from murmur3) so that similar shingles do not share low bits. */
function avalanche(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

function popcount(x: number): number {
  let v = x >>> 0;
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function hex(x: number): string {
  return (x >>> 0).toString(16).padStart(8, '0');
}
