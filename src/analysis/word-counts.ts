// The Indonesian words seen in news, with their counts, and which of them are names, acronyms and
// regencies or cities: written by `kabar train words` (src/train/words.ts) to
// models/words-id.json, read by the stemmer (counts, names, acronyms) and the entity stage (regions).

import { existsSync, readFileSync } from 'node:fs';

export const WORDS_MODEL_URL = new URL('../../models/words-id.json', import.meta.url);

export interface WordList {
  derivedFrom: string;
  minCount: number;
  /** word → times seen */
  counts: Record<string, number>;
  /** Words of `counts` written with a capital nine times in ten inside a sentence: names (Bekasi, Setiawan). */
  names?: string[];
  /** Words of `counts` written all in capitals nine times in ten inside a sentence (HUT, UIN, SOP). */
  acronyms?: string[];
  /** Regencies and cities, lower case, as news names them after Kabupaten, Kota, Pemkab, Polres … (bogor, sumedang). */
  regions?: string[];
}

interface ShippedList {
  counts: Map<string, number>;
  names: Set<string>;
  acronyms: Set<string>;
  regions: Set<string>;
}

let loaded: ShippedList | null | undefined;

function shippedList(): ShippedList | null {
  if (loaded === undefined) {
    const list = existsSync(WORDS_MODEL_URL) ? (JSON.parse(readFileSync(WORDS_MODEL_URL, 'utf8')) as WordList) : null;
    loaded = list ? { counts: new Map(Object.entries(list.counts)), names: new Set(list.names ?? []), acronyms: new Set(list.acronyms ?? []), regions: new Set(list.regions ?? []) } : null;
  }
  return loaded;
}

/** The shipped word counts, or null when there are none (the stemmer then uses rules alone). */
export function shippedWordCounts(): Map<string, number> | null {
  return shippedList()?.counts ?? null;
}

/** The regencies and cities news names (empty when there is no word list). */
export function shippedRegions(): ReadonlySet<string> {
  return shippedList()?.regions ?? new Set();
}

/** The shipped words that are names, and those that are acronyms (empty when there are none). */
export function shippedNames(): { names: ReadonlySet<string>; acronyms: ReadonlySet<string> } {
  const list = shippedList();
  return { names: list?.names ?? new Set(), acronyms: list?.acronyms ?? new Set() };
}
