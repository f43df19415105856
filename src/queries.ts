// Read-side operations that the CLI and the HTTP API share: a story with its articles, a story's
// comparison, search with snippets, and the sample corpus for an empty database.

import { fileURLToPath } from 'node:url';
import { queryGroups } from './analysis/tokens.js';
import { sourceOf, type Article } from './article.js';
import { compareArticles, type Comparison } from './comparison/compare.js';
import { gazetteer, normaliseSurface } from './lang/gazetteer.js';
import { ingestAll, type IngestSummary } from './pipeline.js';
import { readSources } from './sources/index.js';
import type { ArticleSummary, EntityDetail, QuoteRecord, Store, StoreSearchHit, StoredArticle, StorySummary } from './storage/store.js';

/** The sample corpus shipped with Kabar (see sample/README.md for sources and licences). */
export const SAMPLE_DIR = fileURLToPath(new URL('../sample/', import.meta.url));

export interface StoryDetail {
  story: StorySummary;
  articles: ArticleSummary[];
}

/** Articles a story's timeline lists: its newest, of a larger story (the page says how many it leaves out). */
export const TIMELINE_ARTICLES = 1000;

export async function storyDetail(store: Store, id: string): Promise<StoryDetail | null> {
  const story = await store.getStory(id);
  if (!story) return null;
  const articles = await store.listArticles({ storyId: story.id, limit: TIMELINE_ARTICLES });
  // Time order; undated articles last, since their place in time is unknown.
  articles.sort((a, b) => (a.publishedAt ?? '\uffff').localeCompare(b.publishedAt ?? '\uffff') || a.id.localeCompare(b.id));
  return { story, articles };
}

/**
 * Most articles of a story compared. A comparison weighs every pair of its articles: a story of
 * 275 articles took 7.8 s and gave 9 MB of findings, most of them one agreement many times over.
 */
export const MAX_COMPARED = 20;

/**
 * The articles of a story that a comparison reads, in time order: its independent ones (syndicated
 * copies say what their original says), and of a story larger than `max`, each source's first report,
 * then the earliest of the others (undated ones last).
 */
export function articlesToCompare<T extends Pick<Article, 'id' | 'publishedAt' | 'publisher' | 'originalSource'> & { duplicateOf: string | null }>(
  articles: readonly T[], max: number = MAX_COMPARED,
): T[] {
  const byTime = articles.filter((a) => a.duplicateOf === null)
    .sort((a, b) => (a.publishedAt ?? '\uffff').localeCompare(b.publishedAt ?? '\uffff') || a.id.localeCompare(b.id));
  if (byTime.length <= max) return byTime;
  const seen = new Set<string>();
  const first = byTime.filter((a) => {
    const source = sourceOf(a)?.toLowerCase() ?? null;
    if (source === null || seen.has(source)) return false;
    seen.add(source);
    return true;
  });
  const firsts = new Set(first);
  const chosen = new Set([...first, ...byTime.filter((a) => !firsts.has(a))].slice(0, max));
  return byTime.filter((a) => chosen.has(a));
}

/**
 * The articles of story `storyId` that its comparison reads (articlesToCompare), whole, and how many
 * independent articles the story holds. They are chosen from the story's article rows and only those
 * chosen are read whole: a story of 9,297 articles was read whole, sentences and all, for the 20 it
 * compares (6.7 s at a million stored).
 */
export async function storyArticlesToCompare(store: Store, storyId: string, max: number = MAX_COMPARED): Promise<{ articles: StoredArticle[]; independent: number }> {
  const independent = (await store.listArticles({ storyId, limit: Number.MAX_SAFE_INTEGER })).filter((a) => a.duplicateOf === null);
  return { articles: await store.getArticles(articlesToCompare(independent, max).map((a) => a.id)), independent: independent.length };
}

/** A story's comparison, and how many independent articles the story holds (it compares at most MAX_COMPARED). */
export type StoryComparison = Comparison & { independentArticles: number };

/**
 * Compares the articles of a story (articlesToCompare); null when the story does not exist or has
 * fewer than two independent articles.
 */
export async function compareStory(store: Store, id: string, max: number = MAX_COMPARED): Promise<StoryComparison | null> {
  const story = await store.getStory(id);
  return story ? comparisonOf(store, story, max) : null;
}

/** The comparison of `story` (as read), null when it has fewer than two independent articles. */
async function comparisonOf(store: Store, story: StorySummary, max: number): Promise<StoryComparison | null> {
  // A story's comparison changes only when an article joins it: cache it until then.
  const version = `${story.id}|${story.articleCount}|${story.lastUpdated}|${max}`;
  const cached = comparisons.get(store)?.get(version);
  if (cached !== undefined) return cached;
  const { articles, independent } = await storyArticlesToCompare(store, story.id, max);
  const result = articles.length < 2 ? null
    : { ...compareArticles(articles, { storyIds: articles.map((a) => a.storyId) }), independentArticles: independent };
  let cache = comparisons.get(store);
  if (!cache) comparisons.set(store, (cache = new Map()));
  if (cache.size >= COMPARISON_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(version, result);
  return result;
}

/** Comparisons kept per store (the most recently computed; a story page is read many times). */
const COMPARISON_CACHE_SIZE = 200;
const comparisons = new WeakMap<Store, Map<string, StoryComparison | null>>();

/** Quotes a story page lists: the newest of a larger story. */
export const STORY_PAGE_QUOTES = 200;

/** What a story's page shows: the story and its timeline, its comparison, the articles compared whole, its quotes. */
export interface StoryView extends StoryDetail {
  comparison: StoryComparison | null;
  /** The articles the comparison read, whole (their texts are shown side by side), in time order. */
  compared: StoredArticle[];
  /** The story's newest quotes (at most STORY_PAGE_QUOTES), newest first. */
  quotes: QuoteRecord[];
}

/**
 * A story's page, reading whole only the articles it compares (at most `max`): null when there is
 * no such story.
 */
export async function storyView(store: Store, id: string, max: number = MAX_COMPARED): Promise<StoryView | null> {
  const detail = await storyDetail(store, id);
  if (!detail) return null;
  const comparison = await comparisonOf(store, detail.story, max);
  const [compared, quotes] = await Promise.all([
    comparison ? store.getArticles(comparison.articles.map((a) => a.id)) : Promise.resolve([]),
    store.listQuotes({ storyId: detail.story.id, limit: STORY_PAGE_QUOTES }),
  ]);
  return { ...detail, comparison, compared, quotes };
}

export interface EntityOverview {
  entity: EntityDetail;
  stories: StorySummary[];
  quotes: QuoteRecord[];
}

/**
 * An entity (by key, by name in any case, or by an alias the gazetteer knows: Korut, AS, PBB)
 * with the stories that mention it and what it said.
 */
export async function entityOverview(store: Store, keyOrName: string, limit = 50): Promise<EntityOverview | null> {
  const alias = gazetteer().lookup(normaliseSurface(keyOrName));
  const entity = (await store.getEntity(keyOrName)) ?? (alias ? await store.getEntity(alias.key) : null);
  if (!entity) return null;
  const [stories, quotes] = await Promise.all([store.listStories({ entity: entity.key, limit }), store.listQuotes({ speaker: entity.key, limit })]);
  return { entity, stories, quotes };
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
  // Its README is skipped as every folder's is (sources/index.ts).
  return ingestAll(store, readSources([SAMPLE_DIR]));
}
