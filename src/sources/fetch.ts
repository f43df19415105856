// Fetching a page or feed by URL without becoming a proxy into the private network:
// every address a name resolves to is checked at connect time (no gap between check and use),
// and every redirect is checked again.

import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { InputError } from './errors.js';

export const FETCH_DEFAULTS = {
  /** Largest response body read; past it the fetch fails rather than truncating an article. */
  maxBytes: 10 * 1024 * 1024,
  timeoutMs: 20_000,
  maxRedirects: 5,
  /** Loopback, private and link-local addresses are refused unless this is set. */
  allowPrivate: false,
};
export type FetchOptions = Partial<typeof FETCH_DEFAULTS>;

export interface Fetched {
  /** The final URL after redirects. */
  url: string;
  contentType: string | null;
  body: Buffer;
  /** The server said the resource has not changed since the validators sent (HTTP 304): `body` is empty. */
  notModified: boolean;
}

/** What a server said identifies a version of a resource, sent back to ask whether it changed. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

/**
 * Validators by URL, kept between fetches of the same URLs (a watched feed): a URL with
 * validators is asked for conditionally, and every full answer replaces them.
 */
export type ValidatorCache = Map<string, Validators>;

/** Fetches `url` over HTTP(S) within the limits of `options`; throws InputError naming the URL. */
export async function fetchUrl(url: string, options: FetchOptions = {}, validators?: ValidatorCache): Promise<Fetched> {
  const opts = { ...FETCH_DEFAULTS, ...options };
  let current = url;
  for (let hop = 0; hop <= opts.maxRedirects; hop++) {
    const parsed = parseHttpUrl(current);
    const response = await request(parsed, opts, url, validators?.get(current));
    if (response.redirect) {
      current = new URL(response.redirect, parsed).toString();
      continue;
    }
    if (validators && !response.notModified) {
      if (response.validators.etag || response.validators.lastModified) validators.set(current, response.validators);
      else validators.delete(current);
    }
    return { url: current, contentType: response.contentType, body: response.body ?? Buffer.alloc(0), notModified: response.notModified };
  }
  throw new InputError(url, `more than ${opts.maxRedirects} redirects`);
}

function parseHttpUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InputError(url, 'not a valid URL');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new InputError(url, `unsupported URL scheme ${parsed.protocol}`);
  if (parsed.username || parsed.password) throw new InputError(url, 'URLs with credentials are not fetched');
  return parsed;
}

interface RawResponse {
  redirect: string | null;
  notModified: boolean;
  contentType: string | null;
  body: Buffer | null;
  validators: Validators;
}

const NO_ANSWER = { notModified: false, contentType: null, body: null, validators: {} };

function request(url: URL, opts: typeof FETCH_DEFAULTS, origin: string, known?: Validators): Promise<RawResponse> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(host) && !opts.allowPrivate && isPrivateAddress(host)) {
    return Promise.reject(new InputError(origin, `refused: ${host} is a private, loopback or link-local address`));
  }
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(url, {
      lookup: guardedLookup(opts.allowPrivate),
      timeout: opts.timeoutMs,
      headers: {
        'user-agent': 'Kabar/0.1 (news monitoring)',
        accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5',
        ...(known?.etag ? { 'if-none-match': known.etag } : {}),
        ...(known?.lastModified ? { 'if-modified-since': known.lastModified } : {}),
      },
    }, (res) => {
      const status = res.statusCode ?? 0;
      if (status === 304 && known) {
        res.resume();
        resolve({ ...NO_ANSWER, redirect: null, notModified: true });
        return;
      }
      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume();
        resolve({ ...NO_ANSWER, redirect: res.headers.location });
        return;
      }
      if (status < 200 || status >= 300) {
        res.resume();
        reject(new InputError(origin, `HTTP ${status} from ${url.toString()}`));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > opts.maxBytes) {
          req.destroy();
          reject(new InputError(origin, `response is larger than ${opts.maxBytes} bytes`));
          return;
        }
        chunks.push(chunk);
      });
      const validators: Validators = {};
      if (res.headers.etag) validators.etag = res.headers.etag;
      if (res.headers['last-modified']) validators.lastModified = res.headers['last-modified'];
      res.on('end', () => resolve({ redirect: null, notModified: false, contentType: res.headers['content-type'] ?? null, body: Buffer.concat(chunks), validators }));
      res.on('error', (error) => reject(new InputError(origin, `download failed (${error.message})`)));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${opts.timeoutMs} ms`)));
    req.on('error', (error) => reject(error instanceof InputError ? error : new InputError(origin, error.message)));
  });
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A dns.lookup that refuses names resolving to private addresses, for use at connect time. */
function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: { all?: boolean }, callback: LookupCallback): void => {
    dnsLookup(hostname, { all: true }, (error, addresses) => {
      if (error) return callback(error, '');
      const refused = addresses.find((a) => isPrivateAddress(a.address));
      if (refused && !allowPrivate) {
        return callback(new Error(`refused: ${hostname} resolves to ${refused.address}, a private, loopback or link-local address`), '');
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0]!;
      return callback(null, first.address, first.family);
    });
  };
}

/** True for loopback, private (RFC 1918, ULA), link-local, CGNAT, multicast and unspecified addresses. */
export function isPrivateAddress(ip: string): boolean {
  if (net.isIPv4(ip)) {
    const [a, b] = ip.split('.').map(Number) as [number, number];
    return a === 0 || a === 10 || a === 127 || a >= 224
      || (a === 100 && b >= 64 && b <= 127)
      || (a === 169 && b === 254)
      || (a === 172 && b >= 16 && b <= 31)
      || (a === 192 && b === 168)
      || (a === 192 && b === 0)
      || (a === 198 && (b === 18 || b === 19));
  }
  if (net.isIPv6(ip)) {
    const lower = ip.toLowerCase();
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
    if (mapped) return isPrivateAddress(mapped[1]!);
    return lower === '::' || lower === '::1' || /^f[cd]/.test(lower) || /^fe[89ab]/.test(lower) || /^ff/.test(lower) || lower.startsWith('64:ff9b:');
  }
  return true; // not an IP address at all: refuse rather than guess
}
