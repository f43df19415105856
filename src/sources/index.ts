// Reads articles from paths, directories, URLs and standard input, in any supported format.
// Yields one item per record: an article, or a rejection naming the input and the reason.
// Nothing is dropped silently.

import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Article, SourceFormat } from '../article.js';
import { parseCsvArticles } from './csv.js';
import { decodeText, MAX_INPUT_BYTES } from './decode.js';
import { InputError, type SourceItem } from './errors.js';
import { fetchUrl, type FetchOptions, type ValidatorCache } from './fetch.js';
import { looksLikeFeed, parseFeedArticles } from './feed.js';
import { parseHtmlArticle } from './html.js';
import { parseJsonArticles, parseJsonLines } from './json.js';
import { parseTextArticle } from './text.js';

export { InputError } from './errors.js';
export type { SourceItem } from './errors.js';

const EXTENSIONS: Record<string, SourceFormat> = {
  '.txt': 'text', '.text': 'text', '.md': 'text',
  '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl',
  '.csv': 'csv', '.tsv': 'csv',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed',
};

/** Files that document a folder of articles rather than being one; skipped in folders, read when named. */
const DOCUMENTATION = /^(?:readme|licen[cs]e|copying|notice|authors|changelog|contributing|sources)(?:\.(?:md|txt|rst))?$/i;

export interface ReadOptions {
  fetch?: FetchOptions;
  /** Standard input, for the input `-`. */
  stdin?: NodeJS.ReadableStream;
  /** Format to use when neither the name nor the content tells (standard input). */
  format?: SourceFormat;
  /** Validators of earlier fetches (a watch keeps them between rounds): unchanged URLs yield nothing. */
  validators?: ValidatorCache;
  /** Told of each URL the server said has not changed since the last fetch. */
  onNotModified?: (url: string) => void;
  /** Files read before (a watch keeps them between rounds): one whose modification time and size are as stamped yields nothing. */
  files?: FileStamps;
  /** Told of each file it comes to, with its stamp and whether it was left unread as unchanged, once its items are yielded. */
  onFile?: (path: string, stamp: string, unchanged: boolean) => void;
}

/** Files by path, each with its modification time and size when it was read (`mtimeMs:size`). */
export type FileStamps = Map<string, string>;

/** Reads every input in order; a directory is read recursively in name order. */
export async function* readSources(inputs: string[], options: ReadOptions = {}): AsyncGenerator<SourceItem<Article>> {
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) {
      yield* readUrl(input, options);
    } else if (input === '-') {
      let bytes: Buffer;
      try {
        bytes = await readStream(options.stdin ?? process.stdin, 'standard input');
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        yield { ok: false, error };
        continue;
      }
      yield* parseBytes(bytes, 'standard input', options.format ?? null);
    } else {
      yield* readPath(input, options);
    }
  }
}

async function* readPath(path: string, options: ReadOptions): AsyncGenerator<SourceItem<Article>> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    yield fail(path, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (error as Error).message);
    return;
  }
  if (info.isDirectory()) {
    const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue; // hidden files and folders (.git, .DS_Store)
      if (entry.isFile() && DOCUMENTATION.test(entry.name)) continue; // a corpus's README and LICENSE are not articles
      // Files too go through readPath, for its size limit: a file in a folder was read whole however large.
      if (entry.isDirectory() || entry.isFile()) yield* readPath(join(path, entry.name), options);
    }
    return;
  }
  const stamp = `${info.mtimeMs}:${info.size}`;
  // A file stamped as it is now was read in an earlier round.
  const unchanged = options.files?.get(path) === stamp;
  if (!unchanged) {
    if (info.size > MAX_INPUT_BYTES) yield fail(path, `file is too large (${info.size} bytes; the limit is ${MAX_INPUT_BYTES})`);
    else yield* readFileItems(path, options);
  }
  options.onFile?.(path, stamp, unchanged);
}

async function* readFileItems(path: string, options: ReadOptions): AsyncGenerator<SourceItem<Article>> {
  const ext = extname(path).toLowerCase();
  const format = EXTENSIONS[ext] ?? (ext === '' ? options.format ?? null : undefined);
  if (format === undefined) {
    yield fail(path, `unsupported file type '${ext}' (Kabar reads ${Object.keys(EXTENSIONS).join(' ')})`);
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    yield fail(path, (error as Error).message);
    return;
  }
  yield* parseBytes(bytes, path, format);
}

async function* readUrl(url: string, options: ReadOptions): AsyncGenerator<SourceItem<Article>> {
  let fetched;
  try {
    fetched = await fetchUrl(url, options.fetch, options.validators);
  } catch (error) {
    if (error instanceof InputError) { yield { ok: false, error }; return; }
    throw error;
  }
  if (fetched.notModified) {
    options.onNotModified?.(url);
    return;
  }
  const type = fetched.contentType?.toLowerCase() ?? '';
  const charset = /charset=([\w-]+)/.exec(type)?.[1] ?? null;
  const format: SourceFormat | null = /xml|rss|atom/.test(type) ? 'feed' : /html/.test(type) ? 'html' : /json/.test(type) ? 'json' : null;
  yield* parseBytes(fetched.body, fetched.url, format, charset, fetched.url);
}

/** Parses bytes read from `origin`; `format` null means: decide from the content. */
export function* parseBytes(
  bytes: Uint8Array, origin: string, format: SourceFormat | null, charset: string | null = null, pageUrl: string | null = null,
): Generator<SourceItem<Article>> {
  try {
    const { text } = decodeText(bytes, origin, charset);
    if (!text.trim()) throw new InputError(origin, 'file has only white space');
    const chosen = refineFormat(format ?? sniffFormat(text), text);
    switch (chosen) {
      case 'text': yield { ok: true, value: parseTextArticle(text, origin) }; break;
      case 'json': yield* parseJsonArticles(text, origin); break;
      case 'jsonl': yield* parseJsonLines(text, origin); break;
      case 'csv': yield* parseCsvArticles(text, origin); break;
      case 'html': yield { ok: true, value: parseHtmlArticle(text, origin, pageUrl) }; break;
      case 'feed': yield* parseFeedArticles(text, origin); break;
    }
  } catch (error) {
    if (error instanceof InputError) yield { ok: false, error };
    else yield fail(origin, `could not be read (${(error as Error).message})`);
  }
}

/** A `.xml` file may be a page and a `.html` file a feed; a `.json` file may be JSON Lines. */
function refineFormat(format: SourceFormat, text: string): SourceFormat {
  if ((format === 'html' || format === 'feed') && looksLikeFeed(text)) return 'feed';
  if (format === 'feed' && !looksLikeFeed(text)) return 'html';
  if (format === 'json' && /^\s*\{[^\n]*\}\s*\n\s*\{/.test(text)) return 'jsonl';
  return format;
}

function sniffFormat(text: string): SourceFormat {
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return /^\{[^\n]*\}\s*\n/.test(start) ? 'jsonl' : 'json';
  if (start.startsWith('<')) return looksLikeFeed(start) ? 'feed' : 'html';
  return 'text';
}

async function readStream(stream: NodeJS.ReadableStream, origin: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) throw new InputError(origin, `input is larger than ${MAX_INPUT_BYTES} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function fail(origin: string, reason: string): SourceItem<Article> {
  return { ok: false, error: new InputError(origin, reason) };
}
