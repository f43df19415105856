// Plain text articles: the first line is the title, the body follows (the seeds' format).

import type { Article } from '../article.js';
import { InputError } from './errors.js';
import { buildArticle } from './record.js';

/** Marks a translated article's title line: `<title> Translation: <translated title>`. */
const TRANSLATION_MARKER = /\s+(?:Translation|Terjemahan)\s*:\s+/;

/** Parses a plain text article read from `origin`. */
export function parseTextArticle(text: string, origin: string): Article {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const titleIndex = lines.findIndex((line) => line.trim() !== '');
  if (titleIndex < 0) throw new InputError(origin, 'file has no text');
  const titleLine = lines[titleIndex]!.trim();
  const body = lines.slice(titleIndex + 1).join('\n').trim();
  if (!body) throw new InputError(origin, 'no body after the title line (expected: title on the first line, then the text)');

  const marker = TRANSLATION_MARKER.exec(titleLine);
  const title = marker ? titleLine.slice(0, marker.index) : titleLine;
  const altTitles = marker ? [titleLine.slice(marker.index + marker[0].length)] : [];
  return buildArticle({ title, text: body, altTitles, translated: marker !== null }, 'text', origin);
}
