// The Indonesian stemmer on Sastrawi's functional test pairs (word TAB stem).

import { readFileSync } from 'node:fs';
import { stemIndonesian } from '../analysis/stem-id.js';

export interface StemReport {
  suite: 'stem';
  accuracy: number;
  n: number;
  failures: { word: string; expected: string; got: string }[];
}

export function evaluateStemmer(file: string): StemReport {
  const pairs = readFileSync(file, 'utf8').split('\n').map((l) => l.split('\t')).filter((p): p is [string, string] => p.length === 2 && Boolean(p[0]) && Boolean(p[1]));
  const failures: StemReport['failures'] = [];
  let right = 0;
  for (const [word, expected] of pairs) {
    // A multi-word line is stemmed word by word, as Sastrawi's test does.
    const got = word.toLowerCase().split(/\s+/).map(stemIndonesian).join(' ');
    if (got === expected.toLowerCase()) right++;
    else failures.push({ word, expected, got });
  }
  return { suite: 'stem', accuracy: Math.round((right / pairs.length) * 1000) / 1000, n: pairs.length, failures };
}
