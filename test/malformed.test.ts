// Thousands of malformed inputs through every ingest path: each is read or rejected with its
// name and a reason; nothing throws, nothing hangs. KABAR_SOAK=1 runs a longer round.
import { closeSync, mkdirSync, openSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestAll } from '../src/pipeline.js';
import { parseBytes, readSources } from '../src/sources/index.js';
import { openSqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import { tempDir } from './helpers.js';
import { malformedInputs } from './support/malformed.js';

const SOAK = process.env.KABAR_SOAK === '1';
const COUNT = SOAK ? 20_000 : 2_000;

describe('malformed inputs', () => {
  it(`reads or rejects each of ${COUNT} generated inputs with its name and a reason`, () => {
    let read = 0;
    let rejected = 0;
    const reasons = new Map<string, number>();
    for (const input of malformedInputs(COUNT)) {
      for (const item of parseBytes(input.bytes, input.name, input.format)) {
        if (item.ok) {
          read++;
          expect(item.value.text.length, input.name).toBeGreaterThan(0);
          expect(item.value.title.length, input.name).toBeLessThanOrEqual(500);
        } else {
          rejected++;
          expect(item.error.origin.startsWith(input.name), `${input.name}: ${item.error.message}`).toBe(true);
          expect(item.error.reason.length).toBeGreaterThan(5);
          const kind = item.error.reason.replace(/[\d"'].*$/, '').trim();
          reasons.set(kind, (reasons.get(kind) ?? 0) + 1);
        }
      }
    }
    console.log(`malformed inputs: ${COUNT} tried, ${read} articles read, ${rejected} rejections, 0 crashes`);
    expect(read).toBeGreaterThan(0);
    expect(rejected).toBeGreaterThan(COUNT / 10);
  }, 240_000);

  it('stores what is read and names what is rejected when a directory of them is ingested', async () => {
    const { dir, cleanup } = tempDir();
    const extensions: Record<string, string> = { text: '.txt', csv: '.csv', jsonl: '.jsonl', json: '.json', feed: '.xml', html: '.html' };
    const inputs = malformedInputs(300, 7);
    inputs.forEach((input, i) => writeFileSync(join(dir, `${String(i).padStart(4, '0')}${extensions[input.format ?? 'text']}`), input.bytes));
    const store = openSqliteStore(join(dir, 'kabar.db'));
    const summary = await ingestAll(store, readSources([dir]));
    expect(summary.ingested).toBe(await store.countArticles());
    expect(summary.rejected.every((r) => r.origin.startsWith(dir) && r.reason.length > 5)).toBe(true);
    expect((store.db.pragma('integrity_check', { simple: true }))).toBe('ok');
    await store.close();
    cleanup();
  }, 240_000);

  it('refuses a file over the size limit by its size, without reading it', async () => {
    const { dir, cleanup } = tempDir();
    const path = join(dir, 'huge.jsonl');
    const size = SOAK ? 110 * 1024 * 1024 : 65 * 1024 * 1024;
    writeFileSync(path, Buffer.alloc(size, 'a'));
    const items = [];
    for await (const item of readSources([path])) items.push(item);
    cleanup();
    expect(items).toHaveLength(1);
    expect(items[0]!.ok).toBe(false);
    expect(!items[0]!.ok && items[0]!.error.message).toMatch(/huge\.jsonl: file is too large/);
  });

  it('refuses a file over the size limit inside a folder too, and reads the rest of the folder', async () => {
    const { dir, cleanup } = tempDir();
    mkdirSync(join(dir, 'feeds'));
    // Sparse: its size says 3 GB, and nothing is written. Read, it was refused by Node for being over 2 GB, and one
    // under that was read into memory whole before its size was looked at.
    const huge = join(dir, 'feeds', 'huge.jsonl');
    closeSync(openSync(huge, 'w'));
    truncateSync(huge, 3 * 1024 ** 3);
    writeFileSync(join(dir, 'feeds', 'small.jsonl'), JSON.stringify({ title: 'Banjir rendam Bekasi', text: 'Banjir merendam ratusan rumah di Bekasi pada Senin pagi.' }));
    const items = [];
    for await (const item of readSources([dir])) items.push(item);
    cleanup();
    expect(items.map((i) => (i.ok ? i.value.title : i.error.message))).toEqual([
      expect.stringMatching(/feeds\/huge\.jsonl: file is too large \(3221225472 bytes/), 'Banjir rendam Bekasi',
    ]);
  });
});
