// HTML news pages. A fallback ladder, and the rung that won is kept in metadata.extraction:
//   1. structured data (JSON-LD NewsArticle with articleBody),
//   2. Readability over the page,
//   otherwise the page is rejected as having no article.

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../article.js';
import { InputError } from './errors.js';
import { blockText, type DomNode } from './html-text.js';
import { outletOfAddress } from '../outlet.js';
import { buildArticle } from './record.js';

/** Fewer characters than this in the extracted body means the page has no article. */
export const MIN_ARTICLE_CHARS = 200;
/** Deeper element nesting is refused before parsing: news pages stay under 60, and Readability's cost grows with depth. */
export const MAX_HTML_DEPTH = 400;
/** More elements than this is refused by Readability itself (its maxElemsToParse). */
export const MAX_HTML_ELEMENTS = 60_000;
const OPTIONAL_CLOSE = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option']);
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle)$/;

interface PageMeta {
  title: string | null;
  siteName: string | null;
  publishedAt: string | null;
  author: string | null;
  language: string | null;
  url: string | null;
  description: string | null;
  ld: Record<string, unknown> | null;
}

/** Extracts the article of an HTML page read from `origin` (a path or the page's URL). */
export function parseHtmlArticle(html: string, origin: string, pageUrl: string | null = null): Article {
  const depth = nestingDepth(html);
  if (depth > MAX_HTML_DEPTH) throw new InputError(origin, `HTML is nested ${depth} elements deep (the limit is ${MAX_HTML_DEPTH})`);
  const { document } = parseHTML(html);
  const meta = readMeta(document, pageUrl);
  const ldBody = typeof meta.ld?.articleBody === 'string' ? (meta.ld.articleBody as string).trim() : '';

  let text = '';
  let extraction = '';
  let byline: string | null = null;
  let title = meta.title;
  if (ldBody.length >= MIN_ARTICLE_CHARS) {
    text = ldBody;
    extraction = 'json-ld';
  } else {
    const reader = new Readability(document as never, { serializer: (node: unknown) => node as DomNode, charThreshold: MIN_ARTICLE_CHARS, maxElemsToParse: MAX_HTML_ELEMENTS });
    let parsed: ReturnType<typeof reader.parse>;
    try {
      parsed = reader.parse();
    } catch (error) {
      throw new InputError(origin, `HTML page could not be read (${(error as Error).message})`);
    }
    if (parsed?.content) {
      text = blockText(parsed.content);
      extraction = 'readability';
      byline = parsed.byline?.trim() || null;
      title ??= parsed.title?.trim() || null;
      meta.siteName ??= parsed.siteName?.trim() || null;
      meta.publishedAt ??= parsed.publishedTime?.trim() || null;
      meta.language ??= parsed.lang?.trim() || null;
    }
  }
  if (text.length < MIN_ARTICLE_CHARS) {
    throw new InputError(origin, `no article found in the HTML page (${text.length} characters of body text; at least ${MIN_ARTICLE_CHARS} needed)`);
  }
  return buildArticle({
    title: title ?? '',
    text,
    url: meta.url,
    publisher: meta.siteName ?? outletOfAddress(meta.url),
    publishedAt: meta.publishedAt,
    author: meta.author ?? byline,
    declaredLanguage: meta.language?.split(/[-_]/)[0] ?? null,
    metadata: { extraction, ...(meta.description ? { description: meta.description } : {}) },
  }, 'html', origin);
}

type Doc = ReturnType<typeof parseHTML>['document'];

function readMeta(document: Doc, pageUrl: string | null): PageMeta {
  const metaContent = (...selectors: string[]): string | null => {
    for (const selector of selectors) {
      const value = document.querySelector(selector)?.getAttribute('content')?.trim();
      if (value) return value;
    }
    return null;
  };
  const ld = findJsonLdArticle(document);
  const ldAuthor = ld ? nameOf(ld.author) : null;
  const ldPublisher = ld ? nameOf(ld.publisher) : null;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || null;
  return {
    title: metaContent('meta[property="og:title"]', 'meta[name="twitter:title"]')
      ?? (typeof ld?.headline === 'string' ? ld.headline : null)
      ?? (document.querySelector('title')?.textContent?.trim() || null),
    siteName: metaContent('meta[property="og:site_name"]', 'meta[name="application-name"]') ?? ldPublisher,
    publishedAt: metaContent('meta[property="article:published_time"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]',
      'meta[itemprop="datePublished"]', 'meta[name="date"]')
      ?? (typeof ld?.datePublished === 'string' ? ld.datePublished : null)
      ?? (document.querySelector('time[datetime]')?.getAttribute('datetime') || null),
    author: metaContent('meta[name="author"]', 'meta[property="article:author"]') ?? ldAuthor,
    language: document.documentElement?.getAttribute('lang')?.trim()
      || metaContent('meta[http-equiv="content-language"]', 'meta[property="og:locale"]'),
    url: absolute(canonical, pageUrl) ?? absolute(metaContent('meta[property="og:url"]'), pageUrl) ?? pageUrl,
    description: metaContent('meta[name="description"]', 'meta[property="og:description"]'),
    ld,
  };
}

/** Deepest element nesting, from the tags alone (no DOM is built): open tags minus closed ones. */
function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = m[2]!.toLowerCase();
    // Void and self-closed elements do not nest; p and li are often left open, so they are not counted.
    if (VOID_ELEMENTS.has(name) || m[3] || OPTIONAL_CLOSE.has(name)) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else max = Math.max(max, ++depth);
  }
  return max;
}

function findJsonLdArticle(document: Doc): Record<string, unknown> | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // broken structured data is common; the next rung of the ladder handles the page
    }
    const queue = Array.isArray(data) ? [...data] : [data];
    while (queue.length > 0) {
      const item = queue.shift();
      if (!item || typeof item !== 'object') continue;
      const record = item as Record<string, unknown>;
      if (Array.isArray(record['@graph'])) queue.push(...record['@graph']);
      const type = record['@type'];
      const types = Array.isArray(type) ? type : [type];
      if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) return record;
    }
  }
  return null;
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return value.map(nameOf).filter(Boolean).join(', ') || null;
  if (value && typeof value === 'object') return nameOf((value as Record<string, unknown>).name);
  return null;
}

function absolute(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).toString();
  } catch {
    return null;
  }
}
