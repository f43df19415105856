// Reading the Indonesian NER sets in ../shared/data/ner-id, with their tags mapped to Kabar's
// three types: NERGrit (token TAB tag) and idner-news-2k (token POS tag, PER/LOC/ORG).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TaggedSentence {
  words: string[];
  tags: string[];
}

const TYPE: Record<string, string> = { PER: 'PERSON', PERSON: 'PERSON', LOC: 'PLACE', PLACE: 'PLACE', ORG: 'ORGANISATION', ORGANISATION: 'ORGANISATION' };

export const NER_SETS = {
  nergrit: { train: 'nergrit/train_preprocess.txt', valid: 'nergrit/valid_preprocess.txt', test: 'nergrit/test_preprocess.txt' },
  'idner-news-2k': { train: 'idner-news-2k/train.txt', valid: 'idner-news-2k/dev.txt', test: 'idner-news-2k/test.txt' },
} as const;
export type NerSet = keyof typeof NER_SETS;

export function readNerFile(path: string): TaggedSentence[] {
  const sentences: TaggedSentence[] = [];
  let current: TaggedSentence = { words: [], tags: [] };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (parts.length < 2 || !parts[0]) {
      if (current.words.length) sentences.push(current);
      current = { words: [], tags: [] };
      continue;
    }
    const raw = parts[parts.length - 1]!;
    const [prefix, type] = raw.split('-') as [string, string | undefined];
    current.words.push(parts[0]);
    current.tags.push(type && TYPE[type] ? `${prefix}-${TYPE[type]}` : 'O');
  }
  if (current.words.length) sentences.push(current);
  return sentences;
}

export function readNerSplit(dataDir: string, set: NerSet, split: 'train' | 'valid' | 'test'): TaggedSentence[] {
  return readNerFile(join(dataDir, 'ner-id', NER_SETS[set][split]));
}
