// Read-side operations that the CLI and the HTTP API share: a story with its articles, a story's
// comparison, search with snippets, and the sample corpus for an empty database.

import { fileURLToPath } from 'node:url';
import { queryGroups, words } from './analysis/tokens.js';
import { compareArticles, type Comparison } from './comparison/compare.js';
import { ingestAll, type IngestSummary } from './pipeline.js';
import { readSources } from './sources/index.js';
import type { ArticleSummary, Store, StoreSearchHit, StorySummary } from './storage/store.js';

/** The sample corpus shipped with Kabar (see sample/README.md for sources and licences). */
export const SAMPLE_DIR = fileURLToPath(new URL('../sample/', import.meta.url));

export interface StoryDetail {
  story: StorySummary;
  articles: ArticleSummary[];
}

export async function storyDetail(store: Store, id: string): Promise<StoryDetail | null> {
  const story = await store.getStory(id);
  if (!story) return null;
  const articles = await store.listArticles({ storyId: story.id, limit: 1000 });
  // Time order; undated articles last, since their place in time is unknown.
  articles.sort((a, b) => (a.publishedAt ?? '\uffff').localeCompare(b.publishedAt ?? '\uffff') || a.id.localeCompare(b.id));
  return { story, articles };
}

/**
 * Compares the independent articles of a story (syndicated copies say what their original says);
 * null when the story does not exist or has fewer than two independent articles.
 */
export async function compareStory(store: Store, id: string): Promise<Comparison | null> {
  const story = await store.getStory(id);
  if (!story) return null;
  const articles = (await store.storyArticles(story.id)).filter((a) => a.duplicateOf === null);
  if (articles.length < 2) return null;
  return compareArticles(articles, { storyIds: articles.map((a) => a.storyId) });
}

export interface SearchResult extends StoreSearchHit {
  snippet: string;
}

/** Full-text search over stems, with the sentence that matches best as the snippet. */
export async function searchArticles(store: Store, query: string, limit = 20): Promise<SearchResult[]> {
  const groups = queryGroups(query);
  if (groups.length === 0) return [];
  const hits = await store.search(groups, limit);
  const wanted = new Set(groups.flat());
  const results: SearchResult[] = [];
  for (const hit of hits) {
    const article = await store.getArticle(hit.articleId);
    let snippet = '';
    let bestScore = -1;
    for (const s of article?.sentences ?? []) {
      const score = queryGroups(s.text).filter((g) => g.some((t) => wanted.has(t))).length;
      if (score > bestScore) { bestScore = score; snippet = s.text; }
    }
    results.push({ ...hit, snippet });
  }
  return results;
}

/** Loads the sample corpus when the store has no article yet; returns null when it had some. */
export async function loadSampleIfEmpty(store: Store): Promise<IngestSummary | null> {
  if ((await store.countArticles()) > 0) return null;
  return ingestAll(store, readSources([SAMPLE_DIR]));
}

/** Words of a query, for highlighting. */
export function queryWords(query: string): string[] {
  return words(query);
}
