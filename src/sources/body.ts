// Cleans a body as outlets and scrapers leave it: credits, datelines and teasers are taken out
// of the text and kept as fields, so that analysis sees only what the article says.

import {
  AUTHOR_TAG, COPYRIGHT_TAIL, CREDIT_LINE, DATELINES, EDITOR_PICK, ORIGINAL_PUBLISHER, SCRAPED_HEADER,
  SOURCE_CREDIT, TEASER_CUES, TITLE_FUNCTION_WORDS,
} from '../lang/id/conventions.js';
import { WIRE_BYLINE, WIRE_DATELINE } from '../lang/en/conventions.js';
import { CONNECTIVES_ID } from '../lang/attribution.js';
import { FURNITURE_LINE, LINK_LINE, PHOTO_CREDIT_LINE } from '../lang/page-furniture.js';
import { parseDate } from './dates.js';

/** Longest teaser headline taken out of a body; past it the teaser is cut at a word. */
const MAX_TEASER_WORDS = 30;
/** A connective and its comma, which open a sentence and no headline: "Sementara itu, Kaesang …", "Namun, kata …". */
const OPENING_CONNECTIVE = new RegExp(`^(?:${CONNECTIVES_ID}),`, 'i');

export interface CleanBody {
  text: string;
  publisher: string | null;
  originalSource: string | null;
  author: string | null;
  publishedAt: string | null;
  /** Headlines of teasers ("Baca juga: ...") removed from the text. */
  related: string[];
}

