// An article's stem counts as story assignment weighs them: the stems in a list, with their
// sublinear term frequencies (1 + log count). Stores hand candidates out in this form, read
// straight from the stored JSON: JSON.parse built an object of some 150 properties for every
// candidate not cached, and at 30,000 stored articles that was the largest cost of finding
// candidates (30–55 µs a record against about 15 this way, and a smaller cache entry).

/**
 * Stems with their sublinear term frequencies, in the order `Object.keys` gives a parsed record.
 * A list holds its terms as numbers of the numbering it was made in (a cached list takes 2.7 KB
 * with numbers and frequencies, 4.5 with the numbering's strings, 8.1 with strings of its own),
 * and names them on demand.
 */
export class TermList {
  /** The terms' numbers in the current numbering (`termIdsOf`): those it was made with until the numbering starts again. */
  ids: Int32Array;
  idGeneration: number;
  readonly #numbers: Int32Array;
  /** The names of the numbering the list was made in (kept alive by its lists when the numbering starts again). */
  readonly #names: readonly string[];

  constructor(numbers: Int32Array, names: readonly string[], madeIn: number, readonly tf: Float64Array) {
    this.#numbers = numbers;
    this.#names = names;
    this.ids = numbers;
    this.idGeneration = madeIn;
  }

  get length(): number {
    return this.tf.length;
  }

  /** The term at `i`. */
  termAt(i: number): string {
    return this.#names[this.#numbers[i]!]!;
  }

  /** The terms in order, made anew on each call (a cached list keeps numbers, not strings). */
  get terms(): string[] {
    return Array.from(this.#numbers, (n) => this.#names[n]!);
  }
}

/**
 * Most terms numbered before the numbering starts again: a store's vocabulary grows for as long
 * as it takes in news (names, misspellings, junk in scraped pages), and this process may run for
 * months. Past it, lists are numbered again as they are used.
 */
const MAX_TERM_IDS = 1_000_000;
let numbering = new Map<string, number>();
/** Each number's term: the one copy of it that numbered lists share. */
let names: string[] = [];
let generation = 0;

/**
 * Terms as numbers for this process, so that weighing reads arrays where it hashed strings
 * (a candidate's terms are looked up in the article's vector, each term's IDF in a table): each
 * list is numbered once and weighed by many decisions.
 */
export const termNumbering = {
  /** Changes when the numbering starts again: arrays indexed by an older one are stale. */
  get generation(): number {
    return generation;
  },
  /** How many terms are numbered: every number is below it. */
  get size(): number {
    return names.length;
  },
  /** Terms numbered before the numbering starts again (MAX_TERM_IDS; lowered by tests to see it start again). */
  limit: MAX_TERM_IDS,
  /** The number of `term` (numbering it when new). */
  idOf(term: string): number {
    let id = numbering.get(term);
    if (id === undefined) {
      if (names.length >= termNumbering.limit) {
        numbering = new Map();
        names = [];
        generation++;
      }
      numbering.set(term, (id = names.length));
      names.push(term);
    }
    return id;
  },
};

/** `count` terms (`termAt`) numbered in the current numbering, all in one: again should it start over part way. */
function numbered(count: number, termAt: (i: number) => string): Int32Array {
  const ids = new Int32Array(count);
  const started = generation;
  for (let i = 0; i < count; i++) ids[i] = termNumbering.idOf(termAt(i));
  if (generation !== started) for (let i = 0; i < count; i++) ids[i] = termNumbering.idOf(termAt(i));
  return ids;
}

/** The numbers of a list's terms, in its order, in the current numbering. */
export function termIdsOf(list: TermList): Int32Array {
  if (list.idGeneration !== generation) {
    list.ids = numbered(list.length, (i) => list.termAt(i));
    list.idGeneration = generation;
  }
  return list.ids;
}

/** The numbers of each list's terms (null for null), all in one numbering: again should numbering one start it over. */
export function termIdsOfEach(lists: readonly (TermList | null)[]): (Int32Array | null)[] {
  const started = generation;
  const ids = lists.map((l) => (l ? termIdsOf(l) : null));
  return generation === started ? ids : lists.map((l) => (l ? termIdsOf(l) : null));
}

/** Term counts in either form: an article's own record, or a list read from a store. */
export type TermCounts = Readonly<Record<string, number>> | TermList;

const lists = new WeakMap<object, TermList>();

/** The list of a record (made once per record: a candidate is weighed again by later decisions). */
export function termListOf(counts: TermCounts): TermList {
  if (counts instanceof TermList) return counts;
  let list = lists.get(counts);
  if (!list) {
    const terms = Object.keys(counts);
    lists.set(counts, (list = withFrequencies(terms, terms.map((t) => counts[t]!))));
  }
  return list;
}

/** `terms` with the sublinear frequencies of their `counts` (1 + log count), numbered. */
function withFrequencies(terms: readonly string[], counts: readonly number[]): TermList {
  const tf = new Float64Array(terms.length);
  for (let i = 0; i < terms.length; i++) tf[i] = 1 + Math.log(counts[i]!);
  const numbers = numbered(terms.length, (i) => terms[i]!);
  return new TermList(numbers, names, generation, tf);
}

/** The slow way, for what the scanner below does not read. */
function viaJson(json: string): TermList {
  return termListOf(JSON.parse(json) as Record<string, number>);
}

/** A canonical array index (0 to 2³² − 2), which an object lists before its other keys, in numeric order. */
function isIndex(key: string): boolean {
  return /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) <= 4_294_967_294;
}

/**
 * The list of stored term counts (`JSON.stringify` of a record of stems and whole counts), read
 * without building the record. Stems are listed as `Object.keys` would list them (array indices
 * first, in numeric order), so that weights are summed in the same order as from the record and
 * decisions do not move by a rounding. Anything else (escapes, other values) goes through JSON.parse.
 */
export function parseTermCounts(json: string): TermList {
  const words: string[] = [];
  const counts: number[] = [];
  let indices: [string, number][] | null = null;
  const n = json.length;
  let i = 1;
  if (json.charCodeAt(0) !== 123 /* { */) return viaJson(json);
  // PostgreSQL's jsonb prints a space after each colon and comma.
  const skipSpaces = (at: number) => { while (json.charCodeAt(at) === 32) at++; return at; };
  while (i < n && json.charCodeAt(i) === 34 /* " */) {
    const end = json.indexOf('"', i + 1);
    if (end < 0 || json.charCodeAt(end + 1) !== 58 /* : */) return viaJson(json);
    const key = json.slice(i + 1, end);
    if (key.includes('\\')) return viaJson(json);
    const digits = skipSpaces(end + 2);
    let j = digits;
    let value = 0;
    for (; j < n; j++) {
      const c = json.charCodeAt(j);
      if (c < 48 || c > 57) break;
      value = value * 10 + c - 48;
    }
    if (j === digits || value === 0) return viaJson(json);
    if (isIndex(key)) (indices ??= []).push([key, value]);
    else { words.push(key); counts.push(value); }
    i = json.charCodeAt(j) === 44 /* , */ ? skipSpaces(j + 1) : j;
  }
  if (i !== n - 1 || json.charCodeAt(i) !== 125 /* } */) return viaJson(json);
  let terms = words;
  if (indices) {
    indices.sort((a, b) => Number(a[0]) - Number(b[0]));
    terms = [...indices.map(([k]) => k), ...words];
    counts.unshift(...indices.map(([, v]) => v));
  }
  return withFrequencies(terms, counts);
}
