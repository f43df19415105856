// Story assignment's rules on real articles (unit level; the whole pipeline is in pipeline.test.ts).

import { describe, expect, it } from 'vitest';
import type { AnalyzedArticle } from '../src/article.js';
import { ASSIGNMENT, rankStories } from '../src/stories/assign.js';
import type { StoryCandidate } from '../src/storage/store.js';
import { analyzeFiles, fixture } from './helpers.js';

/** A stored article of story `storyId`, as the inverted index hands it to assignment. */
function candidate(article: AnalyzedArticle, storyId: string): StoryCandidate {
  return {
    articleId: article.id, storyId, publishedAt: article.publishedAt, language: article.language, terms: article.terms,
    entityKeys: article.entities.map((e) => e.key), anchors: [], fingerprint: article.fingerprint, duplicateOf: null, shared: 1,
  };
}

describe('story assignment', () => {
  it('keeps a story warm while it keeps making news: an old best match counts in full when the story moved in the last days', async () => {
    // Three Giveme5W1H reports of the Equifax breach: 15 September, 9 November and 14 November 2017.
    const [september, november, late] = await analyzeFiles(fixture('json', 'giveme-equifax.jsonl'));
    const cold = rankStories(late!, [candidate(september!, 'equifax')], null)[0]!;
    const warm = rankStories(late!, [candidate(september!, 'equifax'), candidate(november!, 'equifax')], null)[0]!;
    // The September report is the best match either way; two months old, it is cooled only when nothing of its story is recent.
    expect(cold.articleId).toBe(september!.id);
    expect(warm.articleId).toBe(september!.id);
    expect(cold.score / warm.score).toBeCloseTo(ASSIGNMENT.coldFactor, 5);
  });
});
