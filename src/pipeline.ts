// The ingest pipeline: source items → analysis → story assignment → storage, one article at a
// time, in arrival order. Rejections are counted and reported, never dropped.

import type { Article, AnalyzedArticle, StoryAssignment } from './article.js';
import { analyzeArticle } from './analysis/index.js';
import type { InputError, SourceItem } from './sources/errors.js';
import type { Store } from './storage/store.js';
import { ASSIGNMENT, assignStory, queryTerms, rankStories } from './stories/assign.js';

export interface IngestSummary {
  ingested: number;
  duplicates: number;
  rejected: { origin: string; reason: string }[];
  /** Stories that articles of this run started. */
  storiesCreated: number;
}

export type IngestEvent =
  | { type: 'ingested'; article: AnalyzedArticle; assignment: StoryAssignment }
  | { type: 'duplicate'; article: Article }
  | { type: 'rejected'; error: InputError };

/** Analyses and stores one article (already known to be new); returns its story assignment. */
export async function ingestArticle(store: Store, article: Article): Promise<{ analyzed: AnalyzedArticle; assignment: StoryAssignment; added: boolean }> {
  return assignAnalyzed(store, await analyzeArticle(article));
}

/**
 * Assigns an analysed article to a story and stores both: the pipeline after analysis. It runs
 * as the store's only assigner (`Store.exclusive`), so that concurrent workers see each other's
 * articles and never start two stories for one event.
 */
export async function assignAnalyzed(store: Store, analyzed: AnalyzedArticle): Promise<{ analyzed: AnalyzedArticle; assignment: StoryAssignment; added: boolean }> {
  return store.exclusive(async (db) => {
    const terms = queryTerms(analyzed);
    const candidates = await db.findCandidates(terms, ASSIGNMENT.candidates);
    const allTerms = new Set(Object.keys(analyzed.terms));
    for (const c of candidates) for (const t of Object.keys(c.terms)) allTerms.add(t);
    const stats = await db.documentFrequencies([...allTerms]);
    const members = new Map<string, Record<string, number>[]>();
    const ranked = rankStories(analyzed, candidates, stats);
    for (const story of ranked) members.set(story.storyId, await db.storyTerms(story.storyId, ASSIGNMENT.centroidArticles));
    const assignment = assignStory(analyzed, candidates, ranked, members, stats);
    const added = (await db.addArticle(analyzed, assignment)) === 'inserted';
    return { analyzed, assignment, added };
  });
}

/** Ingests every item; `onEvent` sees each outcome (for progress bars and live updates). */
export async function ingestAll(
  store: Store, items: AsyncIterable<SourceItem<Article>>, onEvent?: (event: IngestEvent) => void,
): Promise<IngestSummary> {
  const summary: IngestSummary = { ingested: 0, duplicates: 0, rejected: [], storiesCreated: 0 };
  for await (const item of items) {
    if (!item.ok) {
      summary.rejected.push({ origin: item.error.origin, reason: item.error.reason });
      onEvent?.({ type: 'rejected', error: item.error });
      continue;
    }
    const article = item.value;
    if (await store.hasArticle(article.id)) {
      summary.duplicates++;
      onEvent?.({ type: 'duplicate', article });
      continue;
    }
    const { analyzed, assignment, added } = await ingestArticle(store, article);
    if (!added) {
      summary.duplicates++;
      onEvent?.({ type: 'duplicate', article });
      continue;
    }
    summary.ingested++;
    if (assignment.created) summary.storiesCreated++;
    onEvent?.({ type: 'ingested', article: analyzed, assignment });
  }
  return summary;
}
