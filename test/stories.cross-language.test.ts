// Stories across languages: an English and an Indonesian report of one event join one story
// through what they share across languages (entities, figures, days), and only then.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestAll } from '../src/pipeline.js';
import { readSources } from '../src/sources/index.js';
import { openSqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import { neutralFeatures } from '../src/stories/assign.js';
import { numberAnchors } from '../src/analysis/neutral.js';
import { crossLanguageScore } from '../src/stories/cross-language.js';
import { analyzeFiles, fixture, SEEDS, tempDir } from './helpers.js';

const ENGLISH = fixture('cross-language', 'nato-north-korea-en.jsonl');
const OTHER_EVENTS = fixture('cross-language', 'giveme-north-korea-redated.jsonl');

const cleanups: (() => void)[] = [];
afterEach(() => { while (cleanups.length) cleanups.pop()!(); });

function freshStore() {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  return openSqliteStore(join(dir, 'kabar.db'));
}

describe('stories across languages', () => {
  it('joins the English report of the NATO briefing to the Indonesian seeds\' story', async () => {
    const store = freshStore();
    await ingestAll(store, readSources([...SEEDS, ENGLISH]));
    const stories = await store.listStories();
    expect(stories).toHaveLength(1);
    expect(stories[0]!.languages.sort()).toEqual(['en', 'id']);
    expect(stories[0]!.sources).toContain('Business Insider');
    await store.close();
  });

  it('joins them in either order of arrival', async () => {
    const store = freshStore();
    await ingestAll(store, readSources([ENGLISH, SEEDS[0]!]));
    const stories = await store.listStories();
    expect(stories.map((s) => s.articleCount)).toEqual([2]);
    await store.close();
  });

  it('keeps English reports of other events on North Korea, Russia and China apart, even in the same days', async () => {
    const store = freshStore();
    await ingestAll(store, readSources([...SEEDS, OTHER_EVENTS]));
    const seeds = (await store.listStories()).find((s) => s.languages.includes('id'))!;
    expect(seeds.articleCount).toBe(2);
    expect(seeds.languages).toEqual(['id']);
    await store.close();
  });

  it('weighs shared entities and figures, and needs the same days', async () => {
    const [seed, english] = await analyzeFiles(SEEDS[0]!, ENGLISH);
    const a = neutralFeatures(seed!);
    const b = neutralFeatures(english!);
    // 600.000 and 600,000; 10.000 and 10,000: one value whatever the notation.
    expect(a.anchors).toEqual(expect.arrayContaining(['600000', '10000']));
    expect(b.anchors).toEqual(expect.arrayContaining(['600000', '10000']));
    const score = crossLanguageScore(a, b);
    expect(score).toBeGreaterThan(0.3);
    expect(crossLanguageScore(a, { ...b, publishedAt: '2024-11-08T00:00:00Z' })).toBe(0);
    expect(crossLanguageScore(a, { ...b, publishedAt: null })).toBe(0);
    expect(crossLanguageScore(a, { ...b, language: 'id' })).toBe(0);
    // Without a shared figure the same names must overlap far more.
    expect(crossLanguageScore(a, { ...b, anchors: [] })).toBe(0);
  });

  it('takes counts, money and percentages as figures, not years or small counts', async () => {
    const [seed] = await analyzeFiles(SEEDS[0]!);
    const anchors = numberAnchors(seed!.numbers);
    expect(anchors).toContain('3000');
    expect(anchors.some((x) => /^20\d\d$/.test(x))).toBe(false);
  });
});
