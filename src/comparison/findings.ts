// What a comparison finds, and the small readings of an article every part of it shares.

import { sourceOf, type AnalyzedArticle } from '../article.js';

export interface Evidence {
  article: string;
  sentence: string;
}

export interface Finding {
  summary: string;
  evidence: Evidence[];
}

export interface Discrepancy extends Finding {
  /** `meaning`: same figure, different meaning; `attribution`: same figure from different sources; `conflict`: different figures for one thing. */
  kind: 'meaning' | 'attribution' | 'conflict' | 'date';
  value?: number;
}

export interface UniqueFact {
  summary: string;
  sentence: string;
}

export interface ComparedArticle {
  id: string;
  title: string;
  language: string;
  publisher: string | null;
  originalSource: string | null;
  translated: boolean;
  publishedAt: string | null;
  entities: { name: string; type: string; mentions: string[] }[];
  /** Direct quotations. */
  quotes: { speaker: string | null; text: string }[];
  /** Reported statements (`X said that …`, `Menurut X, …`). */
  statements: { speaker: string | null; text: string }[];
  numbers: { value: number; text: string; sentence: string; counted: string | null; unit: string | null }[];
}

export interface Comparison {
  sameStory: boolean;
  similarity: number;
  articles: ComparedArticle[];
  agreements: Finding[];
  discrepancies: Discrepancy[];
  unique: Record<string, UniqueFact[]>;
}

/** The text of sentence `index` of `a`. */
export function sentenceText(a: AnalyzedArticle, index: number): string {
  return a.sentences.find((s) => s.index === index)?.text ?? '';
}

/** Quotations in quotation marks (reported statements are compared as sentences). */
export function direct(a: AnalyzedArticle) {
  return a.quotes.filter((q) => q.kind === 'direct');
}

/** How an article is named in findings: its publisher, else its original source, else its id. */
export function label(a: AnalyzedArticle): string {
  return sourceOf(a) ?? a.id;
}

/** The first `words` words of `text`, with an ellipsis when cut. */
export function shorten(text: string, words = 24): string {
  const parts = text.split(/\s+/);
  return parts.length <= words ? text : `${parts.slice(0, words).join(' ')}…`;
}
