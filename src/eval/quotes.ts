// Quotations against gold: a predicted quote matches a gold one when their word overlap is at
// least half of the shorter (one-to-one, best overlaps first); a matched quote's speaker is
// right when the two speakers share a word of three letters or more.

import { readFileSync } from 'node:fs';
import { analyzeArticle } from '../analysis/index.js';
import { buildArticle } from '../sources/record.js';

export interface GoldQuote {
  speaker: string | null;
  text: string;
}

export interface GoldArticle {
  id: string;
  title: string;
  text: string;
  language: string | null;
  quotes: GoldQuote[];
  /** `tune` or `test` when the set is split, so that rules are tuned on one part and reported on the other. */
  split?: string;
  /** Why the article cannot be scored, when its record lacks the body its gold quotes were read from. */
  unusable?: string;
}

export interface QuotesReport {
  suite: 'quotes';
  precision: number;
  recall: number;
  f1: number;
  speakerAccuracy: number;
  n: number;
  gold: number;
  predicted: number;
  /** Articles left out, with the reason (one GenderGapTracker record carries an object id where its body should be). */
  skipped: { id: string; reason: string; goldQuotes: number }[];
}

/**
 * Reads gold articles: Kabar's format `{id, title?, text, language?, quotes: [{speaker, text}]}`
 * per line, or GenderGapTracker's annotations (`articleBodyText`, `quotations` with the
 * resolved `reference` as speaker).
 */
export function readGoldQuotes(path: string): GoldArticle[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((line, i) => {
    const r = JSON.parse(line) as Record<string, any>;
    if (typeof r.articleBodyText === 'string') {
      const quotations = (typeof r.quotations === 'string' ? JSON.parse(r.quotations) : r.quotations ?? []) as Record<string, string>[];
      const id = String(r._id ?? i);
      const body = r.articleBodyText.trim();
      return {
        id, title: '', text: r.articleBodyText, language: 'en',
        quotes: onceEach(quotations).map((q) => ({ speaker: (q.reference || q.speaker || null) as string | null, text: q.quote ?? '' })),
        ...(/^[0-9a-f]{24}$/.test(body) || body.length < 20 ? { unusable: `the record has no body text (articleBodyText is ${JSON.stringify(body.slice(0, 30))})` } : {}),
      };
    }
    return {
      id: String(r.id ?? i), title: String(r.title ?? ''), text: String(r.text ?? ''), language: r.language ?? null, quotes: (r.quotes ?? []) as GoldQuote[],
      ...(typeof r.split === 'string' ? { split: r.split } : {}),
    };
  });
}

/**
 * Each annotation once: one record (ObjectId 5c3e27a31e67d78e27f27b38, 54 quotations) holds the same list twice, every
 * quotation with the same text and offsets (SOURCES.md: "two lists were concatenated"). A stretch of text is one quote,
 * and one-to-one matching could never match its copy.
 */
function onceEach(quotations: Record<string, string>[]): Record<string, string>[] {
  const seen = new Set<string>();
  return quotations.filter((q) => {
    const key = `${q.quote_index ?? ''}|${q.speaker ?? ''}|${q.quote ?? ''}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size);
}

function sameSpeaker(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const long = (s: string) => new Set((s.toLowerCase().match(/\p{L}{3,}/gu) ?? []));
  const wa = long(a);
  for (const w of long(b)) if (wa.has(w)) return true;
  return false;
}

export async function evaluateQuotes(articles: GoldArticle[]): Promise<QuotesReport> {
  let matched = 0;
  let rightSpeaker = 0;
  let gold = 0;
  let predicted = 0;
  const skipped: QuotesReport['skipped'] = [];
  for (const g of articles) {
    if (g.unusable) { skipped.push({ id: g.id, reason: g.unusable, goldQuotes: g.quotes.length }); continue; }
    // The text is taken as it is: the gold offsets refer to it, so no body cleaning.
    const article = buildArticle({ title: g.title, text: g.text, declaredLanguage: g.language }, 'json', `gold:${g.id}`);
    const analyzed = await analyzeArticle({ ...article, text: g.text.trim() ? article.text : g.text });
    const preds = analyzed.quotes.map((q) => ({ speaker: q.speaker, words: words(q.text) }));
    const golds = g.quotes.map((q) => ({ speaker: q.speaker, words: words(q.text) }));
    gold += golds.length;
    predicted += preds.length;
    const pairs: [number, number, number][] = [];
    preds.forEach((p, i) => golds.forEach((q, j) => { const o = overlap(p.words, q.words); if (o >= 0.5) pairs.push([o, i, j]); }));
    pairs.sort((a, b) => b[0] - a[0]);
    const usedP = new Set<number>();
    const usedG = new Set<number>();
    for (const [, i, j] of pairs) {
      if (usedP.has(i) || usedG.has(j)) continue;
      usedP.add(i);
      usedG.add(j);
      matched++;
      if (sameSpeaker(preds[i]!.speaker, golds[j]!.speaker)) rightSpeaker++;
    }
  }
  const precision = predicted ? matched / predicted : 0;
  const recall = gold ? matched / gold : 0;
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return {
    suite: 'quotes', precision: r(precision), recall: r(recall), f1: r(precision + recall ? (2 * precision * recall) / (precision + recall) : 0),
    speakerAccuracy: r(matched ? rightSpeaker / matched : 0), n: articles.length - skipped.length, gold, predicted, skipped,
  };
}
