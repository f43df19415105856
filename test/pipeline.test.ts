// Ingest end to end: sources → analysis → stories → storage.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { ingestAll } from '../src/pipeline.js';
import { readSources } from '../src/sources/index.js';
import { openSqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import { fixture, SEEDS, tempDir } from './helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => { while (cleanups.length) cleanups.pop()!(); });

function freshStore() {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  return { store: openSqliteStore(join(dir, 'kabar.db')), dir };
}

describe('ingest', () => {
  it('puts the two seeds into one story', async () => {
    const { store } = freshStore();
    const summary = await ingestAll(store, readSources(SEEDS));
    expect(summary).toMatchObject({ ingested: 2, duplicates: 0, rejected: [], storiesCreated: 1 });
    const stories = await store.listStories();
    expect(stories).toHaveLength(1);
    expect(stories[0]!.articleCount).toBe(2);
    await store.close();
  });

  it('is idempotent: ingesting the same inputs again adds nothing', async () => {
    const { store } = freshStore();
    await ingestAll(store, readSources([...SEEDS, fixture('csv', 'talas-5.csv')]));
    const again = await ingestAll(store, readSources([...SEEDS, fixture('csv', 'talas-5.csv')]));
    expect(again).toMatchObject({ ingested: 0, duplicates: 7, rejected: [] });
    expect(await store.countArticles()).toBe(7);
    await store.close();
  });

  it('treats the same URL as the same article even when the text was edited', async () => {
    const { store, dir } = freshStore();
    const lines = readFileSync(fixture('json', 'giveme-event35.jsonl'), 'utf8').trim().split('\n');
    const edited = JSON.parse(lines[0]!);
    edited.title = `${edited.title} (updated)`;
    const path = join(dir, 'edited.jsonl');
    writeFileSync(path, `${lines[0]}\n${JSON.stringify(edited)}\n`);
    const summary = await ingestAll(store, readSources([path]));
    expect(summary).toMatchObject({ ingested: 1, duplicates: 1 });
    await store.close();
  });

  it('ingests the rest of a batch around rejected inputs and names each rejection', async () => {
    const { store } = freshStore();
    const summary = await ingestAll(store, readSources([fixture('bad'), SEEDS[0]!, fixture('html', 'no-article.html')]));
    expect(summary.ingested).toBe(4);
    expect(summary.rejected.map((r) => r.origin.replace(/^.*fixtures\//, ''))).toEqual([
      'bad/binary.txt', 'bad/broken-quote.csv:3', 'bad/empty.txt', 'bad/one-bad-line.jsonl:2', 'html/no-article.html',
    ]);
    await store.close();
  });

  it('keeps unrelated articles in separate stories', async () => {
    const { store } = freshStore();
    await ingestAll(store, readSources([...SEEDS, fixture('csv', 'talas-5.csv'), fixture('feeds', 'world-news.atom')]));
    const stories = await store.listStories();
    const seedStory = stories.find((s) => s.articleCount === 2 && s.topEntities.some((e) => e.name === 'NATO'));
    expect(seedStory).toBeDefined();
    // Two Las Vegas shooting reports (one a summary) and five unrelated Indonesian articles.
    expect(stories.length).toBeGreaterThanOrEqual(7);
    await store.close();
  });
});

describe('ingest in batches', () => {
  it('forms the same stories committing 16 articles per transaction as one at a time', async () => {
    const partition = async (batch: number) => {
      const { store } = freshStore();
      const events: string[] = [];
      const summary = await ingestAll(store, readSources([fixture('csv', 'talas-120.csv')]), (e) => { events.push(e.type); }, { batch });
      const stories = await store.listStories({ limit: 200 });
      const members = await Promise.all(stories.map(async (s) => (await store.listArticles({ storyId: s.id, limit: 200 })).map((a) => a.id).sort().join(',')));
      await store.close();
      return { summary, events: events.length, members: members.sort() };
    };
    const one = await partition(1);
    const sixteen = await partition(16);
    expect(sixteen.summary).toEqual(one.summary);
    expect(sixteen.events).toBe(120);
    expect(sixteen.members).toEqual(one.members);
  });
});

describe('syndication', () => {
  it('links a lightly edited copy under another headline to the earliest copy, and does not count it as a source', async () => {
    const { store, dir } = freshStore();
    await ingestAll(store, readSources(SEEDS));
    const original = readFileSync(SEEDS[0]!, 'utf8').split('\n');
    // Another outlet republishes seed 000: new headline and dateline, one sentence reworded, no credit line.
    const body = original.slice(1).join('\n')
      .replace('ETIndonesia. ', 'KabarDunia. ')
      .replace('Ini sangat berbahaya, sangat berbahaya', 'Ini sangat berbahaya')
      .replace(/\n\nSumber : NTDTV.com\s*$/, '');
    const copy = join(dir, 'copy.txt');
    writeFileSync(copy, `Korea Utara Kirim Tentara ke Rusia, NATO Membenarkan\n${body}`);
    const summary = await ingestAll(store, readSources([copy]));
    expect(summary).toMatchObject({ ingested: 1, storiesCreated: 0 });
    const [story] = await store.listStories();
    expect(story).toMatchObject({ articleCount: 3, copies: 1, sources: ['ETIndonesia'] });
    const articles = await store.storyArticles(story!.id);
    const seedId = articles.find((a) => a.publisher === 'ETIndonesia')!.id;
    expect(articles.find((a) => a.publisher === 'KabarDunia')!.duplicateOf).toBe(seedId);
    await store.close();
  });
});

describe('the sample corpus', () => {
  it('loads into an empty store only, without its README', async () => {
    const { loadSampleIfEmpty } = await import('../src/queries.js');
    const { store } = freshStore();
    const first = await loadSampleIfEmpty(store);
    expect(first).toMatchObject({ ingested: 41, rejected: [] });
    expect((await store.listArticles({ limit: 100 })).some((a) => a.title.startsWith('# Sample corpus'))).toBe(false);
    expect(await loadSampleIfEmpty(store)).toBeNull();
    await store.close();
  });
});
