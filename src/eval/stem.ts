// The Indonesian stemmer on Sastrawi's functional test pairs (word TAB stem): as shipped (rules,
// with the word counts of models/words-id.json choosing among readings) and by rules alone.

import { readFileSync } from 'node:fs';
import { stemIndonesian, stemIndonesianByRules } from '../analysis/stem-id.js';

export interface StemReport {
  suite: 'stem';
  /** The stemmer as shipped. */
  accuracy: number;
  /** Rules alone, without any list of words. */
  rulesOnly: number;
  n: number;
  failures: { word: string; expected: string; got: string }[];
}

export function evaluateStemmer(file: string): StemReport {
  const pairs = readFileSync(file, 'utf8').split('\n').map((l) => l.split('\t')).filter((p): p is [string, string] => p.length === 2 && Boolean(p[0]) && Boolean(p[1]));
  const failures: StemReport['failures'] = [];
  let right = 0;
  let rightByRules = 0;
  // A multi-word line is stemmed word by word, as Sastrawi's test does.
  const stemLine = (line: string, stem: (w: string) => string) => line.toLowerCase().split(/\s+/).map(stem).join(' ');
  for (const [word, expected] of pairs) {
    const got = stemLine(word, stemIndonesian);
    if (got === expected.toLowerCase()) right++;
    else failures.push({ word, expected, got });
    if (stemLine(word, stemIndonesianByRules) === expected.toLowerCase()) rightByRules++;
  }
  const share = (n: number) => Math.round((n / pairs.length) * 1000) / 1000;
  return { suite: 'stem', accuracy: share(right), rulesOnly: share(rightByRules), n: pairs.length, failures };
}
