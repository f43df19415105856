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

/** Runs every analysis stage over `article`. */
export async function analyzeArticle(article: Article): Promise<AnalyzedArticle> {
  const { language } = await detectLanguage(article.title, article.text, article.declaredLanguage);
  const title: Sentence = { index: 0, text: article.title, start: -1, isTitle: true };
  const sentences = [title, ...splitSentences(article.text, 1)];

  let publishedAt = article.publishedAt;
  let dates = extractDates(sentences, language, publishedAt);
  if (!publishedAt) {
    publishedAt = publicationDateFromText(dates, DATELINE_SENTENCES + 1);
    if (publishedAt) dates = extractDates(sentences, language, publishedAt);
  }
  const entities = extractEntities(sentences, language);
  return {
    ...article,
    publishedAt,
    language,
    sentences,
    terms: termCounts(article.title, article.text, language),
    entities,
    numbers: extractNumbers(sentences, language),
    dates,
    quotes: extractQuotes(article.text, sentences, entities),
    fingerprint: simhash(article.text),
  };
}
