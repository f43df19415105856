// Entity-level exact match (conlleval style) of the tagger on the NER test splits.

import { EntityTagger, type NerModel } from '../analysis/ner/tagger.js';
import { NER_SETS, readNerSplit, type NerSet } from '../train/ner-data.js';

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * What went wrong with one gold type's entities (`missed` side) or one predicted type's
 * (`spurious` side): a wrong type on the right words, the right type on overlapping but
 * different words, or nothing overlapping at all.
 */
export interface ErrorCounts {
  /** Gold entities found on the same words with another type. */
  wrongType: number;
  /** Gold entities overlapped by a prediction of their type with other boundaries. */
  boundary: number;
  /** Gold entities that no prediction overlaps. */
  missed: number;
  /** Predictions of this type that overlap no gold entity. */
  spurious: number;
}

export interface NerReport {
  suite: 'ner';
  datasets: Record<string, Scores & { perType: Record<string, Scores & { support: number }>; errors: Record<string, ErrorCounts> }>;
}

interface Span { type: string; start: number; end: number }

function parseSpan(s: string): Span {
  const [type, start, end] = s.split(':');
  return { type: type!, start: Number(start), end: Number(end) };
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * Sorts the errors of one sentence into kinds (conlleval counts them all alike): each gold
 * entity not matched exactly is a wrong type, a boundary error or a miss; each prediction that
 * overlaps no gold entity is spurious.
 */
export function classifyErrors(gold: string[], predicted: string[], into: Record<string, ErrorCounts> = {}): Record<string, ErrorCounts> {
  const bump = (type: string, key: keyof ErrorCounts) => {
    into[type] ??= { wrongType: 0, boundary: 0, missed: 0, spurious: 0 };
    into[type][key]++;
  };
  const exact = new Set(predicted);
  const g = gold.map(parseSpan);
  const p = predicted.map(parseSpan);
  for (const [i, span] of g.entries()) {
    if (exact.has(gold[i]!)) continue;
    if (p.some((x) => x.start === span.start && x.end === span.end)) bump(span.type, 'wrongType');
    else if (p.some((x) => x.type === span.type && overlaps(x, span))) bump(span.type, 'boundary');
    else if (!p.some((x) => overlaps(x, span))) bump(span.type, 'missed');
    else bump(span.type, 'boundary'); // overlapped by another type with other boundaries: counted with boundaries
  }
  for (const span of p) if (!g.some((x) => overlaps(x, span))) bump(span.type, 'spurious');
  return into;
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

/** Exact matches counted per type over sentences; an item's type is what `typeOf` reads of it. */
export class MatchCounter {
  private readonly counts = new Map<string, { tp: number; fp: number; fn: number }>();

  constructor(private readonly typeOf: (item: string) => string) {}

  /** One sentence's gold and predicted items. */
  add(gold: ReadonlySet<string>, predicted: ReadonlySet<string>): void {
    for (const p of predicted) this.bump(this.typeOf(p), gold.has(p) ? 'tp' : 'fp');
    for (const g of gold) if (!predicted.has(g)) this.bump(this.typeOf(g), 'fn');
  }

  private bump(type: string, key: 'tp' | 'fp' | 'fn'): void {
    const c = this.counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    c[key]++;
    this.counts.set(type, c);
  }

  /** Precision, recall and F1 over all types, and per type with its gold support. */
  scores(): Scores & { perType: Record<string, Scores & { support: number }> } {
    const all = { tp: 0, fp: 0, fn: 0 };
    const perType: Record<string, Scores & { support: number }> = {};
    for (const [type, c] of [...this.counts.entries()].sort()) {
      all.tp += c.tp; all.fp += c.fp; all.fn += c.fn;
      perType[type] = { ...prf(c), support: c.tp + c.fn };
    }
    return { ...prf(all), perType };
  }
}

export function evaluateNer(dataDir: string, model: NerModel, split: 'test' | 'valid' = 'test'): NerReport {
  const tagger = new EntityTagger(model);
  const datasets: NerReport['datasets'] = {};
  for (const set of Object.keys(NER_SETS) as NerSet[]) {
    const counter = new MatchCounter((span) => span.split(':')[0]!);
    const errors: Record<string, ErrorCounts> = {};
    for (const sentence of readNerSplit(dataDir, set, split)) {
      const gold = new Set(bioSpans(sentence.tags));
      const predicted = new Set(bioSpans(tagger.tag(sentence.words)));
      counter.add(gold, predicted);
      classifyErrors([...gold], [...predicted], errors);
    }
    datasets[set] = { ...counter.scores(), errors: Object.fromEntries(Object.entries(errors).sort()) };
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
