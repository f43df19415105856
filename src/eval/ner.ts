// Entity-level exact match (conlleval style) of the tagger on the NER test splits.

import { EntityTagger, type NerModel } from '../analysis/ner/tagger.js';
import { NER_SETS, readNerSplit, type NerSet } from '../train/ner-data.js';

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export interface NerReport {
  suite: 'ner';
  datasets: Record<string, Scores & { perType: Record<string, Scores & { support: number }> }>;
}

/** Entities of a BIO sequence as "type:start:end" strings. */
export function bioSpans(tags: string[]): string[] {
  const spans: string[] = [];
  let start = -1;
  let type = '';
  const close = (end: number) => { if (start >= 0) spans.push(`${type}:${start}:${end}`); start = -1; };
  tags.forEach((tag, i) => {
    if (tag === 'O') { close(i); return; }
    const [prefix, t] = [tag.slice(0, 1), tag.slice(2)];
    if (prefix === 'B' || t !== type || start < 0) { close(i); start = i; type = t; }
  });
  close(tags.length);
  return spans;
}

export function evaluateNer(dataDir: string, model: NerModel, split: 'test' | 'valid' = 'test'): NerReport {
  const tagger = new EntityTagger(model);
  const datasets: NerReport['datasets'] = {};
  for (const set of Object.keys(NER_SETS) as NerSet[]) {
    const counts = new Map<string, { tp: number; fp: number; fn: number }>();
    const bump = (type: string, key: 'tp' | 'fp' | 'fn') => {
      const c = counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
      c[key]++;
      counts.set(type, c);
    };
    for (const sentence of readNerSplit(dataDir, set, split)) {
      const gold = new Set(bioSpans(sentence.tags));
      const predicted = new Set(bioSpans(tagger.tag(sentence.words)));
      for (const p of predicted) bump(p.split(':')[0]!, gold.has(p) ? 'tp' : 'fp');
      for (const g of gold) if (!predicted.has(g)) bump(g.split(':')[0]!, 'fn');
    }
    const all = { tp: 0, fp: 0, fn: 0 };
    const perType: Record<string, Scores & { support: number }> = {};
    for (const [type, c] of [...counts.entries()].sort()) {
      all.tp += c.tp; all.fp += c.fp; all.fn += c.fn;
      perType[type] = { ...prf(c), support: c.tp + c.fn };
    }
    datasets[set] = { ...prf(all), perType };
  }
  return { suite: 'ner', datasets };
}

function prf(c: { tp: number; fp: number; fn: number }): Scores {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const r = (x: number) => Math.round(x * 1000) / 10;
  return { precision: r(precision), recall: r(recall), f1: r(f1) };
}
