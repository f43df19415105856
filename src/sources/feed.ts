// RSS 2.0, RSS 1.0 (RDF) and Atom feeds. Each item becomes an article; the feed's title is the
// publisher. Item bodies are often summaries: metadata.summaryOnly says so.

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import type { Article } from '../article.js';
import { InputError, type SourceItem } from './errors.js';
import { blockText, type DomNode } from './html-text.js';
import { buildArticle } from './record.js';

/** Bodies shorter than this are taken for summaries, not full articles. */
const SUMMARY_CHARS = 600;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  processEntities: true,
  htmlEntities: true,
  trimValues: true,
  parseTagValue: false,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link' || name === 'category',
});

/** True when the text looks like a feed rather than an HTML page. */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2048);
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(head);
}

/** Parses a feed read from `origin` into articles. Throws InputError for malformed XML. */
export function* parseFeedArticles(xml: string, origin: string): Generator<SourceItem<Article>> {
  // Entity declarations are how XML bombs expand; news feeds never need them.
  if (/<!ENTITY/i.test(xml)) throw new InputError(origin, 'XML entity declarations are not allowed in feeds');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new InputError(`${origin}:${valid.err.line}`, `malformed XML (${valid.err.msg})`);
  }
  const doc = parser.parse(xml) as Record<string, any>;
  const channel = doc.rss?.channel ?? doc['rdf:RDF']?.channel;
  const atom = doc.feed;
  let items: any[];
  let publisher: string | null;
  let language: string | null;
  if (doc.rss || doc['rdf:RDF']) {
    items = doc.rss?.channel?.item ?? doc['rdf:RDF']?.item ?? [];
    publisher = text(channel?.title);
    language = text(channel?.language) ?? text(channel?.['dc:language']);
  } else if (atom) {
    items = atom.entry ?? [];
    publisher = text(atom.title);
    language = atom['@_xml:lang'] ?? null;
  } else {
    throw new InputError(origin, 'XML is not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> element)');
  }
  if (items.length === 0) throw new InputError(origin, 'feed has no items');

  for (let i = 0; i < items.length; i++) {
    const where = `${origin}#item${i + 1}`;
    try {
      yield { ok: true, value: itemToArticle(items[i], publisher, language, where) };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      yield { ok: false, error };
    }
  }
}

function itemToArticle(item: any, publisher: string | null, language: string | null, origin: string): Article {
  const title = htmlText(item.title) ?? '';
  const body = htmlText(item['content:encoded']) ?? htmlText(item.content) ?? htmlText(item.description) ?? htmlText(item.summary) ?? '';
  if (!title && !body) throw new InputError(origin, 'feed item has neither a title nor a description');
  return buildArticle({
    title,
    text: body || title,
    url: itemLink(item),
    publisher,
    publishedAt: text(item.pubDate) ?? text(item.published) ?? text(item['dc:date']) ?? text(item.updated),
    author: text(item['dc:creator']) ?? text(item.author?.name) ?? text(item.author),
    declaredLanguage: language,
    metadata: {
      summaryOnly: body.length < SUMMARY_CHARS,
      ...(item.category ? { categories: item.category.map((c: unknown) => text(c)).filter(Boolean) } : {}),
    },
  }, 'feed', origin);
}

function itemLink(item: any): string | null {
  for (const link of item.link ?? []) {
    if (typeof link === 'string' && link.trim()) return link.trim();
    if (link && typeof link === 'object') {
      const rel = link['@_rel'];
      if ((!rel || rel === 'alternate') && link['@_href']) return String(link['@_href']);
      if (link['#text']) return String(link['#text']);
    }
  }
  const guid = item.guid;
  const guidText = text(guid);
  if (guidText && /^https?:\/\//.test(guidText)) return guidText;
  return typeof item.id === 'string' && /^https?:\/\//.test(item.id) ? item.id : null;
}

/** Plain text of a node's value; HTML inside (escaped or CDATA) is rendered to text. */
function htmlText(value: unknown): string | null {
  const raw = text(value);
  if (!raw) return null;
  if (!/[<&]/.test(raw)) return raw;
  const { document } = parseHTML(`<!doctype html><html><body>${raw}</body></html>`);
  return blockText(document.body as unknown as DomNode) || null;
}

function text(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object' && '#text' in (value as object)) return text((value as Record<string, unknown>)['#text']);
  return null;
}
