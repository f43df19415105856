// Numbers as Indonesian and English news write them: 600.000 and 600,000, 1,5 juta, 2,5 miliar,
// Rp 10 triliun, 30 persen, dua setengah tahun, ribuan, puluhan ribu, 3.000-5.000, with the
// qualifier before (lebih dari, at least), the unit, and what is counted (korban jiwa, soldiers).

import type { NumberMention, Sentence } from '../article.js';
import { APPROXIMATE_EN, CURRENCY_AFTER_EN, PERCENT_WORDS_EN, QUALIFIERS_EN, SCALES_EN, UNITS_EN } from '../lang/en/numbers.js';
import {
  APPROXIMATE_ID, CURRENCY_AFTER_ID, CURRENCY_ID, MULTIPLIERS_ID, PERCENT_WORDS_ID, QUALIFIERS_ID, SCALES_ID, UNITS_ID,
} from '../lang/id/numbers.js';

/** Words after a number that end what is counted: function words of both languages. */
const COUNTED_STOP = new Set([
  'yang', 'di', 'dari', 'ke', 'dan', 'atau', 'untuk', 'dalam', 'pada', 'dengan', 'oleh', 'sejak', 'selama', 'itu', 'ini',
  'telah', 'sudah', 'akan', 'sebagai', 'per', 'the', 'of', 'in', 'who', 'that', 'to', 'and', 'or', 'for', 'on', 'at',
  'from', 'by', 'with', 'were', 'was', 'are', 'is', 'have', 'had', 'has', 'a', 'an',
  // Particles and connectives of spoken Indonesian: "300 persen kan, 500 persen", "3 kali lebih mahal".
  'kan', 'lah', 'pun', 'dong', 'sih', 'ya', 'deh', 'kok', 'juga', 'saja', 'lagi', 'lebih', 'hanya', 'bahwa', 'tersebut',
  'karena', 'tetapi', 'namun', 'jika', 'hingga', 'sampai', 'adalah', 'merupakan',
]);
/** In English also (not in Indonesian, whose archive writes AS, the United States, as "as"): "$50 if any fraudulent", "$115 million over", "15 million consumers whose". */
const COUNTED_STOP_EN = new Set([
  'if', 'over', 'under', 'whose', 'which', 'when', 'while', 'after', 'before', 'since', 'as', 'than', 'but', 'be', 'been',
  'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'into', 'about', 'through', 'during', 'across',
  'against', 'between', 'including', 'not', 'also', 'there', 'their', 'his', 'her', 'its', 'it', 'they', 'he', 'she', 'we',
  'this', 'these', 'those', 'do', 'does', 'did', 'ago', 'together', 'off',
]);
/** An English participle after a noun starts what is said of it: "145.5 million people facing", "20 students injured". */
const ENGLISH_PARTICIPLE = /^[a-z]{2,}(?:ing|ed)$/;
/** Most words taken as what is counted. */
const MAX_COUNTED_WORDS = 3;
/** Words kept as the number's context after it, up to the end of the clause. */
const MAX_CONTEXT_WORDS = 10;
const INDONESIAN_VERB = /^(?:me[mnr]?|ber|di|ter)[a-z]{4,}$/;
const NUMERAL = /^(\d+(?:[.,]\d+)*)(%)?$/;
const RANGE = /^(\d+(?:[.,]\d+)*)[-–—](\d+(?:[.,]\d+)*)$/;

interface Token {
  word: string;
  /** Lower case, without surrounding punctuation. */
  bare: string;
  start: number;
  end: number;
  /** Punctuation after the word ends a clause (`,` `.` `;` `:` `?` `!` or a closing quote). */
  closes: boolean;
}

/**
 * An age in apposition after a name: "The pilot, Gareth Morgan, 44, also died", "Joko (62)".
 * It is no count of anything.
 */
function isAge(tokens: Token[], j: number): boolean {
  const token = tokens[j]!;
  const before = tokens[j - 1];
  if (!before || !/^\(?\d{1,3}[,)]*$/.test(token.word) || Number(token.bare) > 120) return false;
  const afterName = /^\p{Lu}/u.test(before.word);
  return afterName && ((before.word.endsWith(',') && token.word.endsWith(',')) || /^\(\d{1,3}\)[,.]?$/.test(token.word));
}

/** Finds the numbers of every sentence. */
export function extractNumbers(sentences: Sentence[], language: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const sentence of sentences) out.push(...numbersInSentence(sentence, language));
  return out;
}

/**
 * Number words that can begin a number (dua, ribuan, thousands), as whole words of a lower-case
 * text. A sentence with neither a digit nor one of them has no number: most have neither.
 */
