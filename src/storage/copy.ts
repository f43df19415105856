// Copies one store into another (SQLite → PostgreSQL, or back): every article keeps its analysis,
// its story and its syndication link, so nothing is re-analysed or re-clustered.

import type { AnalyzedArticle } from '../article.js';
import type { Store, StoredArticle } from './store.js';

export interface CopyResult {
  copied: number;
  alreadyThere: number;
  stories: number;
}

/** Copies every article of `source` into `target`, oldest first; articles `target` has are left as they are. */
export async function copyStore(source: Store, target: Store, onProgress?: (seen: number) => void): Promise<CopyResult> {
  const result: CopyResult = { copied: 0, alreadyThere: 0, stories: 0 };
  const stories = new Set<string>();
  let seen = 0;
  for await (const stored of source.exportArticles()) {
    const { storyId, duplicateOf, revives, article } = split(stored);
    stories.add(storyId);
    const outcome = await target.addArticle(article, { storyId, created: false, similarity: 0, matchedArticle: null, duplicateOf, revives });
    if (outcome === 'inserted') result.copied++;
    else result.alreadyThere++;
    onProgress?.(++seen);
  }
  result.stories = stories.size;
  return result;
}

function split(stored: StoredArticle): { storyId: string; duplicateOf: string | null; revives: boolean; article: AnalyzedArticle } {
  const { storyId, duplicateOf, revives, ingestedAt: _ingestedAt, ...article } = stored;
  return { storyId, duplicateOf, revives, article };
}
