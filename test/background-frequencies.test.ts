// The shipped background frequencies (models/frequencies.json): current with the stemmer, and
// weighing terms in a young store as news does.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stem } from '../src/analysis/tokens.js';
import { goldLabel } from '../src/eval/stories.js';
import { ingestArticle } from '../src/pipeline.js';
import { readSources } from '../src/sources/index.js';
import { openSqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import { backgroundShares, FREQUENCIES_MODEL_URL, type BackgroundFrequencies } from '../src/stories/background-frequencies.js';
import { idf } from '../src/stories/similarity.js';
import { probeStems } from '../src/train/frequencies.js';

const SAMPLE_STORIES = new URL('../eval-data/stories-id-talas-sample.jsonl', import.meta.url).pathname;

describe('background frequencies', () => {
  it('were counted with the stemmer as it is now (else run kabar train frequencies)', () => {
    const model = JSON.parse(readFileSync(FREQUENCIES_MODEL_URL, 'utf8')) as BackgroundFrequencies;
    expect(model.probes).toEqual(probeStems());
  });

  it('weigh a word of every news report below a name in a store that has seen few articles', () => {
    const young = { total: 3, df: new Map<string, number>() };
    const government = stem('pemerintah', 'id');
    const ransomware = stem('ransomware', 'id');
    // Without the background, the store's three articles say nothing: every term weighs the same.
    expect(idf(government, young, null)).toBe(idf(ransomware, young, null));
    expect(idf(government, young)).toBeLessThan(idf(ransomware, young) - 1);
    expect(backgroundShares()!.get(government)).toBeGreaterThan(0.3);
  });

  it('let the first reports of the PDN data-centre hack form one story in a new database', async () => {
    // Kabar's labelled sample of news-id-talas-2024 (eval-data/README.md): the hack reports of 1 to 5 July 2024.
    const store = openSqliteStore(':memory:');
    const stories: string[] = [];
    const records = [];
    for await (const item of readSources([SAMPLE_STORIES])) if (item.ok) records.push(item.value);
    records.sort((a, b) => (a.publishedAt ?? '\uffff').localeCompare(b.publishedAt ?? '\uffff'));
    for (const article of records) {
      const { assignment } = await ingestArticle(store, article);
      if (goldLabel(article) === 'pdn-hack' && article.publishedAt! < '2024-07-06') stories.push(assignment.storyId);
    }
    const final = await Promise.all(stories.map(async (id) => (await store.getStory(id))!.id));
    await store.close();
    expect(final).toHaveLength(7);
    expect(new Set(final).size).toBe(1);
  });
});