const NUMBER_WORDS = {
  en: new RegExp(`\\b(?:${[...Object.keys(UNITS_EN), ...Object.keys(APPROXIMATE_EN)].join('|')})\\b`),
  id: new RegExp(`\\b(?:${[...Object.keys(UNITS_ID), ...Object.keys(APPROXIMATE_ID)].join('|')})\\b`),
};

/** Whether a token can begin a number: a digit in it, a number word that can come first, or a currency before an amount. */
function mayBeginNumber(bare: string, en: boolean): boolean {
  return /\d/.test(bare) || valueOf(en ? UNITS_EN : UNITS_ID, bare) !== undefined || valueOf(en ? APPROXIMATE_EN : APPROXIMATE_ID, bare) !== undefined
    || CURRENCY_ID.some(([re]) => re.test(bare));
}

function numbersInSentence(sentence: Sentence, language: string): NumberMention[] {
  const en = language === 'en';
  if (!/\d/.test(sentence.text) && !NUMBER_WORDS[en ? 'en' : 'id'].test(sentence.text.toLowerCase())) return [];
  const tokens = tokenize(sentence.text);
  const found: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!mayBeginNumber(tokens[i]!.bare, en)) continue;
    const first = i;
    let value: number | null = null;
    let unit: string | null = null;
    let approximate: string | null = null;
    let max: number | null = null;
    let j = i;
    const token = tokens[i]!;

    // Currency written before the amount: Rp 10 triliun, US$ 5 juta, Rp10.000.
    const glued = /^(rp\.?|us\$|\$)(\d.*)$/i.exec(token.bare);
    if (glued) unit = currencyBefore(glued[1]!);
    else if (CURRENCY_ID.some(([re]) => re.test(token.bare)) && tokens[i + 1] && /^\d/.test(tokens[i + 1]!.bare)) {
      unit = currencyBefore(token.bare);
      j = ++i;
    }
    const bare = glued ? glued[2]! : tokens[j]!.bare;

    if (isDateLike(tokens, j) || isAge(tokens, j)) continue;
    const range = RANGE.exec(bare);
    const numeral = NUMERAL.exec(bare);
    if (range) {
      value = parseNumeral(range[1]!, language, hasScaleAfter(tokens, j, en));
      max = parseNumeral(range[2]!, language, hasScaleAfter(tokens, j, en));
      if (value !== null && value >= 1900 && value <= 2100 && max !== null && max <= 2100) continue; // 2024-2029
    } else if (numeral) {
      value = parseNumeral(numeral[1]!, language, hasScaleAfter(tokens, j, en));
      if (numeral[2]) unit = 'percent';
    } else {
      const words = parseNumberWords(tokens, j, en);
      if (!words) continue;
      value = words.value;
      approximate = words.approximate;
      j = words.last;
    }
    if (value === null) continue;
    // A four-digit year on its own is a date, not a quantity.
    if (!range && !unit && Number.isInteger(value) && value >= 1900 && value <= 2100 && /^\d{4}$/.test(bare) && !hasScaleAfter(tokens, j, en)) continue;

    // Range written with a connector: 3.000 hingga 5.000, 3,000 to 5,000.
    const connector = tokens[j + 1]?.bare;
    if (max === null && connector && /^(hingga|sampai|to|-|–)$/.test(connector) && tokens[j + 2] && NUMERAL.test(tokens[j + 2]!.bare)) {
      const high = parseNumeral(NUMERAL.exec(tokens[j + 2]!.bare)![1]!, language, hasScaleAfter(tokens, j + 2, en));
      if (high !== null && high > value) { max = high; j += 2; }
    }
    // Scale words: 1,5 juta, 10 triliun, 2.5 million.
    const scales = en ? SCALES_EN : SCALES_ID;
    while (tokens[j + 1] && valueOf(scales, tokens[j + 1]!.bare) !== undefined && !tokens[j]!.closes) {
      const factor = scales[tokens[j + 1]!.bare]!;
      value *= factor;
      if (max !== null) max *= factor;
      j++;
    }
    value = round(value);
    // Unit after: persen, percent, %, rupiah, dollars.
    const after = tokens[j + 1];
    if (after && !tokens[j]!.closes) {
      const percentWords = en ? PERCENT_WORDS_EN : PERCENT_WORDS_ID;
      const currencies = en ? CURRENCY_AFTER_EN : CURRENCY_AFTER_ID;
      if (after.bare === '%' || percentWords.includes(after.bare)) { unit = 'percent'; j++; }
      else if (currencies[after.bare]) { unit = currencies[after.bare]!; j++; }
    }

    const counted = countedAfter(tokens, j, en);
    const qualifier = approximate ?? qualifierBefore(tokens, first, en);
    const startTok = qualifierStart(tokens, first, en);
    const endTok = j + (counted ? counted.split(' ').length : 0);
    found.push({
      value,
      ...(max !== null ? { max: round(max) } : {}),
      text: sentence.text.slice(tokens[startTok]!.start, tokens[endTok]!.end).replace(/[,.;:!?”"’)]+$/, ''),
      qualifier,
      counted,
      unit,
      context: contextAfter(tokens, first),
      sentence: sentence.index,
    });
    i = j;
  }
  return found;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const word = m[0];
    const lead = /^["“‘(\[]*/.exec(word)![0].length;
    const trail = /[,.;:!?"”’)\]]*$/.exec(word.slice(lead))![0];
    let core = word.slice(lead, word.length - trail.length);
    if (!core && word.length > 0) core = word; // lone punctuation
    tokens.push({
      word,
      bare: core.toLowerCase(),
      start: m.index + lead,
      end: m.index + lead + core.length,
      closes: /[,.;:!?"”)]/.test(trail),
    });
  }
  return tokens;
}

/**
 * Value of a numeral. Separators: both `.` and `,` → the last one is the decimal mark; a lone
 * separator followed by exactly three digits groups thousands unless a scale word follows
 * (`1,5 juta` is 1.5 million, `600.000` and `600,000` are 600 thousand); otherwise it is decimal.
 */
export function parseNumeral(text: string, language: string, scaleFollows: boolean): number | null {
  const dots = (text.match(/\./g) ?? []).length;
  const commas = (text.match(/,/g) ?? []).length;
  let normal: string;
  if (dots && commas) {
    const decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    normal = text.split(group).join('').replace(decimal, '.');
  } else if (dots || commas) {
    const sep = dots ? '.' : ',';
    const parts = text.split(sep);
    const grouped = parts.slice(1).every((p) => p.length === 3) && parts[0]!.length <= 3 && parts[0] !== '0';
    const isDecimalMark = language === 'en' ? sep === '.' : sep === ',';
    if (grouped && (parts.length > 2 || !scaleFollows || !isDecimalMark)) normal = parts.join('');
    else if (parts.length === 2) normal = `${parts[0]}.${parts[1]}`;
    else return null;
  } else {
    normal = text;
  }
  const value = Number(normal);
  return Number.isFinite(value) ? value : null;
}

function hasScaleAfter(tokens: Token[], j: number, en: boolean): boolean {
  const next = tokens[j + 1]?.bare;
  return next !== undefined && valueOf(en ? SCALES_EN : SCALES_ID, next) !== undefined && !tokens[j]!.closes;
}

/** Dates and times are left to the date stage: 28/10/2024, 10.00 WIB, pukul 14.30. */
function isDateLike(tokens: Token[], j: number): boolean {
  const bare = tokens[j]!.bare;
  if (/\d\/\d/.test(bare) || /^\d{1,2}:\d{2}/.test(bare)) return true;
  const next = tokens[j + 1]?.bare;
  const prev = tokens[j - 1]?.bare;
  if (/^\d{1,2}[.:]\d{2}$/.test(bare) && ((next && /^(wib|wita|wit|utc|gmt|am|pm|a\.m|p\.m)$/.test(next)) || prev === 'pukul' || prev === 'jam')) return true;
  // A day of the month: "Sept. 5", "October 28", "5 Juli", "28 Oktober 2024".
  if (/^\d{1,2}(?:st|nd|rd|th)?$/.test(bare) && Number.parseInt(bare, 10) <= 31 && ((prev && MONTHS.test(prev) && (!tokens[j - 1]!.closes || /^\p{L}{3,4}\.$/u.test(tokens[j - 1]!.word))) || (next && !tokens[j]!.closes && MONTHS.test(next)))) return true;
  return false;
}

/** Month names and their abbreviations, English and Indonesian, as bare tokens. */
const MONTHS = /^(?:jan(?:uary|uari)?|feb(?:ruary|ruari)?|mar(?:ch|et)?|apr(?:il)?|may|mei|jun[ei]?|jul[yi]?|aug(?:ust)?|agu(?:stus)?|agt|sept?(?:ember)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|des(?:ember)?)$/;

interface WordNumber {
  value: number;
  approximate: string | null;
  last: number;
}

/** The number word tables as maps: looked up for nearly every token, where Object.hasOwn on a record was 2% of analysis. */
const tableMaps = new WeakMap<Record<string, number>, Map<string, number>>();

/** A word's value in a table of number words; words an object inherits (constructor, toString) have none. */
function valueOf(table: Record<string, number>, word: string): number | undefined {
  let map = tableMaps.get(table);
  if (!map) tableMaps.set(table, (map = new Map(Object.entries(table))));
  return map.get(word);
}

/** `dua setengah`, `sepuluh ribu`, `tiga belas`, `ribuan`, `puluhan ribu`, `ten thousand`, `thousands`. */
function parseNumberWords(tokens: Token[], j: number, en: boolean): WordNumber | null {
  const units = en ? UNITS_EN : UNITS_ID;
  const scales = en ? SCALES_EN : SCALES_ID;
  const approx = en ? APPROXIMATE_EN : APPROXIMATE_ID;
  let total = 0;
  let current = 0;
  let used = 0;
  let approximate: string | null = null;
  let k = j;
  for (; k < tokens.length; k++) {
    const w = tokens[k]!.bare;
    let value: number | undefined;
    if ((value = valueOf(units, w)) !== undefined) current += value;
    else if (!en && used > 0 && (value = valueOf(MULTIPLIERS_ID, w)) !== undefined) current = value < 0 ? current + 10 : current * value;
    else if (!en && w === 'setengah' && used > 0) current += 0.5;
    else if ((value = valueOf(approx, w)) !== undefined) { current = Math.max(current, 1) * value; approximate = 'approximately'; }
    else if (used > 0 && w.length > 2 && (value = valueOf(scales, w)) !== undefined) { total += Math.max(current, 1) * value; current = 0; }
    else break;
    used++;
    if (tokens[k]!.closes) { k++; break; }
  }
  if (used === 0) return null;
  const value = total + current;
  // Lone small number words ("dua negara", "one of") are too common to be facts worth comparing.
  if (used === 1 && value < 10 && !approximate) return null;
  return { value, approximate, last: k - 1 };
}

function currencyBefore(word: string): string {
  for (const [re, code] of CURRENCY_ID) if (re.test(word)) return code;
  return 'USD';
}

function qualifierBefore(tokens: Token[], i: number, en: boolean): string | null {
  const found = matchQualifier(tokens, i, en);
  return found ? found[1] : null;
}

function qualifierStart(tokens: Token[], i: number, en: boolean): number {
  const found = matchQualifier(tokens, i, en);
  return found ? i - found[0] : i;
}

/** The qualifier phrases as words, split once: this is asked before every figure. */
const QUALIFIER_WORDS = {
  en: QUALIFIERS_EN.map(([phrase, normal]) => ({ words: phrase.split(' '), normal })),
  id: QUALIFIERS_ID.map(([phrase, normal]) => ({ words: phrase.split(' '), normal })),
};

function matchQualifier(tokens: Token[], i: number, en: boolean): [number, string] | null {
  for (const { words, normal } of en ? QUALIFIER_WORDS.en : QUALIFIER_WORDS.id) {
    const n = words.length;
    if (i - n < 0) continue;
    // The phrase's words right before the figure, none of them but the last closing a clause.
    let k = 0;
    while (k < n && tokens[i - n + k]!.bare === words[k] && (k === n - 1 || !tokens[i - n + k]!.closes)) k++;
    if (k === n) return [n, normal];
  }
  return null;
}

function countedAfter(tokens: Token[], j: number, en: boolean): string | null {
  if (tokens[j]!.closes) return null;
  const words: string[] = [];
  for (let k = j + 1; k < tokens.length && words.length < MAX_COUNTED_WORDS; k++) {
    const t = tokens[k]!;
    if (COUNTED_STOP.has(t.bare) || (en && COUNTED_STOP_EN.has(t.bare)) || !/^\p{Ll}[\p{Ll}-]*$/u.test(t.word.replace(/[,.;:!?"”’)]+$/, ''))) break;
    // An Indonesian verb (dikerahkan, berlangsung, menyebabkan) starts the predicate, not the noun.
    if (words.length > 0 && (en ? ENGLISH_PARTICIPLE : INDONESIAN_VERB).test(t.bare) && !(en && attributive(tokens, k))) break;
    words.push(t.bare);
    if (t.closes) break;
  }
  return words.length ? words.join(' ') : null;
}

/**
 * Whether the English participle at `k` describes the noun after it ("10 identical underexposed
 * shots", "1,000 privately owned aircraft") rather than saying what the noun before it did: an -ed
 * word followed, in the same clause, by a lower-case word that is neither a function word nor
 * another participle.
 */
function attributive(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  return t.bare.endsWith('ed') && !t.closes && next !== undefined && /^\p{Ll}+$/u.test(next.word.replace(/[,.;:!?"”’)]+$/, ''))
    && !COUNTED_STOP.has(next.bare) && !COUNTED_STOP_EN.has(next.bare) && !ENGLISH_PARTICIPLE.test(next.bare);
}

/** The words from the number to the end of its clause: what the number is said about. */
function contextAfter(tokens: Token[], i: number): string {
  const words: string[] = [];
  for (let k = i; k < tokens.length && words.length < MAX_CONTEXT_WORDS; k++) {
    words.push(tokens[k]!.word.replace(/[,.;:!?"”’)]+$/, ''));
    if (tokens[k]!.closes && k > i) break;
  }
  return words.join(' ');
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
