// The analysis stages, in order, over one article. Each stage is a plain function of what the
// earlier ones produced; nothing here reads storage.

import type { AnalyzedArticle, Article, Sentence } from '../article.js';
import { extractDates, publicationDateFromText } from './dates.js';
import { extractEntities } from './entities.js';
import { detectLanguage } from './language.js';
import { extractNumbers } from './numbers.js';
import { extractQuotes } from './quotes.js';
import { simhash } from './simhash.js';
import { splitSentences } from './sentences.js';
import { termCounts } from './tokens.js';

/** The publication date may be written in the first sentences of the body (`Pada Senin (28/10/2024), ...`). */
const DATELINE_SENTENCES = 3;

/** The analysis stages, in the order they run. */
export const ANALYSIS_STAGES = ['language', 'sentences', 'dates', 'entities', 'terms', 'numbers', 'quotes', 'fingerprint'] as const;
export type AnalysisStage = (typeof ANALYSIS_STAGES)[number];
/** Milliseconds spent in each stage, added to over the articles analysed with it (`kabar bench` shows where analysis goes). */
export type StageTimes = Record<AnalysisStage, number>;

export function emptyStageTimes(): StageTimes {
  return Object.fromEntries(ANALYSIS_STAGES.map((s) => [s, 0])) as StageTimes;
}

/** Runs every analysis stage over `article`; with `times`, adds each stage's milliseconds to it. */
export async function analyzeArticle(article: Article, times?: StageTimes): Promise<AnalyzedArticle> {
  let mark = times ? performance.now() : 0;
  const lap = times ? (stage: AnalysisStage) => { const now = performance.now(); times[stage] += now - mark; mark = now; } : () => {};

  const { language } = detectLanguage(article.title, article.text, article.declaredLanguage);
  lap('language');
  const title: Sentence = { index: 0, text: article.title, start: -1, isTitle: true };
  const sentences = [title, ...splitSentences(article.text, 1)];
  lap('sentences');
  let publishedAt = article.publishedAt;
  let dates = extractDates(sentences, language, publishedAt);
  if (!publishedAt) {
    publishedAt = publicationDateFromText(dates, DATELINE_SENTENCES + 1);
    if (publishedAt) dates = extractDates(sentences, language, publishedAt);
  }
  lap('dates');
  const entities = extractEntities(sentences, language);
  lap('entities');
  const terms = termCounts(article.title, article.text, language);
  lap('terms');
  const numbers = extractNumbers(sentences, language);
  lap('numbers');
  const quotes = extractQuotes(article.text, sentences, entities);
  lap('quotes');
  const fingerprint = simhash(article.text);
  lap('fingerprint');
  return { ...article, publishedAt, language, sentences, terms, entities, numbers, dates, quotes, fingerprint };
}
