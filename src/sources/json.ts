// JSON and JSONL records: one article per object; a JSON file may hold an array or a wrapper
// object ({"articles": [...]}, {"items": [...]}, {"data": [...]}).

import type { Article } from '../article.js';
import { InputError, type SourceItem } from './errors.js';
import { articleFromRecord } from './record.js';

/** Deepest nesting accepted in one record; deeper input is refused before it is parsed. */
export const MAX_JSON_DEPTH = 64;
const WRAPPER_KEYS = ['articles', 'items', 'data', 'results', 'documents', 'news'];

/** Parses a JSON document holding one article or a list of them. */
export function* parseJsonArticles(text: string, origin: string): Generator<SourceItem<Article>> {
  const value = parseJson(text, origin);
  const records = Array.isArray(value) ? value : unwrap(value);
  if (records.length === 0) throw new InputError(origin, 'JSON holds no article records');
  for (let i = 0; i < records.length; i++) {
    yield recordItem(records[i], Array.isArray(value) || records.length > 1 ? `${origin}[${i}]` : origin);
  }
}

/** Parses JSON Lines: one article object per line; a bad line is rejected with its number. */
export function* parseJsonLines(text: string, origin: string): Generator<SourceItem<Article>> {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const where = `${origin}:${i + 1}`;
    try {
      yield recordItem(parseJson(line, where), where);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      yield { ok: false, error };
    }
  }
}

function recordItem(value: unknown, origin: string): SourceItem<Article> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: new InputError(origin, 'expected a JSON object with title and text') };
  }
  try {
    return { ok: true, value: articleFromRecord(value as Record<string, unknown>, 'json', origin) };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, error };
    throw error;
  }
}

function parseJson(text: string, origin: string): unknown {
  const depth = nestingDepth(text);
  if (depth > MAX_JSON_DEPTH) throw new InputError(origin, `JSON is nested ${depth} levels deep (the limit is ${MAX_JSON_DEPTH})`);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(origin, `invalid JSON (${(error as Error).message})`);
  }
}

function unwrap(value: unknown): unknown[] {
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of WRAPPER_KEYS) {
      if (Array.isArray(record[key])) return record[key] as unknown[];
    }
  }
  return [value];
}

/** Bracket depth outside strings; cheap, and keeps pathological input away from JSON.parse. */
function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) max = Math.max(max, ++depth);
    else if (c === 125 || c === 93) depth--;
  }
  return max;
}
