// A dictionary-free Indonesian stemmer: rules for particles, possessives, derivational suffixes
// and prefixes with their sound changes (Nazief–Adriani / ECS order), with the shortest root
// length guarding every step in place of a root-word list.
//
// Where a sound change is ambiguous without a dictionary, the more frequent root shape in news
// text is chosen: men+vowel → t (menulis → tulis), mem+vowel → p (memukul → pukul),
// meny+vowel → s (menyerang → serang), meng+vowel → vowel (mengambil → ambil).

import { readings, stemReadings } from './stem-id-readings.js';
import { shippedWordCounts } from './word-counts.js';

/** Shortest root left after removing an affix. */
const MIN_ROOT = 3;
const VOWEL = /[aiueo]/;

const cache = new Map<string, string>();

/** Stems one lower-case Indonesian word. */
export function stemIndonesian(word: string): string {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const result = stemUncached(word, shippedLexicon());
  if (cache.size > 200_000) cache.clear();
  cache.set(word, result);
  return result;
}

/**
 * A word other seen words are built on under three or more prefixes is a root (perang:
 * berperang, memerangi, peperangan; not pe-rang). Otherwise the first reading, in ECS order,
 * whose root is a seen word and not itself an affixed form of a productive root (memberi, on the
 * way to beri). Null when there is none: the rules decide (dikerahkan → kerah, though kerah
 * itself was never seen).
 */
function attestedStem(word: string, lexicon: Lexicon): string | null {
  if (isRoot(word, lexicon)) return word;
  const seen = lexicon.counts.has(word);
  const known = readings(word)
    // A seen word is not a proclitic and a root (kuasa is not ku-asa), nor a root reduplicated (tetangga is not tangga).
    .filter((r) => lexicon.counts.has(r.root) && !(seen && (r.prefix === 'ku' || r.prefix === 're')))
    .map((r) => r.root);
  return known.find((r) => isRoot(r, lexicon) || !stemReadings(r).some((x) => isProductiveRoot(x, lexicon))) ?? null;
}

/** Prefixes a seen word must be found under to be taken for a root as it stands. */
const ROOT_PREFIXES = 3;

function isRoot(word: string, lexicon: Lexicon): boolean {
  return (lexicon.affixed.get(word)?.size ?? 0) >= ROOT_PREFIXES;
}

/** What the stemmer knows of words: their counts, and for each seen root, the prefixes it is seen with. */
interface Lexicon {
  counts: Map<string, number>;
  /** root → the outermost prefixes of the seen words it is a reading of ('' for suffixes alone) */
  affixed: Map<string, Set<string>>;
}

/**
 * A root is productive when seen words carry it under two different prefixes or none (beri:
 * memberi, diberi, berikan); a scrap like "ran" is a reading of peran and peranan only, under pe-.
 */
function isProductiveRoot(root: string, lexicon: Lexicon): boolean {
  return lexicon.counts.has(root) && (lexicon.affixed.get(root)?.size ?? 0) >= 2;
}

let lexicon: Lexicon | null | undefined;

function shippedLexicon(): Lexicon | null {
  if (lexicon !== undefined) return lexicon;
  const counts = shippedWordCounts();
  if (!counts) return (lexicon = null);
  const affixed = new Map<string, Set<string>>();
  for (const word of counts.keys()) {
    for (const { root, prefix } of readings(word)) {
      if (!counts.has(root)) continue;
      const set = affixed.get(root) ?? new Set<string>();
      set.add(prefix);
      affixed.set(root, set);
    }
  }
  return (lexicon = { counts, affixed });
}

/** Stems by rules alone, without the word counts (what `kabar eval stem` reports beside). */
export function stemIndonesianByRules(word: string): string {
  return stemUncached(word, null);
}

function stemUncached(input: string, lexicon: Lexicon | null): string {
  // Clitics written with a hyphen: kuasa-Mu, malaikat-malaikat-Nya, nikmat-Ku, allah-lah.
  const word = input.toLowerCase().replace(/-(nya|ku|mu|lah|kah|pun)$/, '');
  if (word.length <= 4 || !/^[a-z-]+$/.test(word)) return word;
  if (lexicon && !word.includes('-')) {
    const attested = attestedStem(word, lexicon);
    if (attested) return attested;
  }
  // Reduplication: meniru-niru, diam-diam, anak-anak → stem of the first part.
  const dash = word.indexOf('-');
  if (dash > 0) {
    const first = word.slice(0, dash);
    const second = word.slice(dash + 1);
    // The first part carries the prefix (meniru-niru, berbalas-balasan, tarik-menarik keeps "tarik").
    const stemOf = (w: string) => stemUncached(w, lexicon);
    if (first === second || first.endsWith(second) || second.endsWith(first) || first.endsWith(stemOf(second)) || stemOf(first) === stemOf(second)) {
      return stemOf(first);
    }
    return word;
  }
  let w = word;
  w = strip(w, /(lah|kah|tah|pun)$/);
  w = strip(w, /(ku|mu|nya)$/);
  const prefixed = removePrefixes(w);
  if (prefixed.stem !== w) {
    // Confix: the suffix goes only when a prefix was there too, or when the word is long.
    return removeSuffix(prefixed.stem, prefixed.prefix);
  }
  return removePrefixes(removeSuffix(w, '')).stem;
}

