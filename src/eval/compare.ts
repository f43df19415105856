// What `compare` flags against labels written by hand: discrepancies (kind and value) and
// agreements (a phrase from each side's sentence). Precision first: every finding counts.

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { analyzeArticle } from '../analysis/index.js';
import type { AnalyzedArticle } from '../article.js';
import { compareArticles } from '../comparison/compare.js';
import { articleFromRecord } from '../sources/record.js';
import { readSources } from '../sources/index.js';

interface LabelledPair {
  name: string;
  /** Paths (relative to the label file's folder's parent, i.e. the project root) or article records. */
  articles: (string | Record<string, unknown>)[];
  discrepancies: { kind: string; value: number }[];
  agreements: [string, string][];
}

export interface CompareReport {
  suite: 'compare';
  discrepancies: { precision: number; recall: number; flagged: number; labelled: number };
  agreements: { precision: number; recall: number; flagged: number; labelled: number };
  pairs: { name: string; falseDiscrepancies: string[]; missedDiscrepancies: string[]; falseAgreements: string[]; missedAgreements: string[] }[];
}

async function load(ref: string | Record<string, unknown>, root: string, i: number): Promise<AnalyzedArticle> {
  if (typeof ref !== 'string') return analyzeArticle(articleFromRecord(ref, 'json', `label:${i}`));
  for await (const item of readSources([resolve(root, ref)])) {
    if (!item.ok) throw item.error;
    return analyzeArticle(item.value);
  }
  throw new Error(`${ref}: no article`);
}

export async function evaluateCompare(file: string): Promise<CompareReport> {
  const root = resolve(dirname(file), '..');
  const pairs = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as LabelledPair);
  const d = { tp: 0, flagged: 0, labelled: 0 };
  const a = { tp: 0, flagged: 0, labelled: 0 };
  const details: CompareReport['pairs'] = [];
  for (const pair of pairs) {
    const articles = await Promise.all(pair.articles.map((ref, i) => load(ref, root, i)));
    const result = compareArticles(articles);
    const labelled = new Set(pair.discrepancies.map((x) => `${x.kind}@${x.value}`));
    const flagged = result.discrepancies.map((x) => `${x.kind}@${x.value ?? ''}`);
    d.flagged += flagged.length;
    d.labelled += labelled.size;
    d.tp += flagged.filter((f) => labelled.has(f)).length;
    // An agreement is right when its evidence has a sentence with each side's phrase.
    const matches = (evidence: { sentence: string }[], [left, right]: [string, string]) =>
      evidence.some((e) => e.sentence.includes(left)) && evidence.some((e) => e.sentence.includes(right));
    const rightAgreements = result.agreements.filter((x) => pair.agreements.some((l) => matches(x.evidence, l)));
    const found = pair.agreements.filter((l) => result.agreements.some((x) => matches(x.evidence, l)));
    a.flagged += result.agreements.length;
    a.labelled += pair.agreements.length;
    a.tp += rightAgreements.length;
    details.push({
      name: pair.name,
      falseDiscrepancies: flagged.filter((f) => !labelled.has(f)),
      missedDiscrepancies: [...labelled].filter((l) => !flagged.includes(l)),
      falseAgreements: result.agreements.filter((x) => !rightAgreements.includes(x)).map((x) => x.summary),
      missedAgreements: pair.agreements.filter((l) => !found.includes(l)).map((l) => l.join(' / ')),
    });
  }
  const r = (x: number) => Math.round(x * 1000) / 1000;
  const score = (c: { tp: number; flagged: number; labelled: number }, recallHits: number) => ({
    precision: r(c.flagged ? c.tp / c.flagged : 1), recall: r(c.labelled ? recallHits / c.labelled : 1), flagged: c.flagged, labelled: c.labelled,
  });
  const agreementsFound = details.reduce((n, p, i) => n + (pairs[i]!.agreements.length - p.missedAgreements.length), 0);
  const discrepanciesFound = d.labelled - details.reduce((n, p) => n + p.missedDiscrepancies.length, 0);
  return { suite: 'compare', discrepancies: score(d, discrepanciesFound), agreements: score(a, agreementsFound), pairs: details };
}
