// The HTTP API and the web pages, on Hono. Reads are open; writes need the bearer token.

import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import { ingestAll } from '../pipeline.js';
import { compareStory, entityOverview, searchArticles, storyDetail, storyView } from '../queries.js';
import { parseBytes, readSources } from '../sources/index.js';
import type { Store } from '../storage/store.js';
import { articlePage, badRequestPage, entityPage, notFoundPage, RIVER_FRAGMENT_IDS, RIVER_PAGE_SIZE, riverItems, searchPage, storiesPage, storyPage } from '../web/pages.js';
import { RIVER_SCRIPT } from '../web/river-script.js';
import { STYLESHEET } from '../web/style.js';
import { uiLanguage } from '../web/i18n.js';
import { entitiesQuery, eventsQuery, idParam, ingestBody, quotesQuery, searchQuery, storiesQuery, storyIdParam } from './api-schemas.js';
import { openApiDocument } from './openapi.js';
import { RateLimiter, type RateLimitOptions } from './rate-limit.js';

/** Largest request body accepted by write endpoints. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;
/** How often the event stream looks for newly stored articles (any process may have stored them). */
export const EVENTS_POLL_MS = 1000;
/** With a store that pushes changes, polling only guards against a lost notification. */
const EVENTS_PUSHED_POLL_MS = 10_000;
/** A comment line this often keeps proxies from closing an idle event stream. */
const EVENTS_HEARTBEAT_MS = 15_000;

export interface AppOptions {
  /** Bearer token for write endpoints; without one, writes are refused. */
  token?: string | null;
  /** Allow POST /api/ingest to fetch URLs on private networks (tests, intranets). */
  allowPrivateUrls?: boolean;
  /** Per-client limits for reads and writes; the defaults suit an analyst's browser and a few scripts. */
  rateLimit?: { reads: RateLimitOptions; writes: RateLimitOptions };
}

export const DEFAULT_RATE_LIMIT = { reads: { perMinute: 600, burst: 120 }, writes: { perMinute: 60, burst: 20 } };

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/** The web page's story river: the API's filters, with the page's own page size. */
const riverQuery = storiesQuery.extend({ limit: storiesQuery.shape.limit.removeDefault().default(RIVER_PAGE_SIZE) });
/** The river's live items: the stories an update named (river.js asks for those of up to half a second at once). */
const fragmentQuery = z.object({
  // Comma-separated; the length bound (an id and its comma each) refuses a huge list before it is split.
  ids: z.string().max(RIVER_FRAGMENT_IDS * 18).transform((ids) => ids.split(',')).pipe(z.array(storyIdParam).min(1).max(RIVER_FRAGMENT_IDS)),
  lang: z.enum(['id', 'en']).optional(),
}).strict();

type ErrorCode = 'bad_request' | 'not_found' | 'unauthorized' | 'payload_too_large' | 'rate_limited' | 'internal';
const STATUS: Record<ErrorCode, 400 | 401 | 404 | 413 | 429 | 500> = { bad_request: 400, unauthorized: 401, not_found: 404, payload_too_large: 413, rate_limited: 429, internal: 500 };

function apiError(c: Context, code: ErrorCode, message: string, details?: unknown) {
  return c.json({ error: { code, message, ...(details ? { details } : {}) } }, STATUS[code]);
}

function parse<T>(c: Context, schema: z.ZodType<T>, value: unknown): { ok: true; data: T } | { ok: false; response: Response } {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, response: apiError(c, 'bad_request', `invalid request: ${describeIssues(result.error)}`, issueDetails(result.error)) };
}