function strip(word: string, suffix: RegExp): string {
  const m = suffix.exec(word);
  if (!m) return word;
  const rest = word.slice(0, m.index);
  return rest.length >= MIN_ROOT + 1 && VOWEL.test(rest) ? rest : word;
}

/** Combinations that are not confixes: be-…-i, di-…-an, ke-…-i, ke-…-kan, me-…-an, se-…-i, se-…-kan, te-…-an. */
const DISALLOWED: Record<string, RegExp> = { be: /i$/, di: /an$/, ke: /(i|kan)$/, me: /an$/, se: /(i|kan)$/, te: /an$/ };

function removeSuffix(word: string, prefix: string): string {
  for (const suffix of ['kan', 'an', 'i']) {
    if (!word.endsWith(suffix)) continue;
    if (prefix && DISALLOWED[prefix.slice(0, 2)]?.test(suffix) && suffix !== 'kan') continue;
    const rest = word.slice(0, -suffix.length);
    if (rest.length < MIN_ROOT + (prefix ? 0 : 2) || !VOWEL.test(rest)) continue;
    // -i after a vowel or after 'ks' rarely is a suffix (pantai, taksi).
    if (suffix === 'i' && /[aiueo]$/.test(rest) && !prefix) continue;
    if (suffix === 'an' && rest.endsWith('k') && word.endsWith('kan')) return word.slice(0, -3);
    return rest;
  }
  return word;
}

interface Prefixed {
  stem: string;
  prefix: string;
}

/**
 * Which prefix may follow which (Nazief–Adriani): di-/ke-/se- may be followed by per-/ber-/ter-/pe-
 * (diperhatikan, keberhasilan), meN- by per-/ber- (memperbarui, memberhentikan); nothing after
 * the others. Without this, "menyerang" would lose "se" after "meny" and become "rang".
 */
const MAY_FOLLOW: Record<string, RegExp> = { di: /^(pe|be|te)$/, ke: /^(pe|be|te)$/, se: /^(pe|be|te)$/, me: /^(pe|be)$/ };

function removePrefixes(word: string): Prefixed {
  let w = word;
  let first = '';
  let last = '';
  for (let round = 0; round < 3; round++) {
    const next = removePrefix(w);
    if (!next) break;
    const kind = next.prefix.slice(0, 2);
    if (last && !MAY_FOLLOW[last]?.test(kind)) break;
    if (!first) first = next.prefix;
    last = kind;
    w = next.stem;
  }
  return { stem: w, prefix: first };
}

function ok(stem: string): boolean {
  return stem.length >= MIN_ROOT && VOWEL.test(stem);
}

function removePrefix(w: string): Prefixed | null {
  const tries: [RegExp, (m: RegExpExecArray) => string, string][] = [
    [/^(kau|ku)(.{4,})$/, (m) => m[2]!, 'di'],
    [/^(?:me|pe)nge(.{3})$/, (m) => m[1]!, 'me'],
    [/^(di|ke|se)(.+)$/, (m) => m[2]!, 'di'],
    [/^belajar$/, () => 'ajar', 'be'],
    [/^ber(.+)$/, (m) => m[1]!, 'be'],
    [/^be(r[aiueo].+)$/, (m) => m[1]!, 'be'],
    [/^ter(.+)$/, (m) => m[1]!, 'te'],
    [/^meny([aiueo].+)$/, (m) => `s${m[1]}`, 'me'],
    [/^mem([bfv].+)$/, (m) => m[1]!, 'me'],
    [/^mem(p[^aiueo].+|pe[rl].+)$/, (m) => m[1]!, 'me'],
    [/^mem([aiueo].+)$/, (m) => `p${m[1]}`, 'me'],
    [/^men([cdjzsy].+)$/, (m) => m[1]!, 'me'],
    [/^men([aiueo].+)$/, (m) => `t${m[1]}`, 'me'],
    [/^meng([ghqk].+)$/, (m) => m[1]!, 'me'],
    [/^meng([aiueo].+)$/, (m) => m[1]!, 'me'],
    [/^me([lrwymn].+)$/, (m) => m[1]!, 'me'],
    [/^peny([aiueo].+)$/, (m) => `s${m[1]}`, 'pe'],
    [/^pem([bfv].+)$/, (m) => m[1]!, 'pe'],
    [/^pem(p[^aiueo].+)$/, (m) => m[1]!, 'pe'],
    [/^pem([aiueo].+)$/, (m) => `p${m[1]}`, 'pe'],
    [/^pen([cdjzt].+)$/, (m) => m[1]!, 'pe'],
    [/^pen([aiueo].+)$/, (m) => `t${m[1]}`, 'pe'],
    [/^peng([ghqk].+)$/, (m) => m[1]!, 'pe'],
    [/^peng([aiueo].+)$/, (m) => m[1]!, 'pe'],
    [/^per(.+)$/, (m) => m[1]!, 'pe'],
    [/^pe([lrwy].+)$/, (m) => m[1]!, 'pe'],
  ];
  for (const [re, root, prefix] of tries) {
    const m = re.exec(w);
    if (!m) continue;
    const stem = root(m);
    if (ok(stem) && stem.length >= 4) return { stem, prefix: prefix === 'di' ? m[1]! : prefix };
  }
  return null;
}
