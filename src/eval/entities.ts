// Entities as the analysis finds them (gazetteer, titles and offices, rules and the trained tagger
// together) against the NER sets' gold spans: each sentence read as the body of an article, and
// each entity's surfaces as written, with its type, matched exactly with the gold entities'.
// `kabar eval ner` scores the tagger alone, token by token; this is what a reader of Kabar sees.

import type { Sentence } from '../article.js';
import { extractEntities } from '../analysis/entities.js';
import { NER_SETS, readNerSplit, type NerSet } from '../train/ner-data.js';
import { bioSpans, MatchCounter, type Scores } from './ner.js';

export interface EntitiesReport {
  suite: 'entities';
  split: 'test' | 'valid';
  datasets: Record<string, Scores & { perType: Record<string, Scores & { support: number }> }>;
}

/** "TYPE<tab>surface": one entity of one sentence. */
const item = (type: string, surface: string) => `${type}\t${surface}`;

export function evaluateEntities(dataDir: string, split: 'test' | 'valid' = 'test', sets = Object.keys(NER_SETS) as NerSet[]): EntitiesReport {
  const datasets: EntitiesReport['datasets'] = {};
  for (const set of sets) {
    const counter = new MatchCounter((x) => x.slice(0, x.indexOf('\t')));
    for (const sentence of readNerSplit(dataDir, set, split)) {
      const gold = new Set(bioSpans(sentence.tags).map((span) => {
        const [type, start, end] = span.split(':');
        return item(type!, sentence.words.slice(Number(start), Number(end)).join(' '));
      }));
      const text = sentence.words.join(' ');
      const sentences: Sentence[] = [{ index: 0, text: '', start: -1, isTitle: true }, { index: 1, text, start: 0, isTitle: false }];
      // The sets mark people, places and organisations only: the other names Kabar finds (MISC) are left out.
      const predicted = new Set(extractEntities(sentences, 'id').filter((e) => e.type !== 'MISC').flatMap((e) => e.mentions.map((m) => item(e.type, m))));
      counter.add(gold, predicted);
    }
    datasets[set] = counter.scores();
  }
  return { suite: 'entities', split, datasets };
}
