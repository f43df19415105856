// Document frequencies of stems in openly licensed news, shipped with Kabar (models/frequencies.json,
// written by `kabar train frequencies`, src/train/frequencies.ts). A young store has seen too few
// articles to know that "pilkada" or "said" is in every other article: its own counts alone gave
// every term of its first articles the same weight, and stories of a fresh database split or
// chained on common words. The background stands in until the store's own counts outweigh it.

import { existsSync, readFileSync } from 'node:fs';

export const FREQUENCIES_MODEL_URL = new URL('../../models/frequencies.json', import.meta.url);

export interface BackgroundFrequencies {
  derivedFrom: string;
  /** Stems of some words when the file was written: a changed stemmer makes it stale (test/background-frequencies.test.ts). */
  probes: Record<string, Record<string, string>>;
  /** By language: how many documents were counted, and in how many of them each stem occurs. */
  languages: Record<string, { documents: number; df: Record<string, number> }>;
}

let shares: Map<string, number> | null | undefined;

/**
 * Each stem's share of background documents that hold it, the larger across languages (stems
 * of Indonesian and English seldom coincide, and a term is weighed without its article's
 * language); null when no background is shipped.
 */
export function backgroundShares(): Map<string, number> | null {
  if (shares !== undefined) return shares;
  if (!existsSync(FREQUENCIES_MODEL_URL)) return (shares = null);
  const model = JSON.parse(readFileSync(FREQUENCIES_MODEL_URL, 'utf8')) as BackgroundFrequencies;
  shares = new Map();
  for (const { documents, df } of Object.values(model.languages)) {
    for (const [term, n] of Object.entries(df)) shares.set(term, Math.max(shares.get(term) ?? 0, n / documents));
  }
  return shares;
}
