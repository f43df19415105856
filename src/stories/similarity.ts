// How alike two articles are: TF-IDF cosine over stems plus the overlap of canonical entities.
// Pure functions; the document frequencies come from the caller, the background (shipped
// frequencies that stand in for a young store's own) from background-frequencies.ts.

import { namedKeys } from '../analysis/neutral.js';
import { backgroundShares } from './background-frequencies.js';
import { termIdsOf, termIdsOfEach, termListOf as termList, termNumbering, type TermCounts } from '../term-list.js';

/** What similarity reads of an article. */
export interface Comparable {
  terms: TermCounts;
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

/**
 * How many articles the shipped background frequencies (background-frequencies.ts) count as,
 * beside the store's own. In a store of a few articles, a term the earlier ones share weighed less
 * than one they lack, so that reports of one event split (the PDN hack of the sample corpus fell
 * into four stories); a few dozen background articles are enough to end that, and past some
 * hundred stored articles the store's own counts decide. On the dev half of stories-en-giveme5w1h,
 * 30 to 600 scored alike (B-cubed F1 0.9715); of those the least was taken, since 300 weighed
 * names that fill a day's news (Kaesang, PKS) above what the store knows of them: the 120 Kompas
 * articles lost 0.007 and assignment depended more on arrival order.
 */
export const BACKGROUND_DOCUMENTS = 30;

/**
 * Smoothed inverse document frequency over the store's articles and the background's, as if the
 * store held BACKGROUND_DOCUMENTS more articles with the background's share of each term. With no
 * statistics every term weighs the same.
 */
export function idf(term: string, stats: DocumentFrequencies | null, background: Map<string, number> | null = backgroundShares()): number {
  if (!stats) return 1;
  const extra = background ? BACKGROUND_DOCUMENTS : 0;
  if (stats.total + extra === 0) return 1;
  const share = background?.get(term) ?? 0;
  return Math.log((stats.total + 1 + extra) / ((stats.df.get(term) ?? 0) + 1 + extra * share)) + 1;
}

/**
 * Each term's IDF, computed once per set of statistics: decisions weigh the same terms across
 * fifty candidates and sixty centroid members, and the logarithms were a tenth of their time.
 * Story assignment holds one set for many decisions (frequency-epoch.ts) and adds terms to it, so
 * only the IDF of a term it holds is remembered: a term weighed before it was added is not. The
 * table is indexed by term number (term-list.ts); NaN marks a term not remembered.
 */
const idfTables = new WeakMap<DocumentFrequencies, { generation: number; weights: Float64Array }>();

/** The IDF table of `stats`, with room for every numbered term. */
function idfTableOf(stats: DocumentFrequencies): Float64Array {
  let table = idfTables.get(stats);
  if (!table || table.generation !== termNumbering.generation) {
    idfTables.set(stats, (table = { generation: termNumbering.generation, weights: new Float64Array(0) }));
  }
  if (table.weights.length < termNumbering.size) {
    const grown = new Float64Array(Math.max(termNumbering.size, table.weights.length * 2, 1024)).fill(Number.NaN);
    grown.set(table.weights);
    table.weights = grown;
  }
  return table.weights;
}

/**
 * Each term record's unit-length TF-IDF weights (in its term list's order), by the statistics
 * they were computed with: a candidate is weighed again by later decisions of the same epoch, and
 * a story's members again whenever its centroid is. Kept only when `stats` held every term; held
 * by the statistics, so that an epoch's weights go when its statistics do.
 */
const unitWeights = new WeakMap<DocumentFrequencies | typeof NO_STATS, WeakMap<object, Float64Array>>();
/** The key of weights computed without statistics (every term weighing the same). */
const NO_STATS = {};

function weightsOf(record: TermCounts, stats: DocumentFrequencies | null): Float64Array {
  let byRecord = unitWeights.get(stats ?? NO_STATS);
  const cached = byRecord?.get(record);
  if (cached) return cached;
  const list = termList(record);
  const { length, tf } = list;
  const weights = new Float64Array(length);
  let held = true;
  if (stats) {
    const ids = termIdsOf(list);
    const table = idfTableOf(stats);
    const background = backgroundShares();
    for (let i = 0; i < length; i++) {
      let w = table[ids[i]!]!;
      if (Number.isNaN(w)) {
        const term = list.termAt(i);
        w = idf(term, stats, background);
        if (stats.df.has(term)) table[ids[i]!] = w;
        else held = false;
      }
      weights[i] = tf[i]! * w;
    }
  } else {
    for (let i = 0; i < length; i++) weights[i] = tf[i]!;
  }
  let norm = 0;
  for (let i = 0; i < length; i++) norm += weights[i]! * weights[i]!;
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < length; i++) weights[i] = weights[i]! / norm;
  if (held) {
    if (!byRecord) unitWeights.set(stats ?? NO_STATS, (byRecord = new WeakMap()));
    byRecord.set(record, weights);
  }
  return weights;
}

