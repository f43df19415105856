// People named in English news, per article: the names Kabar's entity layer gives persons against
// the people GenderGapTracker's annotators list for each article (quotes-en-ggt `people`).
// Document level: a name counts once per article, matched after lower-casing.

import { analyzeArticle } from '../analysis/index.js';
import { buildArticle } from '../sources/record.js';
import { readFileSync } from 'node:fs';

export interface PeopleReport {
  suite: 'people';
  precision: number;
  recall: number;
  f1: number;
  /** The same, counting a predicted name as right when it shares its last word with a gold name ("Trudeau" for "Justin Trudeau"). */
  bySurname: { precision: number; recall: number; f1: number };
  n: number;
  gold: number;
  predicted: number;
}

interface PeopleArticle {
  text: string;
  people: string[];
}

/** Reads GenderGapTracker annotations (`articleBodyText`, `people`). */
export function readPeopleGold(path: string): PeopleArticle[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((line) => {
    const r = JSON.parse(line) as { articleBodyText?: string; people?: string[] };
    return { text: String(r.articleBodyText ?? ''), people: Array.isArray(r.people) ? r.people.map(String) : [] };
  });
}

const norm = (name: string) => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const surname = (name: string) => norm(name).split(' ').pop() ?? '';

export async function evaluatePeople(articles: PeopleArticle[]): Promise<PeopleReport> {
  let gold = 0;
  let predicted = 0;
  let exact = 0;
  let goldFoundBySurname = 0;
  let predictedRightBySurname = 0;
  for (const a of articles) {
    const analyzed = await analyzeArticle(buildArticle({ title: '', text: a.text, declaredLanguage: 'en' }, 'json', 'gold:people'));
    const names = [...new Set(analyzed.entities.filter((e) => e.type === 'PERSON').map((e) => norm(e.name)))];
    const golds = [...new Set(a.people.map(norm))];
    gold += golds.length;
    predicted += names.length;
    exact += names.filter((n) => golds.includes(n)).length;
    const goldSurnames = new Set(golds.map(surname));
    const predictedSurnames = new Set(names.map(surname));
    predictedRightBySurname += names.filter((n) => goldSurnames.has(surname(n))).length;
    goldFoundBySurname += golds.filter((g) => predictedSurnames.has(surname(g))).length;
  }
  const r = (x: number) => Math.round(x * 1000) / 1000;
  const f = (p: number, q: number) => (p + q ? (2 * p * q) / (p + q) : 0);
  const p = predicted ? exact / predicted : 0;
  const rec = gold ? exact / gold : 0;
  const ps = predicted ? predictedRightBySurname / predicted : 0;
  const rs = gold ? goldFoundBySurname / gold : 0;
  return {
    suite: 'people', precision: r(p), recall: r(rec), f1: r(f(p, rec)),
    bySurname: { precision: r(ps), recall: r(rs), f1: r(f(ps, rs)) }, n: articles.length, gold, predicted,
  };
}