function issueDetails(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

/** Each wrong parameter and why, for a person: `limit: Too big: expected number to be <=200`. */
function describeIssues(error: z.ZodError): string {
  return issueDetails(error).map((d) => `${d.path || 'value'}: ${d.message}`).join('; ');
}

/** The client's address as the socket gives it (proxies' X-Forwarded-For is not trusted: it is the client's to write). */
function clientAddress(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'local';
}

/** Compares tokens in constant time (hashing first makes the lengths equal). */
function tokenMatches(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export function createApp(store: Store, options: AppOptions = {}): Hono {
  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
  });

  const limits = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  const readLimiter = new RateLimiter(limits.reads);
  const writeLimiter = new RateLimiter(limits.writes);
  app.use('*', async (c, next) => {
    const limiter = c.req.method === 'GET' || c.req.method === 'HEAD' ? readLimiter : writeLimiter;
    const wait = limiter.take(clientAddress(c));
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return apiError(c, 'rate_limited', `too many requests: try again in ${wait} s`);
    }
    await next();
  });

  const requireToken = async (c: Context, next: () => Promise<void>) => {
    const expected = options.token;
    const header = c.req.header('authorization') ?? '';
    const given = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
    if (!expected) return apiError(c, 'unauthorized', 'writes are disabled: start the server with KABAR_TOKEN set');
    if (!given || !tokenMatches(given, expected)) return apiError(c, 'unauthorized', 'missing or wrong bearer token (Authorization: Bearer <KABAR_TOKEN>)');
    await next();
  };
  const limit = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => apiError(c, 'payload_too_large', `request body is larger than ${MAX_BODY_BYTES} bytes`) });

  // ---- API
  app.get('/openapi.json', (c) => c.json(openApiDocument()));
  app.get('/api/health', async (c) => c.json({ ok: true, articles: await store.countArticles(), storage: store.kind }));

  app.get('/api/stories', async (c) => {
    const q = parse(c, storiesQuery, c.req.query());
    if (!q.ok) return q.response;
    return c.json({ stories: await store.listStories(q.data), limit: q.data.limit, offset: q.data.offset });
  });
  app.get('/api/stories/:id', async (c) => {
    const detail = await storyDetail(store, c.req.param('id'));
    return detail ? c.json(detail) : apiError(c, 'not_found', `no story with id ${c.req.param('id')}`);
  });
  app.get('/api/stories/:id/compare', async (c) => {
    const story = await store.getStory(c.req.param('id'));
    if (!story) return apiError(c, 'not_found', `no story with id ${c.req.param('id')}`);
    return c.json({ storyId: story.id, comparison: await compareStory(store, story.id) });
  });
  app.get('/api/articles/:id', async (c) => {
    const id = parse(c, idParam, c.req.param('id'));
    if (!id.ok) return id.response;
    const article = await store.getArticle(id.data);
    return article ? c.json(article) : apiError(c, 'not_found', `no article with id ${id.data}`);
  });
  app.get('/api/search', async (c) => {
    const q = parse(c, searchQuery, c.req.query());
    if (!q.ok) return q.response;
    return c.json({ query: q.data.q, hits: await searchArticles(store, q.data.q, q.data.limit) });
  });
  app.get('/api/entities', async (c) => {
    const q = parse(c, entitiesQuery, c.req.query());
    if (!q.ok) return q.response;
    return c.json({ entities: await store.listEntities(q.data) });
  });
  app.get('/api/quotes', async (c) => {
    const q = parse(c, quotesQuery, c.req.query());
    if (!q.ok) return q.response;
    const { story, ...rest } = q.data;
    return c.json({ quotes: await store.listQuotes({ ...rest, ...(story === undefined ? {} : { storyId: story }) }) });
  });

  app.get('/api/entities/:key', async (c) => {
    const page = await entityOverview(store, c.req.param('key'));
    if (!page) return apiError(c, 'not_found', `no entity ${c.req.param('key')}`);
    return c.json(page);
  });

  // Live updates: one event per stored article, whichever process stored it (the CLI, a worker).
  app.get('/api/events', (c) => {
    const q = parse(c, eventsQuery, c.req.query());
    if (!q.ok) return q.response;
    return streamSSE(c, async (stream) => {
      const resume = Number(c.req.header('last-event-id'));
      let cursor = Number.isInteger(resume) && resume >= 0 ? resume : q.data.after ?? await store.latestSeq();
      let open = true;
      // A store that pushes (PostgreSQL's NOTIFY, from any worker or server) wakes the stream at once; polling stays as a safety net.
      let wake: (() => void) | null = null;
      const unsubscribe = await store.onChange(() => wake?.());
      const pollMs = unsubscribe ? EVENTS_PUSHED_POLL_MS : EVENTS_POLL_MS;
      stream.onAbort(() => { open = false; wake?.(); void unsubscribe?.(); });
      let lastWrite = Date.now();
      try {
        while (open) {
          const changes = await store.changesSince(cursor);
          for (const change of changes) {
            const story = await store.getStory(change.storyId);
            cursor = change.seq;
            if (!story) continue;
            await stream.writeSSE({
              id: String(change.seq),
              event: story.articleCount === 1 ? 'story-created' : 'story-updated',
              data: JSON.stringify({
                storyId: story.id, articleId: change.articleId, headline: story.headline, articleCount: story.articleCount, sources: story.sources, merged: change.merged,
              }),
            });
            lastWrite = Date.now();
          }
          if (changes.length === 100) continue; // more are waiting
          if (Date.now() - lastWrite >= EVENTS_HEARTBEAT_MS) { await stream.write(': keep-alive\n\n'); lastWrite = Date.now(); }
          await new Promise<void>((resolve) => {
            const timer = setTimeout(done, pollMs);
            function done(): void { clearTimeout(timer); wake = null; resolve(); }
            wake = done;
          });
        }
      } finally {
        await unsubscribe?.();
      }
    });
  });

  app.post('/api/articles', limit, requireToken, async (c) => {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.length === 0) return apiError(c, 'bad_request', 'empty body: send a JSON article, an array of them, or JSON Lines');
    const summary = await ingestAll(store, (async function* () { yield* parseBytes(bytes, 'request body', null); })());
    return c.json(summary, summary.ingested + summary.duplicates > 0 ? 200 : 400);
  });
  app.post('/api/ingest', limit, requireToken, async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return apiError(c, 'bad_request', 'body must be JSON: {"url": "https://..."}');
    }
    const parsed = parse(c, ingestBody, body);
    if (!parsed.ok) return parsed.response;
    const summary = await ingestAll(store, readSources([parsed.data.url], { fetch: { allowPrivate: options.allowPrivateUrls ?? false } }));
    return c.json(summary, summary.ingested + summary.duplicates > 0 ? 200 : 400);
  });
  app.all('/api/*', (c) => apiError(c, 'not_found', `no API endpoint ${c.req.method} ${c.req.path}`));

  // ---- Web pages
  const lang = (c: Context) => uiLanguage(c.req.query('lang'), c.req.header('accept-language'));
  app.get('/static/river.js', (c) => c.body(RIVER_SCRIPT, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }));
  app.get('/static/kabar.css', (c) => c.body(STYLESHEET, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }));
  app.get('/', async (c) => {
    // A filter form sends its empty fields too: an empty field is no filter.
    const given = Object.fromEntries(Object.entries(c.req.query()).filter(([key, value]) => key !== 'lang' && value !== ''));
    const q = riverQuery.safeParse(given);
    if (!q.success) return c.html(badRequestPage(`invalid request: ${describeIssues(q.error)}`, lang(c)), 400);
    // The change the page is read at, taken first: river.js follows the changes after it.
    const seq = await store.latestSeq();
    return c.html(storiesPage(await store.listStories(q.data), lang(c), q.data, seq));
  });
  app.get('/fragments/stories', async (c) => {
    const q = fragmentQuery.safeParse(c.req.query());
    if (!q.success) return c.text(`invalid request: ${describeIssues(q.error)}`, 400);
    const stories = (await Promise.all(q.data.ids.map((id) => store.getStory(id)))).filter((s) => s !== null);
    // A story merged into another comes back as the survivor: each once.
    const unique = [...new Map(stories.map((s) => [s.id, s])).values()];
    return c.html(riverItems(unique, lang(c)));
  });
  app.get('/stories/:id', async (c) => {
    const view = await storyView(store, c.req.param('id'));
    return view ? c.html(storyPage(view, lang(c))) : c.html(notFoundPage(`story ${c.req.param('id')}`, lang(c)), 404);
  });
  app.get('/articles/:id', async (c) => {
    const article = await store.getArticle(c.req.param('id'));
    return article ? c.html(articlePage(article, lang(c))) : c.html(notFoundPage(`article ${c.req.param('id')}`, lang(c)), 404);
  });
  app.get('/entities/:key', async (c) => {
    const page = await entityOverview(store, c.req.param('key'));
    if (!page) return c.html(notFoundPage(`entity ${c.req.param('key')}`, lang(c)), 404);
    return c.html(entityPage(page.entity, page.stories, page.quotes, lang(c)));
  });
  app.get('/search', async (c) => {
    const q = (c.req.query('q') ?? '').slice(0, 500);
    return c.html(searchPage(q, q.trim() ? await searchArticles(store, q) : [], lang(c)));
  });
  app.notFound((c) => c.html(notFoundPage(c.req.path, lang(c)), 404));
  app.onError((error, c) => {
    console.error(error);
    return c.req.path.startsWith('/api/') ? apiError(c, 'internal', 'internal error') : c.html(notFoundPage('internal error', lang(c)), 500);
  });
  return app;
}
