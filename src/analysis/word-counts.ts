// The Indonesian words seen in news, with their counts: written by `kabar train words`
// (src/train/words.ts) to models/words-id.json, read by the stemmer.

import { existsSync, readFileSync } from 'node:fs';

export const WORDS_MODEL_URL = new URL('../../models/words-id.json', import.meta.url);

export interface WordList {
  derivedFrom: string;
  minCount: number;
  /** word → times seen */
  counts: Record<string, number>;
}

let loaded: Map<string, number> | null | undefined;

/** The shipped word counts, or null when there are none (the stemmer then uses rules alone). */
export function shippedWordCounts(): Map<string, number> | null {
  if (loaded === undefined) {
    loaded = existsSync(WORDS_MODEL_URL) ? new Map(Object.entries((JSON.parse(readFileSync(WORDS_MODEL_URL, 'utf8')) as WordList).counts)) : null;
  }
  return loaded;
}
