// Full-text search over the articles not yet filed in the FTS5 index (written in batches with the
// inverted index, see flushIndex in sqlite-store.ts): matched as MATCH matches quoted terms, and
// ranked by FTS5's bm25() with the statistics of the index and these articles together, so that
// their hits fall in among the index's.

import { stemsAsIndexed } from '../indexing.js';

/** A Latin letter's accents and other marks (remove_diacritics 2 takes off no other script's). */
const LATIN_MARKS = /(?<=\p{Script=Latin})\p{M}+/gu;

/**
 * Tokens as FTS5's unicode61 tokenizer with remove_diacritics 2 makes them: runs of its token
 * characters (categories L*, N* and Co), lower case, Latin letters without their marks;
 * everything else separates.
 */
export function ftsTokens(text: string): string[] {
  return text.normalize('NFD').replace(LATIN_MARKS, '').normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}\p{Co}]+/u).filter(Boolean);
}

/** A stem that is one token as it stands (nearly all are): no folding needed. */
const PLAIN = /^[a-z0-9]+$/;

/**
 * The tokens the full-text index holds for an article: `ftsTokens(stemsForIndex({ terms }))`,
 * without folding the whole repeated text.
 */
export function ftsDocument(terms: Readonly<Record<string, number>>): string[] {
  const out: string[] = [];
  for (const stem of stemsAsIndexed(terms)) {
    if (PLAIN.test(stem)) out.push(stem);
    else out.push(...ftsTokens(stem));
  }
  return out;
}

/** What FTS5's bm25() reads of the filed index. */
export interface IndexStatistics {
  /** Rows in the index. */
  rows: number;
  /** Tokens in them, all told. */
  tokens: number;
  /** In how many rows a token occurs. */
  rowsWith(token: string): number;
}

/** An article past the filed index: its row and its tokens (ftsDocument). */
export interface UnfiledDocument {
  rowid: number;
  tokens: readonly string[];
}

/** FTS5's bm25() parameters (fts5_aux.c). */
const K1 = 1.2;
const B = 0.75;

/** How many times `phrase` (tokens) occurs in `tokens`, its tokens one after another. */
function occurrences(tokens: readonly string[], phrase: readonly string[]): number {
  if (phrase.length === 0) return 0;
  let n = 0;
  for (let i = 0; i + phrase.length <= tokens.length; i++) {
    let j = 0;
    while (j < phrase.length && tokens[i + j] === phrase[j]) j++;
    if (j === phrase.length) n++;
  }
  return n;
}

/**
 * The documents matching every group (any of a group's terms, each a phrase of its tokens), with
 * their BM25 rank as FTS5 gives it (negative; lower is better). Each phrase weighs by the rows of
 * the index and these documents that hold it (a phrase of several tokens: its rarest token's, as
 * the index does not count phrases), over the rows and tokens of both.
 */
export function searchUnfiled(groups: readonly string[][], docs: readonly UnfiledDocument[], index: IndexStatistics): { rowid: number; rank: number }[] {
  const phrases = groups.map((group) => group.map(ftsTokens));
  const all = phrases.flat();
  const tokensOf = docs.map((d) => d.tokens);
  const counts = tokensOf.map((tokens) => all.map((phrase) => occurrences(tokens, phrase)));
  const rows = index.rows + docs.length;
  const avgdl = (index.tokens + tokensOf.reduce((n, t) => n + t.length, 0)) / Math.max(rows, 1);
  const idf = all.map((phrase, p) => {
    const filed = phrase.length ? Math.min(...phrase.map((t) => index.rowsWith(t))) : 0;
    const hits = filed + counts.filter((c) => c[p]! > 0).length;
    const value = Math.log((rows - hits + 0.5) / (hits + 0.5));
    return value > 0 ? value : 1e-6;
  });
  const out: { rowid: number; rank: number }[] = [];
  docs.forEach((doc, d) => {
    const c = counts[d]!;
    let p = 0;
    let matchesAll = true;
    for (const group of phrases) {
      if (!group.some((_, k) => c[p + k]! > 0)) matchesAll = false;
      p += group.length;
    }
    if (!matchesAll) return;
    const length = tokensOf[d]!.length;
    let score = 0;
    for (let i = 0; i < all.length; i++) {
      const f = c[i]!;
      score += idf[i]! * (f * (K1 + 1)) / (f + K1 * (1 - B + B * length / avgdl));
    }
    out.push({ rowid: doc.rowid, rank: -score });
  });
  return out;
}

/**
 * The rows and tokens of an FTS5 index, from its averages record (the `_data` row with id 1: the
 * number of rows, then each column's token total, as SQLite varints). Null when it cannot be read.
 */
export function readAverages(block: Uint8Array | null | undefined): { rows: number; tokens: number } | null {
  if (!block) return null;
  const values: number[] = [];
  let at = 0;
  while (at < block.length && values.length < 2) {
    let value = 0;
    let i = 0;
    for (; i < 9 && at + i < block.length; i++) {
      const byte = block[at + i]!;
      if (i === 8) { value = value * 256 + byte; break; }
      value = value * 128 + (byte & 0x7f);
      if ((byte & 0x80) === 0) break;
    }
    at += i + 1;
    values.push(value);
  }
  return values.length === 2 ? { rows: values[0]!, tokens: values[1]! } : null;
}
