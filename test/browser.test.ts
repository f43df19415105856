// The web UI in a real browser: Debian's Chromium driven by playwright-core.
// .ci/run installs chromium; without /usr/bin/chromium these tests are skipped, saying so.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { analyzeArticle } from '../src/analysis/index.js';
import { ingestAll } from '../src/pipeline.js';
import { buildArticle } from '../src/sources/record.js';
import { startServer, type RunningServer } from '../src/server/serve.js';
import { readSources } from '../src/sources/index.js';
import { openSqliteStore, type SqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import { fixture, SEEDS, tempDir } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const TOKEN = 'browser-test-token';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`browser tests skipped: ${CHROMIUM} is not installed (apt-get install chromium)`);

describe.skipIf(!hasChromium)('web UI in Chromium', () => {
  let store: SqliteStore;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let cleanup: () => void;
  const dialogs: string[] = [];

  beforeAll(async () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    store = openSqliteStore(join(tmp.dir, 'kabar.db'));
    await ingestAll(store, readSources([...SEEDS, fixture('csv', 'talas-5.csv')]));
    server = await startServer(store, 0, '127.0.0.1', { token: TOKEN });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('dialog', async (dialog) => { dialogs.push(dialog.message()); await dialog.dismiss(); });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    cleanup?.();
  });

  it('opens the seeds’ story from the river and shows both sources side by side with the discrepancies', async () => {
    await page.goto(`${server.url}/?lang=en`);
    await page.getByRole('link', { name: 'NATO Konfirmasi Korut Mengirim Pasukan ke Rusia, Biden: Sangat Berbahaya' }).click();
    await page.waitForURL(/\/stories\//);
    const columns = page.locator('section.texts .column h3');
    expect(await columns.allTextContents()).toEqual(['[1] ETIndonesia', '[2] Business Insider']);
    // The evidence is highlighted in the texts: both sides of both discrepancies, and the agreements.
    const highlighted = page.locator('section.texts .s-discrepancy');
    expect(await highlighted.count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('section.texts .column').nth(1).locator('.s-discrepancy').first().textContent()).toContain('tewas atau terluka');
    expect(await page.locator('section.texts .s-agreement').count()).toBeGreaterThanOrEqual(2);
    const discrepancies = page.locator('section.discrepancies .finding');
    expect(await discrepancies.count()).toBe(2);
    expect(await discrepancies.first().textContent()).toContain('korban jiwa');
    expect(await page.locator('section.agreements').textContent()).toContain('Kursk');
    const shot = await page.screenshot({ fullPage: true });
    expect(shot.subarray(1, 4).toString()).toBe('PNG');
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const phone = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await phone.goto(`${server.url}/?lang=id`);
    await phone.locator('li.story', { hasText: 'NATO Konfirmasi' }).getByRole('link').first().click();
    await phone.waitForURL(/\/stories\//);
    const width = await phone.evaluate('document.documentElement.scrollWidth') as number;
    expect(width).toBeLessThanOrEqual(375);
    expect(await phone.locator('h2').first().textContent()).toBe('Linimasa');
    await phone.close();
  });

  it('searches from the header', async () => {
    await page.goto(`${server.url}/?lang=en`);
    await page.getByRole('searchbox').fill('bendungan cipanas');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\?/);
    expect(await page.locator('ol.hits li').first().textContent()).toContain('Wapres Harap Bendungan Cipanas');
  });

  it('filters the river from its form and from a story’s source, on a phone too', async () => {
    await page.goto(`${server.url}/?lang=en`);
    await page.getByLabel('Outlet').fill('Business Insider');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/source=Business\+Insider/);
    expect(await page.locator('ol.river li.story .headline').allTextContents()).toEqual(['NATO Konfirmasi Korut Mengirim Pasukan ke Rusia, Biden: Sangat Berbahaya']);
    await page.getByRole('link', { name: 'Clear filters' }).click();
    await page.locator('li.story', { hasText: 'Wapres Harap Bendungan Cipanas' }).getByRole('link', { name: 'kompas.com' }).click();
    await page.waitForURL(/source=kompas\.com/);
    const kompas = await page.locator('ol.river li.story .headline').allTextContents();
    expect(kompas).toContain('Wapres Harap Bendungan Cipanas Berkembang Jadi Destinasi Wisata');
    expect(kompas.some((h) => h.startsWith('NATO'))).toBe(false);
    const phone = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await phone.goto(`${server.url}/?lang=id&source=kompas.com`);
    expect(await phone.evaluate('document.documentElement.scrollWidth') as number).toBeLessThanOrEqual(375);
    await phone.close();
  });

  it('follows an entity to its page with its roles and stories', async () => {
    await page.goto(`${server.url}/?lang=en`);
    await page.locator('li.story', { hasText: 'NATO Konfirmasi' }).getByRole('link', { name: 'Mark Rutte' }).click();
    await page.waitForURL(/\/entities\//);
    expect(await page.locator('h1').textContent()).toBe('Mark Rutte');
    expect(await page.locator('.entity-page').textContent()).toContain('Sekretaris Jenderal NATO');
    expect(await page.locator('.entity-page ol.river li').count()).toBe(1);
  });

  it('shows a new story in the river as it is ingested, without a reload', async () => {
    await page.goto(`${server.url}/?lang=en`);
    const record = { title: 'Gempa Magnitudo 5,1 Guncang Sukabumi', url: 'https://example.id/gempa-sukabumi', text: 'Gempa bermagnitudo 5,1 mengguncang Kabupaten Sukabumi, Jawa Barat, pada Selasa malam. Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menyatakan gempa tidak berpotensi tsunami, dan warga diminta tetap tenang.' };
    const res = await fetch(`${server.url}/api/articles`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` }, body: JSON.stringify(record) });
    expect(res.status).toBe(200);
    const item = page.locator('ol.river li.story', { hasText: 'Gempa Magnitudo 5,1 Guncang Sukabumi' });
    await item.waitFor({ timeout: 10_000 });
    // The item as the river renders it: its count, date and language, not a bare number.
    await expect.poll(() => item.locator('.meta').textContent(), { timeout: 10_000 }).toMatch(/^1 article · undated · id/);
    // A second report joins the story: the same item is updated in place, with its outlet.
    const copy = { ...record, title: 'Sukabumi Diguncang Gempa Magnitudo 5,1', url: 'https://example.id/salinan/gempa-sukabumi', publisher: 'Kabar Sukabumi' };
    const again = await fetch(`${server.url}/api/articles`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` }, body: JSON.stringify(copy) });
    expect(again.status).toBe(200);
    await expect.poll(() => item.locator('.meta').textContent(), { timeout: 10_000 }).toMatch(/^2 articles · undated · id · .*Kabar Sukabumi/);
    expect(await page.locator('ol.river li.story', { hasText: 'Gempa Magnitudo 5,1 Guncang Sukabumi' }).count()).toBe(1);
    expect(await page.locator('ol.river li.story').first().textContent()).toContain('Gempa Magnitudo 5,1 Guncang Sukabumi');
  });

  it('drops the item of a story merged into another from the river, without a reload', async () => {
    await page.goto(`${server.url}/?lang=en`);
    const items = page.locator('ol.river li.story');
    const ids = await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-story')!));
    expect(ids.length).toBeGreaterThan(2);
    const [into, from] = [ids[0]!, ids[1]!];
    const sizes = await Promise.all([into, from].map(async (id) => (await store.getStory(id))!.articleCount));
    // An article that brings the first two stories of the river together, as story assignment decides when one fits both.
    const article = await analyzeArticle(buildArticle({ title: 'Dua Kabar Jadi Satu', text: 'Sebuah laporan yang menyatukan dua kabar di halaman depan, ditulis untuk uji penggabungan cerita.' }, 'json', 'test:merge'));
    await store.addArticle(article, { storyId: into, created: false, similarity: 0.5, matchedArticle: null, duplicateOf: null, mergeStories: [from], revives: false });
    const survivor = (await store.getStory(from))!.id;
    const absorbed = survivor === into ? from : into;
    await expect.poll(() => page.locator(`ol.river li.story[data-story="${absorbed}"]`).count(), { timeout: 10_000 }).toBe(0);
    const total = sizes[0]! + sizes[1]! + 1;
    await expect.poll(() => page.locator(`ol.river li.story[data-story="${survivor}"] .meta`).textContent(), { timeout: 10_000 }).toMatch(new RegExp(`^${total} articles · `));
    expect(await items.count()).toBe(ids.length - 1);
  });

  it('renders hostile article text inert', async () => {
    const hostile = {
      title: `<img src=x onerror="alert('title')"><script>alert('title2')</script>${'Judul panjang '.repeat(300)}`,
      text: 'Isi berita <script>alert("body")</script> dengan <a href="javascript:alert(\'link\')">tautan</a> yang cukup panjang untuk dianalisis.',
      url: 'javascript:alert("url")',
    };
    const res = await fetch(`${server.url}/api/articles`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` }, body: JSON.stringify(hostile) });
    expect(res.status).toBe(200);
    await page.goto(`${server.url}/?lang=en`);
    await page.locator('li.story', { hasText: '<img src=x' }).getByRole('link').first().click();
    await page.waitForURL(/\/stories\//);
    await page.locator('ol.timeline a').first().click();
    await page.waitForURL(/\/articles\//);
    expect(await page.locator('h1').textContent()).toContain('<script>alert');
    expect(await page.locator('.body a').count()).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});
