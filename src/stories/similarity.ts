// How alike two articles are: TF-IDF cosine over stems plus the overlap of canonical entities.
// Pure functions; the document frequencies come from the caller.

import { namedKeys } from '../analysis/neutral.js';

/** What similarity reads of an article. */
export interface Comparable {
  terms: Record<string, number>;
  entityKeys: string[];
}

export interface DocumentFrequencies {
  total: number;
  df: Map<string, number>;
}

/**
 * Weights of the two signals. Chosen on the dev half of stories-en-giveme5w1h (events with even
 * ids); the entity signal is small because the first-version recogniser is noisy.
 */
export const SIMILARITY_WEIGHTS = { text: 0.9, entities: 0.1 } as const;

/** Smoothed inverse document frequency; with no statistics every term weighs the same. */
export function idf(term: string, stats: DocumentFrequencies | null): number {
  if (!stats || stats.total === 0) return 1;
  return Math.log((stats.total + 1) / ((stats.df.get(term) ?? 0) + 1)) + 1;
}

/** Unit-length TF-IDF vector with sublinear term frequency. */
export function tfidfVector(terms: Record<string, number>, stats: DocumentFrequencies | null): Map<string, number> {
  const vector = new Map<string, number>();
  let norm = 0;
  for (const [term, count] of Object.entries(terms)) {
    const w = (1 + Math.log(count)) * idf(term, stats);
    vector.set(term, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [term, w] of vector) vector.set(term, w / norm);
  return vector;
}

/**
 * The cosine of a unit vector with the TF-IDF vector of `terms`, without building that vector:
 * one pass that sums the dot product and the norm. Story assignment weighs fifty candidates per
 * article; their vectors were the costliest part of it.
 */
export function cosineWithTerms(vector: Map<string, number>, terms: Record<string, number>, stats: DocumentFrequencies | null): number {
  let dot = 0;
  let norm = 0;
  for (const term in terms) {
    const w = (1 + Math.log(terms[term]!)) * idf(term, stats);
    norm += w * w;
    const a = vector.get(term);
    if (a !== undefined) dot += a * w;
  }
  return norm > 0 ? dot / Math.sqrt(norm) : 0;
}

export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, w] of small) dot += w * (large.get(term) ?? 0);
  return dot;
}

/** Jaccard overlap of entity keys, MISC entities left out (they are often not names). */
export function entityOverlap(a: string[], b: string[]): number {
  const setA = namedKeys(a);
  const setB = namedKeys(b);
  if (setA.size === 0 || setB.size === 0) return 0;
  let shared = 0;
  for (const k of setA) if (setB.has(k)) shared++;
  return shared / (setA.size + setB.size - shared);
}

/** Similarity of two articles in 0..1. */
export function similarity(a: Comparable, b: Comparable, stats: DocumentFrequencies | null): number {
  return combine(cosine(tfidfVector(a.terms, stats), tfidfVector(b.terms, stats)), entityOverlap(a.entityKeys, b.entityKeys));
}

/** The weighted sum of text and entity similarity. */
export function combine(text: number, entities: number): number {
  return SIMILARITY_WEIGHTS.text * text + SIMILARITY_WEIGHTS.entities * entities;
}

/** The unit-length mean of unit vectors: a story's centroid. */
export function centroid(vectors: Map<string, number>[]): Map<string, number> {
  const sum = new Map<string, number>();
  for (const v of vectors) for (const [term, w] of v) sum.set(term, (sum.get(term) ?? 0) + w);
  let norm = 0;
  for (const w of sum.values()) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  for (const [term, w] of sum) sum.set(term, w / norm);
  return sum;
}
