// Online story assignment, first version: an article joins the story of the most similar stored
// article found through the inverted index, when that similarity clears a threshold and the two
// are close in time; otherwise it starts a story. Decides only; the store records.

import type { AnalyzedArticle, StoryAssignment } from '../article.js';
import { storyIdFor } from '../ids.js';
import type { StoryCandidate } from '../storage/store.js';
import { similarity, type DocumentFrequencies } from './similarity.js';

export const ASSIGNMENT: { threshold: number; windowDays: number; candidates: number; queryTerms: number } = {
  /** Least similarity to join a story. Set by hand on the seeds (0.41) and unrelated talas pairs (below 0.2). */
  threshold: 0.3,
  /** A story goes cold: articles further apart than this in publication time do not join. */
  windowDays: 7,
  /** Candidate articles fetched from the inverted index per article. */
  candidates: 50,
  /** Stems of the article used to query the inverted index. */
  queryTerms: 20,
};

/** The stems that represent an article in the inverted index query: its most frequent. */
export function queryTerms(article: Pick<AnalyzedArticle, 'terms'>, n: number = ASSIGNMENT.queryTerms): string[] {
  return Object.entries(article.terms).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n).map(([t]) => t);
}

/** Chooses the story for `article` among `candidates`. */
export function assignStory(article: AnalyzedArticle, candidates: StoryCandidate[], stats: DocumentFrequencies | null): StoryAssignment {
  const self = { terms: article.terms, entityKeys: article.entities.map((e) => e.key) };
  let best: StoryCandidate | null = null;
  let bestScore = 0;
  for (const candidate of candidates) {
    if (candidate.articleId === article.id || !withinWindow(article.publishedAt, candidate.publishedAt)) continue;
    const score = similarity(self, candidate, stats);
    if (score > bestScore) { best = candidate; bestScore = score; }
  }
  if (best && bestScore >= ASSIGNMENT.threshold) {
    return { storyId: best.storyId, created: false, similarity: round(bestScore), matchedArticle: best.articleId };
  }
  return { storyId: storyIdFor(article.id), created: true, similarity: 0, matchedArticle: null };
}

function withinWindow(a: string | null, b: string | null): boolean {
  if (!a || !b) return true; // without dates, time cannot separate them
  const days = Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
  return !Number.isFinite(days) || days <= ASSIGNMENT.windowDays;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