/** Separates what the article says from the credits, datelines and teasers around it. */
export function cleanBody(raw: string, title: string): CleanBody {
  const out: CleanBody = { text: '', publisher: null, originalSource: null, author: null, publishedAt: null, related: [] };
  const lines = withoutFurniture(normaliseWhitespace(raw).split('\n'), out.related);
  let paragraphs = lines.join('\n').split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);

  // Closing credits, from the end.
  for (;;) {
    const last = paragraphs[paragraphs.length - 1];
    if (last === undefined) break;
    const source = SOURCE_CREDIT.exec(last) ?? ORIGINAL_PUBLISHER.exec(last);
    if (!source) break;
    out.originalSource ??= source[1]!.trim();
    paragraphs.pop();
  }

  if (paragraphs.length > 0) {
    let last = paragraphs[paragraphs.length - 1]!;
    last = last.replace(COPYRIGHT_TAIL, '');
    const pick = EDITOR_PICK.exec(last);
    if (pick) {
      out.related.push(pick[1]!.trim());
      last = last.slice(0, pick.index);
    }
    const credit = CREDIT_LINE.exec(last);
    if (credit && credit.index > 0) {
      out.author = credit[1]!.replace(/\s*editor\s*:.*$/i, '').trim() || null;
      last = last.slice(0, credit.index);
    }
    const tag = AUTHOR_TAG.exec(last);
    if (tag) {
      out.author ??= tag[1]!;
      last = last.slice(0, tag.index);
    }
    paragraphs[paragraphs.length - 1] = last.trim();
  }

  // A leading byline paragraph: "Penulis: Fika Nurul Ulya".
  const byline = paragraphs.length > 1 ? /^(?:penulis|reporter|pewarta|oleh|by)\s*:?\s+([\p{L} .'-]{3,60})$/iu.exec(paragraphs[0]!) : null;
  if (byline) {
    out.author ??= byline[1]!.trim();
    paragraphs.shift();
  }
  // "Barbara Ortutay, The Associated Press": a wire story's writer and agency.
  const wire = paragraphs.length > 1 ? WIRE_BYLINE.exec(paragraphs[0]!) : null;
  if (wire) {
    out.author ??= wire[1]!.trim();
    out.originalSource ??= wire[2]!;
    paragraphs.shift();
  }

  if (paragraphs.length > 0) {
    let first = paragraphs[0]!;
    const header = SCRAPED_HEADER.exec(first);
    if (header && isTitleTail(header[1]!, title)) {
      out.publishedAt = parseDate(header[2]!);
      first = first.slice(header[0].length);
    }
    let dated = false;
    for (const dateline of DATELINES) {
      const match = dateline.exec(first);
      if (match) {
        out.publisher = match[1]!;
        first = first.slice(match[0].length);
        dated = true;
        break;
      }
    }
    // "NEW YORK -- Facebook says …": the place of a wire dateline is no part of the first sentence.
    if (!dated) first = first.replace(WIRE_DATELINE, '');
    paragraphs[0] = first;
  }

  paragraphs = paragraphs.map((p) => removeTeasers(p, out.related)).filter(Boolean);
  out.text = paragraphs.join('\n\n');
  return out;
}

/** The lines that are the article's, without the page's menus, ad slots, credits and links; the links' headlines go to `related`. */
function withoutFurniture(lines: string[], related: string[]): string[] {
  return lines.filter((line) => {
    if (isNavigationLine(line) || FURNITURE_LINE.test(line) || PHOTO_CREDIT_LINE.test(line)) return false;
    const link = LINK_LINE.exec(line);
    if (link) related.push((link[1] ?? link[2]!).trim());
    return !link;
  });
}

/** Words a line needs before it can be taken for a site's menu. */
const NAVIGATION_MIN_WORDS = 40;

/**
 * A scraped site menu or archive list, one long line of labels: "Categories Categories Select
 * Category 2015 MAINS SELF STUDY GUIDE …", "Archives Select Month January 2018 December 2017 …".
 * Hardly a sentence end, nearly every word capitalised, and a third of them shouted or numbers
 * (a list of names, which an article may print, has neither).
 */
function isNavigationLine(line: string): boolean {
  const words = line.split(' ').filter(Boolean);
  if (words.length < NAVIGATION_MIN_WORDS) return false;
  const sentenceEnds = (line.match(/[.!?](?!\d)/g) ?? []).length;
  const capitalised = words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
  const shouted = words.filter((w) => /^(?:\p{Lu}{2,}|\d+)\P{L}*$/u.test(w)).length;
  return sentenceEnds * NAVIGATION_MIN_WORDS < words.length && capitalised >= 0.6 * words.length && shouted >= 0.3 * words.length;
}

function normaliseWhitespace(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[ \t\f\v]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** True when `prefix` is empty or the end of the title (scrapers cut headers mid-title). */
function isTitleTail(prefix: string, title: string): boolean {
  const p = prefix.trim().toLowerCase();
  return p === '' || title.toLowerCase().endsWith(p) || title.toLowerCase().includes(p);
}

/**
 * Removes "Baca juga: <headline>" teasers. Scrapers glue the headline to the next sentence
 * (`Kebakaran RumahJudi`, `Pemilu 2024Namun`, `NKRI"Di`), so the headline ends at such a seam,
 * at a quote or sentence mark, or where Title Case gives way to prose.
 */
function removeTeasers(paragraph: string, related: string[]): string {
  TEASER_CUES.lastIndex = 0;
  if (!TEASER_CUES.test(paragraph)) return paragraph;
  TEASER_CUES.lastIndex = 0;
  let result = '';
  let cursor = 0;
  for (let match = TEASER_CUES.exec(paragraph); match; match = TEASER_CUES.exec(paragraph)) {
    const start = match.index;
    const headStart = start + match[0].length;
    const headEnd = teaserEnd(paragraph, headStart);
    const headline = paragraph.slice(headStart, headEnd).trim();
    if (headline) related.push(headline);
    result += `${paragraph.slice(cursor, start).trimEnd()} `;
    cursor = headEnd;
    TEASER_CUES.lastIndex = headEnd;
  }
  result += paragraph.slice(cursor);
  return result.replace(/\s+/g, ' ').trim();
}

function teaserEnd(text: string, from: number): number {
  const words: { start: number; end: number; word: string }[] = [];
  const wordRe = /\S+/g;
  wordRe.lastIndex = from;
  for (let m = wordRe.exec(text); m && words.length < MAX_TEASER_WORDS; m = wordRe.exec(text)) {
    words.push({ start: m.index, end: m.index + m[0].length, word: m[0] });
  }
  for (let i = 0; i < words.length; i++) {
    const { start, word } = words[i]!;
    // The next sentence opening with a connective: the headline ended before it, whatever Title Case says.
    if (i > 0 && /^\p{Lu}/u.test(word) && OPENING_CONNECTIVE.test(text.slice(start, start + 40))) return start;
    // A seam inside the word: lower case, digit or ?/!/. glued to a capitalised word or a quote.
    const seam = /[a-z0-9?!.)](?=[“"]|[A-Z][a-z])|[A-Z]{2}(?=[A-Z][a-z])/.exec(word);
    if (seam) return start + seam.index + seam[0].length;
    const quote = /[“"]/.exec(word);
    if (quote && quote.index > 0) return start + quote.index;
    if (quote && i > 0) return start;
    // Prose: a lower-case word that is not a headline's function word; the subject before it
    // (a capitalised name) belongs to the prose too.
    if (i > 0 && /^[a-z]/.test(word) && !TITLE_FUNCTION_WORDS.has(word.replace(/[,.:;]$/, ''))) {
      const prev = words[i - 1]!;
      if (/^[A-Z][a-z]/.test(prev.word) && i > 1 && !/[,:]$/.test(words[i - 2]!.word)) return prev.start;
      return start;
    }
  }
  const last = words[words.length - 1];
  return last ? last.end : from;
}
