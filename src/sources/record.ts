// Turns a loose record (a JSON object, a CSV row, a feed item) into an Article.
// Every source ends here, so every format gets the same body conventions and the same ids.

import type { Article, SourceFormat } from '../article.js';
import { articleId } from '../ids.js';
import { outletName, outletOfAddress } from '../outlet.js';
import { cleanBody } from './body.js';
import { parseDate } from './dates.js';
import { InputError } from './errors.js';
import { headlineOf } from './address-title.js';

/** Longest title kept; longer ones are cut (hostile or broken inputs put whole bodies there). */
export const MAX_TITLE_CHARS = 500;
/** Longest body kept for one article. */
export const MAX_TEXT_CHARS = 1_000_000;

/** Field names accepted for each Article field, in order of preference. */
const FIELD_NAMES = {
  title: ['title', 'headline', 'judul', 'name'],
  text: ['text', 'content', 'body', 'articleBody', 'article', 'isi', 'articleBodyText', 'description', 'summary'],
  url: ['url', 'link', 'href', 'permalink'],
  publisher: ['source', 'publisher', 'outlet', 'site', 'siteName', 'media', 'sumber'],
  publishedAt: ['publishedAt', 'published_at', 'date', 'datePublished', 'pubDate', 'published', 'time', 'tanggal', 'created_at'],
  language: ['language', 'lang', 'bahasa'],
  author: ['author', 'byline', 'creator', 'penulis'],
} as const;

export interface RecordFields {
  title: string;
  text: string;
  url?: string | null;
  publisher?: string | null;
  originalSource?: string | null;
  translated?: boolean;
  altTitles?: string[];
  author?: string | null;
  publishedAt?: string | null;
  declaredLanguage?: string | null;
  related?: string[];
  metadata?: Record<string, unknown>;
}

/** Builds an Article from fields a source has already picked out. Throws InputError when there is no text. */
export function buildArticle(fields: RecordFields, format: SourceFormat, origin: string): Article {
  const title = collapse(fields.title).slice(0, MAX_TITLE_CHARS);
  const cleaned = cleanBody(fields.text.slice(0, MAX_TEXT_CHARS), title);
  if (!cleaned.text && !title) throw new InputError(origin, 'record has neither a title nor any text');
  if (!cleaned.text) throw new InputError(origin, 'record has a title but no text');
  const url = fields.url?.trim() || null;
  // A title naming only the site, or one that lost its first words, is read from the address.
  const { headline, restored } = headlineOf(title, url, cleaned.text);
  return {
    // The id is the scraped title's, so that an article stored before titles were restored is still known.
    id: articleId(url, title, cleaned.text),
    url,
    title: headline || firstWords(cleaned.text),
    // The title as scraped, when the headline was put back together from the address.
    altTitles: [...(fields.altTitles ?? []), ...(restored ? [title] : [])],
    text: cleaned.text,
    publisher: outletName(fields.publisher) || cleaned.publisher,
    originalSource: fields.originalSource?.trim() || cleaned.originalSource,
    translated: fields.translated ?? false,
    author: fields.author?.trim() || cleaned.author,
    publishedAt: parseDate(fields.publishedAt) ?? cleaned.publishedAt,
    declaredLanguage: fields.declaredLanguage?.trim().toLowerCase() || null,
    format,
    origin,
    related: [...(fields.related ?? []), ...cleaned.related],
    metadata: fields.metadata ?? {},
  };
}

/** Maps a loose record (JSON object or CSV row) onto Article fields; unknown fields become metadata. */
export function articleFromRecord(record: Record<string, unknown>, format: SourceFormat, origin: string): Article {
  const used = new Set<string>();
  const pick = (names: readonly string[]): string | null => {
    for (const name of names) {
      const key = Object.keys(record).find((k) => k.toLowerCase() === name.toLowerCase());
      if (key === undefined) continue;
      const value = asText(record[key]);
      if (value) {
        used.add(key);
        return value;
      }
    }
    return null;
  };
  const title = pick(FIELD_NAMES.title) ?? '';
  const text = pick(FIELD_NAMES.text);
  if (text === null) {
    throw new InputError(origin, `record has no text field (expected one of: ${FIELD_NAMES.text.slice(0, 4).join(', ')})`);
  }
  const fields: RecordFields = {
    title,
    text,
    url: pick(FIELD_NAMES.url),
    publisher: pick(FIELD_NAMES.publisher) ?? outletOfAddress(pick(FIELD_NAMES.url)),
    publishedAt: pick(FIELD_NAMES.publishedAt),
    declaredLanguage: pick(FIELD_NAMES.language),
    author: pick(FIELD_NAMES.author),
    metadata: {},
  };
  for (const [key, value] of Object.entries(record)) {
    if (!used.has(key) && value !== '' && value !== null && value !== undefined) fields.metadata![key] = value;
  }
  return buildArticle(fields, format, origin);
}

function asText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    // {"source": {"name": "Reuters"}} and {"author": {"name": ...}} are common in news APIs.
    const name = (value as Record<string, unknown>).name;
    if (typeof name === 'string') return name.trim() || null;
  }
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ').trim() || null;
  return null;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function firstWords(text: string): string {
  const words = text.split(/\s+/).slice(0, 12).join(' ');
  return words.length < text.length ? `${words}…` : words;
}