/** True when `record`'s weights under `stats` are kept. */
function weightsKept(record: TermCounts, stats: DocumentFrequencies | null): boolean {
  return unitWeights.get(stats ?? NO_STATS)?.has(record) ?? false;
}

/** The terms of a term record, read once per record. */
export function termKeys(record: TermCounts): readonly string[] {
  return termList(record).terms;
}

/** Unit-length TF-IDF vector with sublinear term frequency. */
export function tfidfVector(terms: TermCounts, stats: DocumentFrequencies | null): Map<string, number> {
  const list = termList(terms);
  const weights = weightsOf(terms, stats);
  const vector = new Map<string, number>();
  for (let i = 0; i < list.length; i++) vector.set(list.termAt(i), weights[i]!);
  return vector;
}

/** The query's weights laid out by term number, zero elsewhere; set and cleared by `cosinesWith`. */
let scratch = new Float64Array(0);

/**
 * The cosine of `query`'s TF-IDF vector with each record's (null for a record not to weigh:
 * 0), without building the records' vectors. Story assignment weighs fifty candidates per
 * article; their vectors, and then hashing each of their terms into the article's, were the
 * costliest part of it: the article's weights are laid out by term number instead. Each cosine
 * is summed in the record's term order, as a lookup in the article's vector summed it.
 */
export function cosinesWith(query: TermCounts, records: readonly (TermCounts | null)[], stats: DocumentFrequencies | null): number[] {
  const queryWeights = weightsOf(query, stats);
  const weights = records.map((r) => (r ? weightsOf(r, stats) : null));
  // Numbered after the weights (which number a list the numbering has started over since), all in one numbering.
  const [queryIds, ...ids] = termIdsOfEach([termList(query), ...records.map((r) => (r ? termList(r) : null))]) as [Int32Array, ...(Int32Array | null)[]];
  if (scratch.length < termNumbering.size) scratch = new Float64Array(Math.max(termNumbering.size, scratch.length * 2));
  const out = new Array<number>(records.length).fill(0);
  for (let i = 0; i < queryIds.length; i++) scratch[queryIds[i]!] = queryWeights[i]!;
  try {
    for (let r = 0; r < records.length; r++) {
      const recordIds = ids[r];
      if (!recordIds) continue;
      const w = weights[r]!;
      let dot = 0;
      for (let i = 0; i < recordIds.length; i++) {
        const a = scratch[recordIds[i]!]!;
        if (a !== 0) dot += a * w[i]!;
      }
      out[r] = dot;
    }
  } finally {
    for (let i = 0; i < queryIds.length; i++) scratch[queryIds[i]!] = 0;
  }
  return out;
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

/**
 * The last centroid computed from a list of members, by its statistics and newest member: a
 * story's centroid is weighed again by later decisions until an article joins it or the epoch ends.
 */
const centroids = new WeakMap<DocumentFrequencies | typeof NO_STATS, WeakMap<object, { members: TermCounts[]; centroid: Map<string, number> }>>();

/**
 * A story's centroid: the unit-length sum of its members' TF-IDF vectors (`tfidfVector` of each
 * member's term counts), summed without building each member's vector.
 */
export function centroidOfTerms(members: TermCounts[], stats: DocumentFrequencies | null): Map<string, number> {
  const first = members[0];
  const cached = first && centroids.get(stats ?? NO_STATS)?.get(first);
  if (cached && cached.members.length === members.length && cached.members.every((m, i) => m === members[i])) return cached.centroid;
  const sum = new Map<string, number>();
  let held = true;
  for (const record of members) {
    const list = termList(record);
    const weights = weightsOf(record, stats);
    if (!weightsKept(record, stats)) held = false;
    for (let i = 0; i < list.length; i++) {
      const term = list.termAt(i);
      sum.set(term, (sum.get(term) ?? 0) + weights[i]!);
    }
  }
  const centroid = unit(sum);
  if (first && held) {
    let byFirst = centroids.get(stats ?? NO_STATS);
    if (!byFirst) centroids.set(stats ?? NO_STATS, (byFirst = new WeakMap()));
    byFirst.set(first, { members: [...members], centroid });
  }
  return centroid;
}

/** `sum` scaled to unit length, in place. */
function unit(sum: Map<string, number>): Map<string, number> {
  let norm = 0;
  for (const w of sum.values()) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  for (const [term, w] of sum) sum.set(term, w / norm);
  return sum;
}
