// Story clustering against gold labels: articles go through the real pipeline in publication
// order, into a fresh in-memory store, and the stories it forms are scored.

import type { Article } from '../article.js';
import { ingestArticle } from '../pipeline.js';
import type { SourceItem } from '../sources/errors.js';
import { openSqliteStore } from '../storage/sqlite/sqlite-store.js';
import { bcubed, pairwise, type PRF } from './metrics.js';

export interface StoriesReport {
  suite: 'stories';
  bcubed: PRF;
  pairwise: PRF;
  clusters: number;
  goldClusters: number;
  n: number;
  rejected: number;
  seconds: number;
}

/** The gold label of a record: `gold`, `event` or `topic`. */
export function goldLabel(article: Article): string | null {
  for (const key of ['gold', 'event', 'topic']) {
    const v = article.metadata[key];
    if (v !== undefined && v !== null && v !== '') return String(v);
  }
  return null;
}

export async function evaluateStories(items: AsyncIterable<SourceItem<Article>>, onProgress?: (done: number, total: number) => void): Promise<StoriesReport> {
  const started = Date.now();
  const articles: { article: Article; gold: string }[] = [];
  let rejected = 0;
  for await (const item of items) {
    if (!item.ok) { rejected++; continue; }
    const gold = goldLabel(item.value);
    if (gold === null) { rejected++; continue; }
    articles.push({ article: item.value, gold });
  }
  // Publication order, as the articles would have arrived; undated ones last, in input order.
  articles.sort((a, b) => (a.article.publishedAt ?? '\uffff').localeCompare(b.article.publishedAt ?? '\uffff'));
  const store = openSqliteStore(':memory:');
  const predicted: string[] = [];
  const gold: string[] = [];
  const seen = new Set<string>();
  for (const [i, { article, gold: label }] of articles.entries()) {
    if (seen.has(article.id)) continue; // the same article twice in the input
    seen.add(article.id);
    const { assignment } = await ingestArticle(store, article);
    predicted.push(assignment.storyId);
    gold.push(label);
    onProgress?.(i + 1, articles.length);
  }
  // Stories may have been merged after an article joined: resolve to the final story.
  const final = await Promise.all(predicted.map(async (id) => (await store.getStory(id))?.id ?? id));
  await store.close();
  return {
    suite: 'stories',
    bcubed: bcubed(final, gold),
    pairwise: pairwise(final, gold),
    clusters: new Set(final).size,
    goldClusters: new Set(gold).size,
    n: gold.length,
    rejected,
    seconds: Math.round((Date.now() - started) / 10) / 100,
  };
}
