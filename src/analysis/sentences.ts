// Sentence segmentation for news text as scrapers leave it: paragraph breaks lost
// (`wisata.“Bendungan ini`, `Senin (9/7/2024).Wapres`), abbreviations (Jl., Prof., Sekjen.),
// initials (H. Ma'ruf), decimals (82,6 and 1.5) and dates (28/10/2024).

import type { Sentence } from '../article.js';
import { ABBREVIATIONS } from '../lang/abbreviations.js';
import { shippedWordCounts } from './word-counts.js';

/** Sentence-final punctuation, then closing quotes or brackets, then optional space. */
const BOUNDARY = /[.!?…]+["”’)\]]*(\s*)/g;
/** What may start a sentence: an upper-case letter, a digit, or an opening quote or bracket. */
const SENTENCE_START = /^["“‘(\[]?[\p{Lu}\d]/u;
/** The same in text without capitals: any letter. */
const CASELESS_SENTENCE_START = /^["“‘(\[]?[\p{L}\d]/u;
/** Without a space, only a capitalised word, an acronym or a quote marks a glued boundary (`baru.“Bendungan`, `).Wapres`, `2024.SYL dituntut`). */
const GLUED_START = /^(?:["“‘]|\p{Lu}\p{Ll}|\p{Lu}{2,}(?![\p{L}.]))/u;

/**
 * A paragraph break lost without even a full stop: a whole lower-case word running into a
 * capitalised one (`sosok yang tamakHal ini disampaikan`), or a subheading's last word into the
 * paragraph's first (`Polisi Masih Banyak KekuranganBambang`, `BapanasDirektur Utama`): a
 * capitalised word of six letters or more into one of five or more, both seen in the news
 * (models/words-id.json). Brand names have short heads or tails (iPhone, eSports, WhatsApp,
 * YouTube, PlayStation, TransJakarta, MasterCard) or halves that are no words (ArcelorMittal), so
 * they are left alone. The break is at the match's end (a lookbehind, tried at every offset of the
 * text, took four times as long).
 */
const LOST_BREAK = /(?:^|[\s(])\p{Ll}{4,}(?=\p{Lu}\p{Ll}{2,})/gu;
/** The same after a capitalised word, when both halves are words the news writes (not ArcelorMittal, PyeongChang). */
const LOST_BREAK_AFTER_CAPITAL = /(?:^|[\s(])(\p{Lu}\p{Ll}{5,})(?=(\p{Lu}\p{Ll}{4,}))/gu;

/** Splits `text` (paragraphs separated by blank lines) into sentences with their offsets. */
export function splitSentences(text: string, firstIndex = 0): Sentence[] {
  const sentences: Sentence[] = [];
  // Text written all in lower case (Antara's archive) starts its sentences in lower case too.
  const opens = /\p{Lu}/u.test(text) ? SENTENCE_START : CASELESS_SENTENCE_START;
  const paragraphRe = /[^\n]+/g;
  for (let p = paragraphRe.exec(text); p; p = paragraphRe.exec(text)) {
    const paragraph = p[0];
    const ends: number[] = [];
    let last = 0;
    const quotation = quotationState(paragraph);
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(paragraph); m; m = BOUNDARY.exec(paragraph)) {
      const end = m.index + m[0].length;
      const rest = paragraph.slice(end);
      if (!rest) break;
      const spaced = m[1]!.length > 0;
      if (spaced ? !opens.test(rest) : !GLUED_START.test(rest)) continue;
      if (m[0].startsWith('.') && endsWithAbbreviation(paragraph.slice(last, m.index))) continue;
      // `2024."Data yang kena …," kata Herlan`: a straight quotation mark glued to the next sentence opens it when
      // the quotation marks before it are paired, rather than closing the sentence before it.
      const opensNext = !spaced && m[0].endsWith('"') && !quotation.openAt(end - 1);
      const at = opensNext ? end - 1 : end;
      ends.push(at);
      last = at;
    }
    for (const j of paragraph.matchAll(LOST_BREAK)) ends.push(j.index! + j[0].length);
    const seen = shippedWordCounts();
    if (seen) {
      for (const j of paragraph.matchAll(LOST_BREAK_AFTER_CAPITAL)) {
        if (seen.has(j[1]!.toLowerCase()) && seen.has(j[2]!.toLowerCase())) ends.push(j.index! + j[0].length);
      }
    }
    let start = 0;
    for (const end of [...new Set(ends)].sort((a, b) => a - b)) {
      push(sentences, paragraph.slice(start, end), p.index + start, firstIndex);
      start = end;
    }
    push(sentences, paragraph.slice(start), p.index + start, firstIndex);
  }
  return sentences;
}

/**
 * Whether a quotation is open at an offset of `text`: “ opens one, ” closes it, and a straight
 * mark does whichever is due (scrapers mix them: `“Bendungan ini … baru," kata Ma'ruf`). Asked
 * at growing offsets, it reads on from the last one: a paragraph of a thousand glued quotations
 * is read once, not once per quotation.
 */
function quotationState(text: string): { openAt(end: number): boolean } {
  let open = false;
  let read = 0;
  return {
    openAt(end) {
      if (end < read) { open = false; read = 0; }
      for (; read < end; read++) {
        const c = text.charCodeAt(read);
        if (c === 0x201c) open = true;
        else if (c === 0x201d) open = false;
        else if (c === 0x22) open = !open;
      }
      return open;
    },
  };
}

function push(out: Sentence[], raw: string, offset: number, firstIndex: number): void {
  const text = raw.trim();
  if (!text) return;
  out.push({ index: firstIndex + out.length, text, start: offset + raw.indexOf(text[0]!), isTitle: false });
}

/** True when the text before a full stop ends with an abbreviation or an initial. */
function endsWithAbbreviation(before: string): boolean {
  const word = trailingWord(before);
  if (!word) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: H. Ma'ruf Amin, Joe R. Biden
  return ABBREVIATIONS.has(word.toLowerCase()) || /^(?:\p{L}\.)+\p{L}$/u.test(word); // U.S, S.H
}

const WORD_CHAR = /^[\p{L}.]$/u;

/**
 * The letters and full stops `text` ends with. Read backwards from the end: a pattern anchored
 * at the end is tried from every offset of the text before it, at every full stop of a paragraph.
 */
function trailingWord(text: string): string {
  let k = text.length;
  while (k > 0) {
    // A letter outside the BMP is two code units, a high surrogate then a low one.
    const low = text.charCodeAt(k - 1);
    const high = text.charCodeAt(k - 2);
    const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
    const ch = text.slice(pair ? k - 2 : k - 1, k);
    if (!WORD_CHAR.test(ch)) break;
    k -= ch.length;
  }
  return text.slice(k);
}
