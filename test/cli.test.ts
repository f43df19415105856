// The kabar command, run in-process as a user would type it.
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, runCli, SEEDS, tempDir } from './helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => { while (cleanups.length) cleanups.pop()!(); });
function db(): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  return join(dir, 'kabar.db');
}

describe('kabar ingest', () => {
  it('ingests, prints a summary, and is idempotent', async () => {
    const path = db();
    const first = await runCli(['--db', path, 'ingest', ...SEEDS]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Ingest summary: 2 ingested, 0 duplicates, 0 rejected, 1 new stories/);
    const again = await runCli(['--db', path, '--json', 'ingest', ...SEEDS]);
    expect(JSON.parse(again.stdout)).toMatchObject({ ingested: 0, duplicates: 2, rejectedCount: 0 });
    // A new database is made without a word; one an older Kabar made says what its update does, on standard error.
    expect(first.stderr).not.toContain('updating the database');
    const older = new Database(path);
    // (Its postings are not taken back into article_terms: listing stories does not read them.)
    older.exec(`DROP TABLE story_entities; DROP INDEX stories_listing; DROP INDEX quotes_speaker_key; ALTER TABLE articles DROP COLUMN merged;
      ALTER TABLE article_features DROP COLUMN revives; DROP TABLE term_postings;
      CREATE TABLE article_terms (term TEXT NOT NULL, day INTEGER NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (term, day DESC, article_id)) WITHOUT ROWID;
      PRAGMA user_version = 15`);
    older.close();
    const updated = await runCli(['--db', path, '--json', 'stories']);
    expect(updated.code).toBe(0);
    expect(updated.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^kabar: updating the database to schema version 16: each story's entity counts/),
      expect.stringMatching(/^kabar: updating the database to schema version 17: outlets stored under a host name/),
      expect.stringMatching(/^kabar: updating the database to schema version 18: an article records the stories its arrival merged/),
      expect.stringMatching(/^kabar: updating the database to schema version 19: outlets an older Kabar named by a shared suffix/),
      expect.stringMatching(/^kabar: updating the database to schema version 20: an article records whether it took its story up again/),
      expect.stringMatching(/^kabar: updating the database to schema version 21: each term's newest postings kept in one row/),
      expect.stringMatching(/^kabar: updating the database to schema version 22: which articles name an entity, kept in the order they arrived/),
    ]);
    expect(JSON.parse(updated.stdout)[0]).toMatchObject({ articleCount: 2, topEntities: expect.arrayContaining([expect.objectContaining({ name: 'NATO', articles: 2 })]) });
    expect((await runCli(['--db', path, 'stories'])).stderr).toBe('');
  });

  it('exits 3 and names each rejected input when something was rejected', async () => {
    const result = await runCli(['--db', db(), 'ingest', fixture('bad'), SEEDS[0]!]);
    expect(result.code).toBe(3);
    expect(result.stdout).toContain('4 ingested');
    expect(result.stdout).toContain('rejected');
    expect(result.stdout).toContain('binary.txt: binary data (NUL bytes), not text');
  });

  it('reads standard input', async () => {
    const path = db();
    const record = JSON.stringify({ title: 'Banjir di Jakarta', text: 'Banjir melanda Jakarta pada Senin pagi setelah hujan deras sepanjang malam, kata BPBD DKI Jakarta.' });
    const result = await runCli(['--db', path, '--json', 'ingest', '-'], { stdin: record });
    expect(JSON.parse(result.stdout).ingested).toBe(1);
  });
});

