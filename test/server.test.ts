// The HTTP API and the web pages, in-process and over a real socket.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { ingestAll } from '../src/pipeline.js';
import { createApp } from '../src/server/app.js';
import { startServer } from '../src/server/serve.js';
import { readSources } from '../src/sources/index.js';
import { openSqliteStore, type SqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import { fixture, SEEDS, tempDir } from './helpers.js';

const TOKEN = 'test-token-1234';
let store: SqliteStore;
let app: Hono;
let cleanup: () => void;
let storyId: string;

beforeAll(async () => {
  const tmp = tempDir();
  cleanup = tmp.cleanup;
  store = openSqliteStore(join(tmp.dir, 'kabar.db'));
  await ingestAll(store, readSources([...SEEDS, fixture('csv', 'talas-5.csv')]));
  storyId = (await store.listStories())[0]!.id;
  app = createApp(store, { token: TOKEN });
});
afterAll(async () => {
  await store.close();
  cleanup();
});

const get = async (path: string) => {
  const res = await app.request(path);
  return { status: res.status, body: await res.json() as any, headers: res.headers };
};

describe('API reads', () => {
  it('lists stories with paging and filters', async () => {
    const all = await get('/api/stories');
    expect(all.status).toBe(200);
    expect(all.body.stories[0]).toMatchObject({ id: storyId, articleCount: 2 });
    expect((await get('/api/stories?limit=1')).body.stories).toHaveLength(1);
    expect((await get('/api/stories?entity=Mark%20Rutte')).body.stories.map((s: any) => s.id)).toEqual([storyId]);
  });

  it('serves a story, its comparison and its articles', async () => {
    const story = await get(`/api/stories/${storyId}`);
    expect(story.body.articles).toHaveLength(2);
    const compare = await get(`/api/stories/${storyId}/compare`);
    expect(compare.body.comparison.sameStory).toBe(true);
    expect(compare.body.comparison.discrepancies.map((d: any) => d.value).sort()).toEqual([10000, 600000]);
    const article = await get(`/api/articles/${story.body.articles[0].id}`);
    expect(article.body.title).toBeTruthy();
  });

  it('searches, and lists entities and quotes', async () => {
    const search = await get('/api/search?q=pasukan%20Korea');
    expect(search.body.hits.length).toBeGreaterThanOrEqual(2);
    const entities = await get('/api/entities?type=PERSON');
    expect(entities.body.entities.map((e: any) => e.name)).toContain('Mark Rutte');
    const quotes = await get('/api/quotes?speaker=Vladimir%20Putin');
    expect(quotes.body.quotes.map((q: any) => q.text)).toEqual(['Ini urusan kami']);
    // The seeds' story's quotes, Putin's among them; another story's are not.
    const ofStory = await get(`/api/quotes?story=${storyId}&limit=500`);
    expect(ofStory.body.quotes.length).toBeGreaterThan(1);
    expect(ofStory.body.quotes.every((q: any) => q.storyId === storyId)).toBe(true);
    expect(ofStory.body.quotes.map((q: any) => q.text)).toContain('Ini urusan kami');
    expect((await get('/api/quotes?story=not-a-story')).status).toBe(400);
  });

  it('answers bad parameters with 400 and a JSON error naming the parameter', async () => {
    const res = await get('/api/stories?limit=abc');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad_request');
    expect(res.body.error.message).toContain('limit');
    expect((await get('/api/stories?bogus=1')).status).toBe(400);
    expect((await get('/api/search')).status).toBe(400);
    expect((await get('/api/articles/..%2F..%2Fetc%2Fpasswd')).status).toBe(400);
    expect((await get('/api/stories/snotastory0000000')).status).toBe(404);
    expect((await get('/api/nothing')).body.error.code).toBe('not_found');
  });

  it('publishes an OpenAPI document of every endpoint it serves', async () => {
    const doc = await get('/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    const served = app.routes.filter((r) => r.path.startsWith('/api/') && r.path !== '/api/*' && r.method !== 'ALL')
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    const documented = Object.entries(doc.body.paths as Record<string, object>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect([...new Set(served)].sort()).toEqual(documented.sort());
  });

  it('accepts what its OpenAPI document allows and refuses what lies past it', async () => {
    const doc = (await get('/openapi.json')).body;
    const checked: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths as Record<string, { get?: { parameters?: any[]; responses: any } }>)) {
      const op = ops.get;
      if (!op || path.includes('{') || op.responses[200].content?.['text/event-stream']) continue;
      const required = (op.parameters ?? []).filter((p) => p.required).map((p) => `${p.name}=seed`);
      for (const p of op.parameters ?? []) {
        const { schema } = p;
        const at = (value: string | number) => `${path}?${[...required.filter((r: string) => !r.startsWith(`${p.name}=`)), `${p.name}=${value}`].join('&')}`;
        if (schema.type === 'integer' && schema.maximum < 1e6) {
          expect((await get(at(schema.maximum))).status, at(schema.maximum)).toBe(200);
          expect((await get(at(schema.maximum + 1))).status, at(schema.maximum + 1)).toBe(400);
          expect((await get(at(schema.minimum - 1))).status, at(schema.minimum - 1)).toBe(400);
        }
        if (schema.enum) {
          for (const value of schema.enum) expect((await get(at(value))).status, at(value)).toBe(200);
          expect((await get(at('NONE'))).status).toBe(400);
        }
        if (schema.maxLength) expect((await get(at('x'.repeat(schema.maxLength + 1)))).status, `${path} ${p.name}`).toBe(400);
        checked.push(`${path} ${p.name}`);
      }
      // An endpoint with parameters refuses one it does not know (a typo would silently be no filter).
      if (op.parameters?.length) expect((await get(`${path}?${[...required, 'unknown=1'].join('&')}`)).status, `${path} unknown parameter`).toBe(400);
    }
    expect(checked).toEqual(expect.arrayContaining(['/api/stories limit', '/api/stories offset', '/api/search limit', '/api/entities type', '/api/quotes limit']));
  });
});

describe('API writes', () => {
  const record = { title: 'Gempa di Sumedang', text: 'Gempa bermagnitudo 4,8 mengguncang Kabupaten Sumedang, Jawa Barat, pada Selasa malam, kata BMKG. Tidak ada korban jiwa.', url: 'https://example.id/gempa-sumedang' };

  it('refuse requests without the right bearer token', async () => {
    const none = await app.request('/api/articles', { method: 'POST', body: JSON.stringify(record), headers: { 'content-type': 'application/json' } });
    expect(none.status).toBe(401);
    const wrong = await app.request('/api/articles', { method: 'POST', body: JSON.stringify(record), headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    const disabled = await createApp(store, { token: null }).request('/api/articles', { method: 'POST', body: '{}', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(disabled.status).toBe(401);
  });

  it('ingest an article with the token, idempotently', async () => {
    const post = () => app.request('/api/articles', { method: 'POST', body: JSON.stringify(record), headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' } });
    const first = await post();
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ ingested: 1, duplicates: 0 });
    expect(await (await post()).json()).toMatchObject({ ingested: 0, duplicates: 1 });
  });

  it('reject invalid JSON with the reason, and refuse private URLs', async () => {
    const bad = await app.request('/api/articles', { method: 'POST', body: '{"title": "x", ', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('invalid JSON');
    const internal = await app.request('/api/ingest', { method: 'POST', body: JSON.stringify({ url: 'http://169.254.169.254/latest/meta-data' }), headers: { authorization: `Bearer ${TOKEN}` } });
    expect(internal.status).toBe(400);
    expect(JSON.stringify(await internal.json())).toContain('refused');
  });

  it('refuse bodies over the size limit', async () => {
    const huge = 'x'.repeat(6 * 1024 * 1024);
    const res = await app.request('/api/articles', { method: 'POST', body: huge, headers: { authorization: `Bearer ${TOKEN}`, 'content-length': String(huge.length) } });
    expect(res.status).toBe(413);
  });
});

describe('rate limits', () => {
  it('answer a flood with 429, Retry-After and a JSON error, per kind of request', async () => {
    const limited = createApp(store, { token: TOKEN, rateLimit: { reads: { perMinute: 60, burst: 3 }, writes: { perMinute: 60, burst: 1 } } });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await limited.request('/api/stories')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await limited.request('/api/stories');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await refused.json()) as any).error.code).toBe('rate_limited');
    const write = () => limited.request('/api/articles', { method: 'POST', body: '[]', headers: { authorization: `Bearer ${TOKEN}` } });
    expect((await write()).status).toBe(400);
    expect((await write()).status).toBe(429);
  });
});

describe('web pages', () => {
  it('list the stories and show a story with its sources, discrepancies and quotes', async () => {
    const home = await app.request('/');
    expect(home.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await home.text();
    expect(html).toContain('NATO Konfirmasi Korut Mengirim Pasukan ke Rusia');
    const page = await (await app.request(`/stories/${storyId}?lang=en`)).text();
    expect(page).toContain('Discrepancies');
    expect(page).toContain('ETIndonesia');
    expect(page).toContain('Business Insider');
    expect(page).toContain('korban jiwa');
    expect(page).toContain('Joe Biden');
  });

  it('show where a story went quiet, in the interface language', async () => {
    const tmp = tempDir();
    const launches = openSqliteStore(join(tmp.dir, 'kabar.db'));
    try {
      await ingestAll(launches, readSources([fixture('json', 'giveme-north-korea-launches.jsonl')]));
      const pages = createApp(launches, { token: TOKEN });
      const satellites = (await launches.listStories())[0]!.id;
      const english = await (await pages.request(`/stories/${satellites}?lang=en`)).text();
      expect(english.match(/<li class="silence">[^<]*<\/li>/g)).toEqual(['<li class="silence">957 days without news</li>', '<li class="silence">144 days without news</li>']);
      expect(await (await pages.request(`/stories/${satellites}?lang=id`)).text()).toContain('<li class="silence">144 hari tanpa berita</li>');
    } finally {
      await launches.close();
      tmp.cleanup();
    }
  });

  it('name countries in the interface language, other names as written', async () => {
    const english = await (await app.request(`/stories/${storyId}?lang=en`)).text();
    expect(english).toContain('href="/entities/place%3AKP?lang=en">North Korea</a>');
    expect(english).toContain('href="/entities/place%3Akursk?lang=en">Kursk</a>');
    const indonesian = await (await app.request(`/stories/${storyId}?lang=id`)).text();
    expect(indonesian).toContain('href="/entities/place%3AKP?lang=id">Korea Utara</a>');
    expect(await (await app.request('/entities/place%3ARU?lang=en')).text()).toContain('<h1>Russia</h1>');
    expect(await (await app.request('/entities/place%3ARU?lang=id')).text()).toContain('<h1>Rusia</h1>');
  });

  it('render hostile article text inert', async () => {
    const hostile = {
      title: `<script>alert(1)</script><img src=x onerror=alert(2)>${'Judul sangat panjang '.repeat(500)}`,
      text: 'Isi <b>berita</b> dengan <a href="javascript:alert(3)">tautan</a> dan <script>alert(4)</script> yang cukup panjang untuk dianalisis oleh Kabar.',
      url: 'javascript:alert(5)',
    };
    const res = await app.request('/api/articles', { method: 'POST', body: JSON.stringify(hostile), headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    const home = await (await app.request('/')).text();
    expect(home).not.toContain('<script>alert');
    expect(home).not.toContain('<img src=x');
    expect(home).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const articles = await store.listArticles({ limit: 100 });
    const stored = articles.find((a) => a.title.startsWith('<script>'))!;
    const page = await (await app.request(`/articles/${stored.id}`)).text();
    expect(page).not.toMatch(/href\s*=\s*["']?\s*javascript:/i);
    expect(page).toContain('&lt;a href=&quot;javascript:alert(3)&quot;&gt;');
    expect(page).not.toContain('<b>berita</b>');
    expect(page).not.toContain('<script>alert');
  });

  it('filter and page the river, keeping the filters across pages and languages', async () => {
    const page = async (query: string) => {
      const res = await app.request(`/${query}`);
      return { status: res.status, html: await res.text() };
    };
    const headlines = (html: string) => [...html.matchAll(/class="headline" href="\/stories\/([^?"]+)/g)].map((m) => m[1]);

    const bySource = await page('?source=ETIndonesia&lang=en');
    expect(headlines(bySource.html)).toEqual([storyId]);
    expect(bySource.html).toContain('name="source" value="ETIndonesia"');
    expect(bySource.html).toContain('Clear filters');
    expect(bySource.html).toContain('href="?source=ETIndonesia&amp;lang=id"'); // the other language keeps the filter
    // A filtered river is not live: a new story's place in it is unknown to the page.
    expect(bySource.html).not.toContain('data-live');
    expect(bySource.html).not.toContain('/static/river.js');
    // Every story names its sources as links to the river of that source.
    expect(bySource.html).toContain('href="/?source=Business+Insider&amp;lang=en"');

    const english = await page('?language=en&lang=en');
    expect(headlines(english.html)).toEqual([]);
    expect(english.html).toContain('No matches.');
    expect(english.html).toMatch(/<option value="en" selected>English<\/option>/);
    const indonesian = await page('?language=id&lang=id');
    expect(headlines(indonesian.html)).toContain(storyId);
    expect(indonesian.html).toMatch(/<option value="id" selected>Indonesia<\/option>/);

    // The form's empty fields are no filters: the whole river, live.
    const unfiltered = await page('?language=&source=&entity=&since=&lang=en');
    expect(unfiltered.status).toBe(200);
    expect(unfiltered.html).toContain('data-live');
    const all = headlines(unfiltered.html);
    expect(all.length).toBeGreaterThan(2);

    const first = await page('?limit=2&lang=en');
    expect(headlines(first.html)).toEqual(all.slice(0, 2));
    expect(first.html).toContain('href="/?offset=2&amp;limit=2&amp;lang=en"');
    expect(first.html).not.toContain('rel="prev"');
    const second = await page('?limit=2&offset=2&lang=en');
    expect(headlines(second.html)).toEqual(all.slice(2, 4));
    expect(second.html).toContain('rel="prev" href="/?limit=2&amp;lang=en"');
    expect(second.html).not.toContain('data-live');
    expect(second.html).toContain('class="lang" href="?offset=2&amp;limit=2&amp;lang=id"'); // the same page in Indonesian
  });

  it('say what is wrong with a river query', async () => {
    const tooMany = await app.request('/?limit=5000&lang=en');
    expect(tooMany.status).toBe(400);
    const text = await tooMany.text();
    expect(text).toContain('Bad request');
    expect(text).toMatch(/invalid request: limit: .*200/);
    const unknown = await app.request('/?colour=red');
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('colour');
    const since = await app.request('/?since=%3Cscript%3E');
    expect(since.status).toBe(400);
    expect(await since.text()).not.toContain('<script>');
  });

  it('render the river items a live update names, as the river does', async () => {
    const other = (await store.listStories())[1]!.id;
    const res = await app.request(`/fragments/stories?ids=${storyId},${other},s0000000000000000&lang=en`);
    expect(res.status).toBe(200);
    const text = await res.text();
    // Both stories' items, in the river's markup (no page around them); an unknown id is left out.
    expect(text.match(/<li class="story" data-story="s[0-9a-f]{16}">/g)).toEqual([`<li class="story" data-story="${storyId}">`, `<li class="story" data-story="${other}">`]);
    expect(text).toContain('2 articles');
    expect(text).toContain('href="/?source=ETIndonesia&amp;lang=en"');
    expect(text).not.toContain('<html');
    for (const bad of ['', '?ids=', '?ids=a1', `?ids=${storyId}&colour=red`, `?ids=${Array(51).fill(storyId).join(',')}`]) {
      const refused = await app.request(`/fragments/stories${bad}`);
      expect(refused.status, bad).toBe(400);
      expect(await refused.text()).toMatch(/^invalid request: /);
    }
  });

  it('start the river’s live updates after the change its stories were read at', async () => {
    const html = await (await app.request('/?lang=en')).text();
    const after = Number(/<ol class="river" data-live data-after="(\d+)"/.exec(html)?.[1]);
    expect(after).toBe(await store.latestSeq());
    // From an earlier change, the stream sends what came after it: the last stored article, at once.
    const res = await app.request(`/api/events?after=${after - 1}`);
    const reader = res.body!.getReader();
    let text = '';
    while (!text.includes('\n\n')) text += new TextDecoder().decode((await reader.read()).value);
    await reader.cancel();
    expect(text).toMatch(/^event: story-(?:created|updated)\ndata: \{"storyId":"s[0-9a-f]{16}"/);
    expect(text).toMatch(new RegExp(`\nid: ${after}\n`));
    expect(JSON.parse(/^data: (.*)$/m.exec(text)![1]!)).toMatchObject({ merged: [] });
    for (const bad of ['?after=-1', '?after=x', '?colour=red']) {
      const refused = await app.request(`/api/events${bad}`);
      expect(refused.status, bad).toBe(400);
    }
  });

  it('search from the page', async () => {
    const page = await (await app.request('/search?q=bendungan')).text();
    expect(page).toContain('Wapres Harap Bendungan Cipanas');
  });
});

describe('over a real socket', () => {
  it('serves the API and the pages on a port', async () => {
    const server = await startServer(store, 0, '127.0.0.1', {});
    try {
      const res = await fetch(`${server.url}/api/stories?limit=1`);
      expect(res.status).toBe(200);
      expect((await res.json() as any).stories).toHaveLength(1);
      expect((await fetch(`${server.url}/`)).headers.get('content-type')).toContain('text/html');
    } finally {
      await server.close();
    }
  });
});
