// Dates in the text, absolute (`Senin (28/10/2024)`, `1 Juli 2024 23:58 WIB`) and relative
// (`Kamis lalu`, `akhir pekan lalu`, `last Thursday`), resolved against the publication date.
// Without a publication date a relative date stays unresolved: no guess from today's date.

import * as chrono from 'chrono-node';
import type { DateMention, Sentence } from '../article.js';

/** Words that make a mention relative to the publication date. */
const RELATIVE = /\b(lalu|kemarin|besok|depan|ini|tadi|yesterday|today|tomorrow|last|next|this|ago|senin|selasa|rabu|kamis|jumat|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday|pekan)\b/i;
/**
 * What a kept mention holds: a digit or a word that dates it. A sentence without any has no
 * mention to keep, and is not given to chrono (the costliest step of analysis after entities).
 */
const DATING = /\d|lalu|kemarin|besok|last|yesterday|tomorrow|ago|pekan|minggu|senin|selasa|rabu|kamis|jumat|sabtu|monday|tuesday|wednesday|thursday|friday|saturday|sunday/i;
/** `akhir pekan lalu` (last weekend): chrono reads only `pekan lalu`. */
const LAST_WEEKEND = /akhir\s+pekan\s+lalu|last\s+weekend/i;

/** Finds dates in the sentences; `publishedAt` (ISO) anchors relative ones. */
export function extractDates(sentences: Sentence[], language: string, publishedAt: string | null): DateMention[] {
  const parser = language === 'en' ? chrono.en.GB : chrono.id;
  const reference = publishedAt ? new Date(publishedAt.length === 10 ? `${publishedAt}T12:00:00+07:00` : publishedAt) : null;
  const out: DateMention[] = [];
  for (const sentence of sentences) {
    if (!DATING.test(sentence.text)) continue;
    const results = parser.parse(sentence.text, reference ?? new Date(0), { forwardDate: false });
    const found: Located[] = [];
    for (const result of results) {
      const text = result.text.trim();
      if (!DATING.test(text)) continue;
      const relative = RELATIVE.test(text) && !/\d{4}/.test(text);
      // Without a publication date, a day without its year ("rabu (13/7)") is no known day: chrono would place it in 1969.
      const date = reference ? isoDay(result.start.date()) : !relative && result.start.isCertain('year') ? isoDay(result.start.date()) : null;
      found.push({ text, date, relative, sentence: sentence.index, at: result.index });
    }
    out.push(...mergeWeekdayWithDate(found));
    const weekend = LAST_WEEKEND.exec(sentence.text);
    if (weekend) {
      const existing = out.find((d) => d.sentence === sentence.index && weekend[0].toLowerCase().includes(d.text.toLowerCase()));
      const date = reference ? isoDay(lastSaturday(reference)) : null;
      if (existing) Object.assign(existing, { text: weekend[0], date });
      else out.push({ text: weekend[0], date, relative: true, sentence: sentence.index });
    }
  }
  return out;
}

interface Located extends DateMention {
  at: number;
}

/** `Senin (28/10/2024)` parses as two mentions; keep the dated one with the weekday in its text. */
function mergeWeekdayWithDate(dates: Located[]): DateMention[] {
  const out: DateMention[] = [];
  let prev: Located | null = null;
  for (const d of dates) {
    const gap = prev ? d.at - (prev.at + prev.text.length) : Infinity;
    if (prev && prev.relative && !d.relative && gap >= 0 && gap <= 3 && /^[\p{L} ]+$/u.test(prev.text)) {
      out[out.length - 1] = { text: `${prev.text} (${d.text})`, date: d.date, relative: false, sentence: d.sentence };
      prev = null;
      continue;
    }
    out.push({ text: d.text, date: d.date, relative: d.relative, sentence: d.sentence });
    prev = d;
  }
  return out;
}

/** Indonesian datelines give the day as `Senin (28/10/2024)`; other dates early in a body may be history. */
const DATELINE_DATE = /^(?:pada\s+)?(?:hari\s+)?(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\s*\(/i;

/** The publication date written at the start of the body (`Pada Senin (28/10/2024), ...`), if any. */
export function publicationDateFromText(dates: DateMention[], firstSentences: number): string | null {
  const found = dates.find((d) => !d.relative && d.date && d.sentence < firstSentences && DATELINE_DATE.test(d.text));
  return found?.date ?? null;
}

function lastSaturday(reference: Date): Date {
  const d = new Date(reference);
  const back = ((d.getUTCDay() + 1) % 7) || 7;
  d.setUTCDate(d.getUTCDate() - back);
  return d;
}

function isoDay(date: Date): string {
  // Kabar's dates are calendar days in Western Indonesian Time (UTC+7), where its sources are.
  return new Date(date.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
