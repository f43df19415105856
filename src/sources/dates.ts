// Publication dates as metadata writes them: ISO 8601, RFC 822 (feeds), and Indonesian
// (`Senin, 1 Juli 2024 22:53 WIB`, `9/7/2024`). Text dates inside bodies are analysis' job.

import { MONTHS_ID, TIME_ZONES } from '../lang/id/calendar.js';

const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;
const INDONESIAN = /(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})(?:[,\s]+(?:pukul\s+)?(\d{1,2})[:.](\d{2})(?:\s*(WIB|WITA|WIT|UTC|GMT))?)?/i;
const NUMERIC_DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** Parses a publication date; returns an ISO string (date only when no time is given) or null. */
export function parseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim();
  if (!text) return null;

  const iso = ISO_LIKE.exec(text);
  if (iso) {
    const [, y, m, d, hh, mm, ss, zone] = iso;
    if (!validDay(+y!, +m!, +d!)) return null;
    // Midnight without a zone is how scrapers write "date only".
    if (!hh || (hh === '00' && mm === '00' && (!ss || ss === '00') && !zone)) return `${y}-${m}-${d}`;
    const z = zone ? (zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : 'Z';
    return toIso(`${y}-${m}-${d}T${hh}:${mm}:${ss ?? '00'}${z}`);
  }

  // RFC 822 with an explicit zone (feeds: `Mon, 01 Jul 2024 15:10:00 +0000`).
  if (/[+-]\d{4}$|\b(GMT|UT|UTC|EST|EDT|CST|CDT|PST|PDT)$/.test(text)) {
    const t = Date.parse(text);
    if (!Number.isNaN(t)) return new Date(t).toISOString();
  }

  const id = INDONESIAN.exec(text);
  if (id) {
    const [, d, monthName, y, hh, mm, zone] = id;
    const month = MONTHS_ID[monthName!.toLowerCase()] ?? englishMonth(monthName!);
    if (month && validDay(+y!, month, +d!)) {
      const date = `${y}-${pad(month)}-${pad(+d!)}`;
      if (!hh) return date;
      const offset = TIME_ZONES[(zone ?? 'wib').toLowerCase()] ?? '+07:00';
      return toIso(`${date}T${pad(+hh)}:${mm}:00${offset}`);
    }
  }

  const dmy = NUMERIC_DMY.exec(text);
  if (dmy) {
    const [, d, m, y] = dmy;
    return validDay(+y!, +m!, +d!) ? `${y}-${pad(+m!)}-${pad(+d!)}` : null;
  }

  // RFC 822 and other forms the JavaScript parser knows (feeds: `Mon, 28 Oct 2024 10:00:00 GMT`).
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString();
}

const ENGLISH_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
function englishMonth(name: string): number | null {
  const i = ENGLISH_MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i < 0 ? null : i + 1;
}

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function toIso(text: string): string | null {
  const t = Date.parse(text);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
