// Parsed term counts of recently read articles, and the rest of what story assignment reads of
// them that never changes once stored (entity keys, figures, fingerprint). Parsing them again
// for every candidate and every centroid was a hot spot of story assignment.

import { parseTermCounts, type TermCounts, type TermList } from '../term-list.js';
import { NO_TERMS } from './store.js';

/**
 * Articles kept: the recent ones, which candidates mostly are. About 2.7 KB each as term lists of
 * numbers (term-list.ts), 8.1 KB as lists of strings: at 30,000 stored articles a cache of
 * 10,000 missed so often that reading and parsing candidates again was a fifth of assignment,
 * and 35,000 now take about the memory 10,000 took then (20,000 at 4.5 KB in between: 10.8 →
 * 9.6 ms per article at 100,000 stored).
 */
const CAPACITY = 35_000;

/** What a candidate's features row holds besides its terms. */
export interface FixedFeatures {
  entityKeys: string[];
  anchors: string[];
  fingerprint: string | null;
  revives: boolean;
}

/** An article's stored features as read: terms (null when not asked for), entity keys and anchors as their stored JSON. */
export interface StoredFeatureRow {
  terms: string | null;
  entityKeys: string;
  anchors: string;
  fingerprint: string | null;
  revives: boolean;
}

function parseFixed(row: StoredFeatureRow): FixedFeatures {
  return { entityKeys: JSON.parse(row.entityKeys) as string[], anchors: JSON.parse(row.anchors) as string[], fingerprint: row.fingerprint, revives: row.revives };
}

interface Entry {
  terms: TermList;
  /** Null until the article is read as a candidate (centroids and the index tail read terms alone). */
  fixed: FixedFeatures | null;
}

export class TermsCache {
  private readonly entries = new Map<string, Entry>();

  /**
   * The term counts of each of `ids`, reading from the store (`read`: id → stored JSON) only
   * those not cached: a candidate's terms are some kilobytes of JSON, and most candidates were
   * read for an earlier decision.
   */
  getMany(ids: readonly string[], read: (missing: string[]) => Map<string, string>): Map<string, TermList> {
    const out = new Map<string, TermList>();
    const missing: string[] = [];
    for (const id of ids) {
      const entry = this.used(id);
      if (entry) out.set(id, entry.terms);
      else missing.push(id);
    }
    if (missing.length > 0) for (const [id, json] of read(missing)) out.set(id, this.get(id, json));
    return out;
  }

  /**
   * The terms and fixed features of each of `ids`, reading from the store only those not cached
   * whole (`read`: id → stored row). The row of a candidate keeps its entity keys after its terms,
   * some kilobytes that reading the keys walked through for every candidate of every decision.
   * Without terms (`withTerms: false`, candidates weighed across languages alone) the terms are
   * `NO_TERMS`, and a row read for it is not cached: its terms are neither parsed nor allowed to
   * push out those of candidates weighed by them.
   */
  candidates(ids: readonly string[], read: (missing: string[]) => Map<string, StoredFeatureRow>, withTerms = true): Map<string, { terms: TermCounts } & FixedFeatures> {
    const out = new Map<string, { terms: TermCounts } & FixedFeatures>();
    const missing: string[] = [];
    for (const id of ids) {
      const entry = this.used(id);
      if (entry?.fixed) out.set(id, { terms: withTerms ? entry.terms : NO_TERMS, ...entry.fixed });
      else missing.push(id);
    }
    if (missing.length === 0) return out;
    for (const [id, row] of read(missing)) {
      if (row.terms === null) {
        out.set(id, { terms: NO_TERMS, ...parseFixed(row) });
        continue;
      }
      const entry = this.entry(id, row.terms);
      entry.fixed = parseFixed(row);
      out.set(id, { terms: entry.terms, ...entry.fixed });
    }
    return out;
  }

  /** The term counts of article `id`, parsing `json` (its stored form) only on a miss. */
  get(id: string, json: string): TermList {
    return this.entry(id, json).terms;
  }

  private entry(id: string, json: string): Entry {
    let entry = this.used(id);
    if (!entry) {
      entry = { terms: parseTermCounts(json), fixed: null };
      // Least recently used first out: a Map iterates in insertion order, and a hit moves its entry to the end.
      if (this.entries.size >= CAPACITY) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(id, entry);
    }
    return entry;
  }

  /**
   * The entry of `id`, moved to the end of the order as the most recently used: the articles of a
   * story that goes on for weeks are candidates all along, and were let go at their turn, then read
   * and parsed again, when the oldest went first whatever its use.
   */
  private used(id: string): Entry | undefined {
    const entry = this.entries.get(id);
    if (entry) {
      this.entries.delete(id);
      this.entries.set(id, entry);
    }
    return entry;
  }
}
