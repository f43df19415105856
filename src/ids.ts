import { createHash } from 'node:crypto';

/** Tracking parameters that do not change which article a URL names. */
const TRACKING_PARAMS = /^(utm_|fbclid$|gclid$|ref$|source$|amp$|page$)/i;

/** The URL that identifies an article: no fragment, no tracking parameters, no trailing slash. */
export function canonicalUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  parsed.hash = '';
  for (const key of [...parsed.searchParams.keys()]) {
    if (TRACKING_PARAMS.test(key)) parsed.searchParams.delete(key);
  }
  parsed.searchParams.sort();
  parsed.hostname = parsed.hostname.replace(/^(www|m|amp)\./, '');
  let out = parsed.toString();
  if (out.endsWith('/') && parsed.pathname !== '/') out = out.slice(0, -1);
  return out.replace(/^http:/, 'https:');
}

function shortHash(input: string): string {
  return createHash('sha256').update(input).digest('hex').slice(0, 16);
}

/**
 * A stable article id: from the canonical URL when there is one, else from the normalised
 * title and text, so that the same article ingested twice gets the same id.
 */
export function articleId(url: string | null, title: string, text: string): string {
  const canonical = url ? canonicalUrl(url) : null;
  if (canonical) return `a${shortHash(`url:${canonical}`)}`;
  const normal = `${title}\n${text}`.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  return `a${shortHash(`text:${normal}`)}`;
}

/** A story's id is derived from the article that started it, so it is stable as the story grows. */
export function storyIdFor(firstArticleId: string): string {
  return `s${firstArticleId.slice(1)}`;
}
