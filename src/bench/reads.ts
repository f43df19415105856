// The read side on the store the synthetic stream built: what an analyst's listings and pages
// cost once the store is large (each timed once, cold, in the process that wrote the store).

import { entityOverview, storyView } from '../queries.js';
import type { Store } from '../storage/store.js';

/** One read: what it is, how long it took, and how much it returned. */
export interface ReadTiming {
  read: string;
  ms: number;
  /** Rows listed, or bytes of JSON for a page's data. */
  size: number;
}

/** Times `work` once; its result is kept for the reads that follow from it. */
async function timed<T>(out: ReadTiming[], read: string, work: () => Promise<T>): Promise<T> {
  const t = performance.now();
  const result = await work();
  const ms = Math.round((performance.now() - t) * 10) / 10;
  out.push({ read, ms, size: Array.isArray(result) ? result.length : Buffer.byteLength(JSON.stringify(result ?? null)) });
  return result;
}

/**
 * Times the listings and pages of the web UI and the API on `store`, each once: the front page's
 * stories, entities, quotes, articles, stories of one language and of one source, the page of the
 * most named entity and of the largest story (with its comparison), and a search.
 */
export async function timeReads(store: Store, query: string[][]): Promise<ReadTiming[]> {
  const out: ReadTiming[] = [];
  const stories = await timed(out, 'stories (100, most articles first)', () => store.listStories({ limit: 100 }));
  const entities = await timed(out, 'entities (50)', () => store.listEntities({ limit: 50 }));
  await timed(out, 'quotes (50, newest)', () => store.listQuotes({ limit: 50 }));
  await timed(out, 'articles (50, newest)', () => store.listArticles({ limit: 50 }));
  const largest = stories[0];
  const language = largest?.languages[0];
  if (language) await timed(out, `stories in ${language} (50)`, () => store.listStories({ language, limit: 50 }));
  const source = largest?.sources[0];
  if (source) await timed(out, 'stories of one source (50)', () => store.listStories({ source, limit: 50 }));
  const top = entities[0];
  if (top) await timed(out, `entity page: ${top.name} (${top.articles} articles)`, () => entityOverview(store, top.key));
  if (largest) {
    await timed(out, `story page: ${largest.articleCount} articles, with its comparison`, () => storyView(store, largest.id));
  }
  await timed(out, `search: ${query.map((g) => g.join('|')).join(' ')}`, () => store.search(query, 20));
  return out;
}
