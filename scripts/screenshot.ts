// Takes the README's screenshot of the seeds' story page: npx tsx scripts/screenshot.ts [out.png]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { loadSampleIfEmpty } from '../src/queries.js';
import { startServer } from '../src/server/serve.js';
import { openSqliteStore } from '../src/storage/sqlite/sqlite-store.js';

const out = process.argv[2] ?? 'docs/story-page.png';
const dir = mkdtempSync(join(tmpdir(), 'kabar-shot-'));
const store = openSqliteStore(join(dir, 'kabar.db'));
await loadSampleIfEmpty(store);
const story = (await store.listStories({ entity: 'Mark Rutte' }))[0]!;
const server = await startServer(store, 0, '127.0.0.1');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
await page.goto(`${server.url}/stories/${story.id}?lang=en`);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
await server.close();
await store.close();
rmSync(dir, { recursive: true, force: true });
console.log(`wrote ${out}`);