describe('kabar compare', () => {
  it('prints the contract for the two seed files with sameStory true', async () => {
    const result = await runCli(['--json', 'compare', ...SEEDS]);
    expect(result.code).toBe(0);
    const c = JSON.parse(result.stdout);
    expect(c.sameStory).toBe(true);
    expect(Object.keys(c)).toEqual(expect.arrayContaining(['sameStory', 'similarity', 'articles', 'agreements', 'discrepancies', 'unique']));
    expect(Object.keys(c.articles[0])).toEqual(expect.arrayContaining(['id', 'title', 'language', 'publisher', 'originalSource', 'translated', 'publishedAt', 'entities', 'quotes', 'numbers']));
    expect(c.discrepancies.map((d: { kind: string }) => d.kind).sort()).toEqual(['attribution', 'meaning']);
  });

  it('compares stored articles by id, and prints Markdown', async () => {
    const path = db();
    const ingest = await runCli(['--db', path, '--json', 'ingest', ...SEEDS]);
    expect(ingest.code).toBe(0);
    const list = JSON.parse((await runCli(['--db', path, '--json', 'articles'])).stdout) as { id: string }[];
    const result = await runCli(['--db', path, 'compare', '--markdown', ...list.map((a) => a.id)]);
    expect(result.stdout).toMatch(/^# Coverage comparison/);
    expect(result.stdout).toContain('meaning: The same figure, 600,000');
  });

  it('compares the articles of a stored story given its id', async () => {
    const path = db();
    await runCli(['--db', path, 'ingest', ...SEEDS]);
    const [story] = JSON.parse((await runCli(['--db', path, '--json', 'stories'])).stdout) as { id: string }[];
    const result = await runCli(['--db', path, '--json', 'compare', story!.id]);
    expect(result.code).toBe(0);
    const c = JSON.parse(result.stdout);
    expect(c.articles.map((a: { publisher: string | null; originalSource: string | null }) => a.publisher ?? a.originalSource)).toEqual(['ETIndonesia', 'Business Insider']);
    expect(c.discrepancies.map((d: { kind: string }) => d.kind).sort()).toEqual(['attribution', 'meaning']);
  });

  it('explains a reference that is neither a file nor a stored id', async () => {
    const result = await runCli(['--db', db(), 'compare', SEEDS[0]!, 'nonsense']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('nonsense: neither a file nor the id of a stored article or story');
  });
});

describe('reading the store', () => {
  it('lists stories, shows a story with its comparison, searches and exports', async () => {
    const path = db();
    await runCli(['--db', path, 'ingest', ...SEEDS, fixture('csv', 'talas-5.csv')]);
    const stories = JSON.parse((await runCli(['--db', path, '--json', 'stories'])).stdout);
    expect(stories[0].articleCount).toBe(2);
    const story = await runCli(['--db', path, 'story', stories[0].id, '--compare']);
    expect(story.stdout).toContain('Timeline:');
    expect(story.stdout).toContain('Discrepancies (2)');
    const search = JSON.parse((await runCli(['--db', path, '--json', 'search', 'bendungan', 'cipanas'])).stdout);
    expect(search[0].title).toBe('Wapres Harap Bendungan Cipanas Berkembang Jadi Destinasi Wisata');
    expect(search[0].snippet.toLowerCase()).toContain('bendungan');
    const out = join(path, '..', 'export.jsonl');
    await runCli(['--db', path, 'export', '--output', out]);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(7);
    expect(lines[0]).toHaveProperty('storyId');
    const quotes = await runCli(['--db', path, 'quotes', '--speaker', 'Rutte']);
    expect(quotes.stdout).toContain('Mark Rutte: “Tanpa dukungan dari luar');
    // One entity by an alias: its names as written, its roles, its story, what it said.
    const rutte = JSON.parse((await runCli(['--db', path, '--json', 'entity', 'mark rutte'])).stdout);
    expect(rutte.entity).toMatchObject({ name: 'Mark Rutte', type: 'PERSON', articles: 2, roles: ['Sekretaris Jenderal NATO'] });
    expect(rutte.entity.mentions).toEqual(expect.arrayContaining(['Mark Rutte', 'Rutte']));
    expect(rutte.stories.map((s: { id: string }) => s.id)).toEqual([stories[0].id]);
    expect(rutte.quotes.length).toBeGreaterThan(2);
    const korut = await runCli(['--db', path, 'entity', 'Korut']);
    expect(korut.stdout).toMatch(/^Korea Utara {2}place · place:KP/);
    const nobody = await runCli(['--db', path, 'entity', 'Nobody Here']);
    expect([nobody.code, nobody.stderr]).toEqual([1, "kabar: no entity 'Nobody Here' (kabar entities lists them)\n"]);
  });

  it('shows where a story went quiet in its timeline', async () => {
    const path = db();
    await runCli(['--db', path, 'ingest', fixture('json', 'giveme-north-korea-launches.jsonl')]);
    const stories = JSON.parse((await runCli(['--db', path, '--json', 'stories'])).stdout);
    expect(stories.map((s: { articleCount: number }) => s.articleCount)).toEqual([5, 1]);
    const story = await runCli(['--db', path, 'story', stories[0].id]);
    // January 2013 to September 2015, then to the launch of February 2016, whose reports follow each other by a day.
    expect(story.stdout.match(/… \d+ days without news …/g)).toEqual(['… 957 days without news …', '… 144 days without news …']);
    expect(story.stdout.split('\n').findIndex((l) => l.includes('144 days'))).toBeLessThan(story.stdout.split('\n').findIndex((l) => l.includes('launches ‘satellite,’')));
  });

  it('analyzes one file as JSON', async () => {
    const result = await runCli(['analyze', SEEDS[0]!]);
    const a = JSON.parse(result.stdout);
    expect(a.language).toBe('id');
    expect(a.numbers.map((n: { value: number }) => n.value)).toEqual([600000, 10000, 3000, 10000]);
    expect(a.dates[0].date).toBe('2024-10-28');
  });

  it('rejects bad options with a message', async () => {
    const result = await runCli(['--db', db(), 'stories', '--limit', 'many']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("'many' is not a whole number");
    const missing = await runCli(['--db', db(), 'story', 'sdeadbeefdeadbeef']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no story with id sdeadbeefdeadbeef');
    // Said before an hour of benchmark, not after it.
    const keep = await runCli(['bench', '--keep', '/nonexistent/kept.db']);
    expect(keep.code).toBe(1);
    expect(keep.stderr).toContain("no folder /nonexistent to keep the database in");
  });
});
