// How often each word is written with a capital inside a sentence, counted over unlabelled
// Indonesian news and the NER train splits' words. A capital inside a sentence is what marks a
// name in Indonesian, so the share tells the tagger what a word usually is where the sentence
// itself cannot (a sentence's first word, a title in capitals, a name it has never seen tagged).

import { join } from 'node:path';
import { readSources } from '../sources/index.js';
import { readNerSplit } from './ner-data.js';

/** Words seen fewer times than this inside sentences get no bucket (chosen on the NER valid splits: 1, 3, 5, 8 gave 70.0, 70.6, 71.3, 69.4 on NERGrit). */
export const CAPITALISATION_MIN_COUNT = 5;

/**
 * The bucket of a word by the share of its occurrences inside sentences written with a capital:
 * C (nine in ten or more), c (half or more), l (one in ten or more), L (fewer).
 */
function bucket(capitalised: number, total: number): string {
  const share = capitalised / total;
  return share >= 0.9 ? 'C' : share >= 0.5 ? 'c' : share >= 0.1 ? 'l' : 'L';
}

/** How a word is written inside sentences: with a capital, in lower case, and all in capitals (two letters or more). */
export interface WritingCounts {
  capitalised: number;
  lower: number;
  upper: number;
}

/** Lower-case word → how `dataDir`'s corpora write it inside sentences. */
export async function countWriting(dataDir: string): Promise<Map<string, WritingCounts>> {
  const counts = new Map<string, WritingCounts>();
  const count = (tokens: string[]) => {
    for (let i = 1; i < tokens.length; i++) {
      const token = tokens[i]!;
      // Only words inside a sentence: after a full stop, a colon or an opening quote a capital says nothing.
      if (!/^\p{L}[\p{L}'-]*$/u.test(token) || /[.!?"“”:]$/.test(tokens[i - 1]!)) continue;
      const lower = token.toLowerCase();
      let c = counts.get(lower);
      if (!c) counts.set(lower, (c = { capitalised: 0, lower: 0, upper: 0 }));
      if (token[0] === lower[0]) c.lower++;
      else c.capitalised++;
      if (token.length >= 2 && token === token.toUpperCase()) c.upper++;
    }
  };
  for (const file of [join(dataDir, 'news-id-talas-2024/dataset-training-talas-830.csv'), join(dataDir, 'topics-id-pratiwi2017/600_news_with_topic.jsonl')]) {
    // Antara's archive is all lower case: it says nothing about capitals.
    for await (const item of readSources([file])) if (item.ok && /\p{Lu}/u.test(item.value.text)) count(item.value.text.split(/\s+/));
  }
  for (const set of ['nergrit', 'idner-news-2k'] as const) for (const s of readNerSplit(dataDir, set, 'train')) count(s.words);
  return counts;
}

/** Whether a word is written all in capitals nine times in ten inside sentences, and seen often enough to tell: an acronym (HUT, SOP). */
export function writtenAsAcronym(c: WritingCounts | undefined): boolean {
  return c !== undefined && c.capitalised + c.lower >= CAPITALISATION_MIN_COUNT && c.upper >= 0.9 * (c.capitalised + c.lower);
}

/** Lower-case word → capitalisation bucket, for the words of `dataDir`'s corpora seen often enough. */
export async function buildCapitalisation(dataDir: string, counts?: Map<string, WritingCounts>): Promise<Record<string, string>> {
  const table: Record<string, string> = {};
  for (const [word, { capitalised, lower }] of [...(counts ?? await countWriting(dataDir))].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (capitalised + lower >= CAPITALISATION_MIN_COUNT) table[word] = bucket(capitalised, capitalised + lower);
  }
  return table;
}
