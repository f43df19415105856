// A dictionary-free Indonesian stemmer: rules for particles, possessives, derivational suffixes
// and prefixes with their sound changes (Nazief–Adriani / ECS order), with the shortest root
// length guarding every step in place of a root-word list.
//
// Where a sound change is ambiguous without a dictionary, the more frequent root shape in news
// text is chosen: men+vowel → t (menulis → tulis), mem+vowel → p (memukul → pukul),
// meny+vowel → s (menyerang → serang), meng+vowel → vowel (mengambil → ambil).

import { DISALLOWED, MAY_FOLLOW, MIN_ROOT, onsetShaped, readings, stemReadings, VOWEL, type Reading } from './stem-id-readings.js';
import { shippedNames, shippedWordCounts } from './word-counts.js';
import { STEM_EXCEPTIONS_ID } from '../lang/id/stem-exceptions.js';
import { stopwordsFor } from '../lang/stopwords.js';

const cache = new Map<string, string>();

/** Stems one lower-case Indonesian word. */
export function stemIndonesian(word: string): string {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const result = stemWith(word, shippedLexicon());
  if (cache.size > 200_000) cache.clear();
  cache.set(word, result);
  return result;
}

/** The stem of `word`, names and acronyms kept as they are when the word counts tell them, and the few exceptions listed. */
function stemWith(word: string, lexicon: Lexicon | null): string {
  if (!lexicon) return stemUncached(word, null);
  const read = bare(word);
  return STEM_EXCEPTIONS_ID.get(withoutClitics(read)) ?? keptAsName(read, stemUncached(word, lexicon), lexicon);
}

/** The word as the stemmer reads it: lower case, without a clitic written with a hyphen (kuasa-Mu, allah-lah). */
function bare(input: string): string {
  return input.toLowerCase().replace(/-(nya|ku|mu|lah|kah|pun)$/, '');
}

/**
 * A name (a word news writes with a capital nine times in ten inside a sentence) keeps its form:
 * its di-, ku- or se- and its -i, -an, -wan or -lah are letters of the name, not affixes (Bekasi
 * is no bekas-i, Setiawan no setia-wan, Abdullah no abdul-lah, Direktur no di-rektur, Divisi no
 * di-visi). What institutions' names are built with still goes: the confixes pe-…-an and ke-…-an
 * (Pengadilan, Kepulauan: adil, pulau), and ke- before another name (Kemenkes: Menkes). And no
 * word is built on an acronym, which takes no affix written so (hutan is no HUT-an, sopan no
 * SOP-an, penguin no pe-UIN).
 */
function keptAsName(word: string, stem: string, lexicon: Pick<Lexicon, 'names' | 'acronyms'>): string {
  if (stem === word) return stem;
  // With its possessive or particle, a name is still the name (Bekasinya: Bekasi).
  const core = withoutClitics(word);
  const name = lexicon.names.has(word) ? word : lexicon.names.has(core) ? core : null;
  if (lexicon.acronyms.has(stem) && !lexicon.acronyms.has(word)) return name ?? core;
  if (name === null) return stem;
  if (/^(pe|ke)/.test(name) && name.endsWith('an')) return stem;
  if (name.startsWith('ke') && lexicon.names.has(stem)) return stem;
  return name;
}

/**
 * A word other seen words are built on under three or more prefixes is a root (perang:
 * berperang, memerangi, peperangan; not pe-rang). Otherwise the first reading, in ECS order,
 * whose root is a seen word and not itself an affixed form of a productive root (memberi, on the
 * way to beri). Null when there is none: the rules decide (dikerahkan → kerah, though kerah
 * itself was never seen).
 */
function attestedStem(word: string, lexicon: Lexicon): string | null {
  if (isRoot(word, lexicon) || isWordOfItsOwn(word, lexicon)) return word;
  const seen = lexicon.counts.has(word);
  const all = readings(word);
  const known = all
    // A seen word is not a proclitic and a root (kuasa is not ku-asa), nor a root reduplicated (tetangga is not tangga).
    .filter((r) => lexicon.counts.has(r.root) && !NEVER_AFFIXED.has(r.root) && !(seen && (r.prefix === 'ku' || r.prefix === 're')))
    // Nor is a name the root of a loan's -is (demokratis is no Demokrat-is, the party).
    .filter((r) => !(lexicon.names.has(r.root) && word.startsWith(r.root) && /^is(?:nya)?$/.test(word.slice(r.root.length))));
  const fitting = known.filter((r) => isRoot(r.root, lexicon) || isWordOfItsOwn(r.root, lexicon) || !isAffixedForm(r.root, lexicon));
  const chosen = mostCommonReading(fitting, lexicon)?.root;
  // Clitics leave the stem as it was: pelangganmukah is stemmed as pelanggan is.
  if (chosen && word.startsWith(chosen) && CLITICS.test(word.slice(chosen.length))) return stemUncached(chosen, lexicon);
  if (chosen) return chosen;
  // No reading is a seen word, and seen words are built on this one (sekolah: bersekolah, sekolahnya): a root,
  // unless it is a root never seen alone plus a suffix, and the root's family goes on otherwise too:
  // then it is built on that root like the rest of the family (tanggapi, of tanggap: ditanggapi, tanggapan).
  if (isProductiveRoot(word, lexicon)) {
    const root = /^(.{4,}?)(kan|an|i)$/.exec(word)?.[1];
    return root && rootShaped(root) && familyKinds(root, lexicon) >= FAMILY_KINDS_SEEN && !echoes(word, root, lexicon) ? root : word;
  }
  // No reading is a seen word: a root never seen alone is still a root when seen words carry it
  // under two prefixes or more (nyanyi: bernyanyi, menyanyi, penyanyi; tarung: bertarung, pertarungan).
  let best: string | null = null;
  // A seen word is read so only on stronger evidence (menit is not me-tit, nor serat se-rat).
  let bestKinds = (seen ? FAMILY_KINDS_SEEN : FAMILY_KINDS) - 1;
  for (const r of all) {
    if (!rootShaped(r.root)) continue;
    // The word's own prefix counts too when the word was never seen (teraup: raup is in meraup).
    const family = familyKinds(r.root, lexicon);
    const kinds = family + (family > 0 && !seen && !lexicon.prefixes.get(r.root)!.has(r.prefix) ? 1 : 0);
    if (kinds > bestKinds) { best = r.root; bestKinds = kinds; }
  }
  return best ?? seInside(word, lexicon);
}

/**
 * se- after per- or ke- (persemakmuran: makmur; kesepersepuluh: sepuluh), read only where no nearer
 * reading is a seen word: se- is far more often a root's first syllable (persediaan is per-sedia-an,
 * not per-se-dia-an, however common dia is). The rest must lead to a seen root.
 */
function seInside(word: string, lexicon: Lexicon): string | null {
  const rest = /^(?:per|ke)se(.{4,})$/.exec(word)?.[1];
  if (!rest) return null;
  const stem = attestedStem(rest, lexicon);
  return stem && stem !== rest && stem.length > MIN_ROOT && lexicon.counts.has(stem) ? stem : null;
}

/**
 * A word that is a prefix and another seen word, nothing more, is stemmed as that word is
 * (berpenyakit as penyakit: sakit; disoroti as soroti: sorot), when that stem is a seen word and one of
 * its readings.
 */
function stemOfInnerWord(word: string, attested: string, lexicon: Lexicon): string {
  if (attested === word || !word.endsWith(attested) || !/^(?:ber|be|ter|te|me|di|ke|se)$/.test(word.slice(0, -attested.length))) return attested;
  const inner = stemWith(attested, lexicon);
  if (inner === attested) return attested;
  // A word of a confix is built on a root though the root be never seen alone (berpelanggan as pelanggan: langgan).
  if (/^(?:pe|ke).{3,}an$/.test(withoutClitics(attested))) return inner;
  return lexicon.counts.has(inner) && stemReadings(word).includes(inner) ? inner : attested;
}

/**
 * Whether `root` ends as Indonesian roots do: in a vowel or one consonant (ng, ny, kh and sy
 * counting as one), not in a cluster (langg- of pelanggan, transkrips- of pentranskripsi).
 * Loans that end in clusters (bank, film, teks) are seen words, found before this is asked.
 */
function rootShaped(root: string): boolean {
  return !/[^aiueo][^aiueo]$/.test(root) || /(ng|ny|kh|sy)$/.test(root);
}

/**
 * Particles and conjunctions no affix is ever put on: seen words, but no root of another word
 * (memakai is not me-maka-i, memulai not me-pula-i, pekan not pe-kan).
 */
const NEVER_AFFIXED = new Set(['maka', 'pula', 'kan', 'lah', 'kah', 'tah', 'pun', 'tuh', 'nah', 'dong', 'deh', 'sih', 'kok', 'yang', 'dan', 'atau']);

/** What possessives and particles add to a word, in that order (bukumulah). */
const CLITIC_TAIL = '(?:ku|mu|nya)?(?:lah|kah|tah|pun)?';
const CLITICS = new RegExp(`^${CLITIC_TAIL}$`);
const CLITICS_AT_END = new RegExp(`${CLITIC_TAIL}$`);

/** How much more common than the root a seen word of ke- or se- must be to be a word of its own. */
const OWN_WORD = 5;

/** Function words: the commonest words whatever they are made of. */
const FUNCTION_WORDS = stopwordsFor('id');

/**
 * Whether the seen word `word`, read as ke- or se- and a seen root (nothing else), or as a seen
 * root and -i, is a word of its own: then it is far more common than that root (ketua is no
 * ke-tua, keras no ke-ras, Kejagung no ke-jagung, Kementan no ke-mentan; mulai no mula-i, kursi no
 * kurs-i, ekonomi no ekonom-i). ke- is hardly a prefix alone, and a word made with se- is rarer
 * than its root (serumah, sekota), as a root with -i alone is (hadapi, kuasai). Function words of
 * ke- and se- are the commonest whatever they are made of, so their counts say nothing (sebagai
 * is se-bagai, sebuah se-buah); those of -i do (mulai, sampai).
 */
function isWordOfItsOwn(word: string, lexicon: Lexicon): boolean {
  const count = lexicon.counts.get(word);
  const inside = rootInside(word);
  if (count === undefined || inside === null || (FUNCTION_WORDS.has(word) && inside === word.slice(2))) return false;
  const root = lexicon.counts.get(inside);
  return root !== undefined && count >= OWN_WORD * root;
}

/** The root a word of its own would otherwise be read as: without its ke- or se-, or without a final -i (mulai, mula). */
function rootInside(word: string): string | null {
  if (/^(ke|se)/.test(word)) return word.slice(2);
  // Only a word that no prefix begins (menghadapi is of hadap, however rare menghadap is).
  if (/[^i]i$/.test(word) && word.length > MIN_ROOT + 1 && !/^(me|di|pe|be|te)/.test(word)) return word.slice(0, -1);
  return null;
}

/** How much more common a later reading's root must be to be taken before the first. */
const FAR_MORE = 10;

/**
 * The first reading in ECS order, unless a later one's root is far more common: ECS takes a
 * suffix off first, so that menjadi and terjadi read jad-i (jad, an abbreviation seen eight
 * times), where jadi is among the commonest words of the news. A later reading does not win against a
 * productive root it splits (berikan is beri-kan, however common ikan is), nor by keeping a suffix
 * the first took off (keputusan is of putus, though putusan is the commoner word). A word of its
 * own wins against the root inside it (mengeras is meng-keras, not menge-ras).
 */
function mostCommonReading(fitting: Reading[], lexicon: Lexicon): Reading | undefined {
  let chosen = fitting[0];
  for (const r of fitting.slice(1)) {
    if (!chosen || (isProductiveRoot(chosen.root, lexicon) && !r.root.includes(chosen.root))) continue;
    if (r.root.startsWith(chosen.root) && /^(an|kan)$/.test(r.root.slice(chosen.root.length))) continue;
    if (isWordOfItsOwn(r.root, lexicon) && rootInside(r.root) === chosen.root) chosen = r;
    else if (isNounOfK(r.root, chosen.root, lexicon)) chosen = r;
    else if (lexicon.counts.get(r.root)! >= FAR_MORE * lexicon.counts.get(chosen.root)!) chosen = r;
  }
  return chosen;
}

/**
 * Whether a word read X-kan or Xk-an (desakan, masakan, ajakan) is the noun of the verb root Xk:
 * Xk is productive (mendesak, didesak) and no seen verb carries X with -kan (no didesakan,
 * mendesakan), where a verb of X-kan would show one (dibagikan, membagikan for bagikan).
 */
function isNounOfK(longer: string, shorter: string, lexicon: Lexicon): boolean {
  return longer === `${shorter}k` && isProductiveRoot(longer, lexicon) && !lexicon.kanVerbs.has(shorter);
}

/** Prefix kinds a root never seen alone must be found under among seen words. */
const FAMILY_KINDS = 2;
const FAMILY_KINDS_SEEN = 3;

/** Prefixes a seen word must be found under to be taken for a root as it stands. */
const ROOT_PREFIXES = 3;

function isRoot(word: string, lexicon: Lexicon): boolean {
  return affixedKinds(word, lexicon) >= ROOT_PREFIXES;
}

/** What the stemmer knows of words: their counts, and the prefixes each root is read under. */
interface Lexicon {
  counts: Map<string, number>;
  /** Seen words that are names, and those that are acronyms (word-counts.ts). */
  names: ReadonlySet<string>;
  acronyms: ReadonlySet<string>;
  /** root → the outermost prefixes of the seen words it is a reading of ('' for suffixes alone, 're' for a reduplicated syllable) */
  prefixes: Map<string, Set<string>>;
  /** root → what follows it in those words (suffixes, possessives, particles; '' for nothing) */
  endings: Map<string, Set<string>>;
  /** Roots seen words carry with -kan under a verbal prefix (bagi: dibagikan, membagikan). */
  kanVerbs: Set<string>;
}

/** How many prefixes seen words carry the seen word `root` under (0 when `root` was never seen alone). */
function affixedKinds(root: string, lexicon: Lexicon): number {
  return lexicon.counts.has(root) ? lexicon.prefixes.get(root)?.size ?? 0 : 0;
}

/**
 * The same for any root of four letters or more, seen alone or not, without reduplication (not
 * -rti, of seperti and mengerti): how many kinds of seen words make up its family.
 */
function familyKinds(root: string, lexicon: Lexicon): number {
  const set = lexicon.prefixes.get(root);
  return set && root.length > MIN_ROOT ? set.size - (set.has('re') ? 1 : 0) : 0;
}

/**
 * A root is productive when seen words carry it under two different prefixes or none (beri:
 * memberi, diberi, berikan); a scrap like "ran" is a reading of peran and peranan only, under pe-.
 */
function isProductiveRoot(root: string, lexicon: Lexicon): boolean {
  return affixedKinds(root, lexicon) >= 2;
}

/**
 * Whether every seen word read with `root` goes on as `word` does after it: then `root` is a
 * scrap of `word` that the family only echoes (inspiras, of inspirasi, terinspirasi, menginspirasi).
 */
function echoes(word: string, root: string, lexicon: Lexicon): boolean {
  if (!word.startsWith(root) || word === root) return false;
  const rest = word.slice(root.length);
  return [...lexicon.endings.get(root) ?? []].every((e) => e.startsWith(rest));
}

/**
 * Whether the seen word `reading` is an affixed form of a root: of a productive one, or of a root
 * never seen alone that seen words carry under three prefixes or more (menyanyi, of nyanyi:
 * bernyanyi, menyanyi, penyanyi, nyanyian; not sekolah, of "seko", which bersekolah and
 * disekolahkan echo).
 */
function isAffixedForm(reading: string, lexicon: Lexicon): boolean {
  const roots = stemReadings(reading);
  if (roots.some((x) => isProductiveRoot(x, lexicon))) return true;
  const builtOn = isProductiveRoot(reading, lexicon);
  return roots.some((x) => !lexicon.counts.has(x) && familyKinds(x, lexicon) >= 3
    // A seen word others are built on is a root, unless it is the root with a suffix (hadapi, of
    // hadap), and the root is also seen without that suffix (not inspirasi, of "inspiras").
    && (!builtOn || (reading.startsWith(x) && /^(i|kan|an)$/.test(reading.slice(x.length))))
    && !echoes(reading, x, lexicon));
}

let lexicon: Lexicon | null | undefined;

function shippedLexicon(): Lexicon | null {
  if (lexicon !== undefined) return lexicon;
  const counts = shippedWordCounts();
  if (!counts) return (lexicon = null);
  const prefixes = new Map<string, Set<string>>();
  const endings = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, root: string, value: string) => {
    const set = map.get(root) ?? new Set<string>();
    set.add(value);
    map.set(root, set);
  };
  const kanVerbs = new Set<string>();
  for (const word of counts.keys()) {
    for (const { root, prefix } of readings(word)) {
      add(prefixes, root, prefix);
      const rest = prefix === 're' ? null : continuation(word, root);
      if (rest !== null) add(endings, root, rest);
      if (rest?.startsWith('kan') && /^(me|di|te|ku)$/.test(prefix)) kanVerbs.add(root);
    }
  }
  return (lexicon = { counts, prefixes, endings, kanVerbs, ...shippedNames() });
}

/** What follows `root` in `word` (its first letter may have changed: menyanyikan, nyanyi); null when it is not there. */
function continuation(word: string, root: string): string | null {
  const at = word.lastIndexOf(root.slice(1));
  return at < 0 ? null : word.slice(at + root.length - 1);
}

/** Stems by rules alone, without the word counts (what `kabar eval stem` reports beside). */
export function stemIndonesianByRules(word: string): string {
  return stemUncached(word, null);
}

function stemUncached(input: string, lexicon: Lexicon | null): string {
  // Clitics written with a hyphen: kuasa-Mu, malaikat-malaikat-Nya, nikmat-Ku, allah-lah.
  const word = bare(input);
  if (word.length <= 4 || !/^[a-z-]+$/.test(word)) return word;
  // bel- and pel- are ber- and per- before one root only (belajar, pelajar, mempelajari).
  if (/^(?:be|pe|mempe|dipe|terpe)lajar/.test(word) && !word.includes('-')) return 'ajar';
  if (lexicon && !word.includes('-')) {
    const attested = attestedStem(word, lexicon);
    if (attested) return stemOfInnerWord(word, attested, lexicon);
  }
  // Reduplication: meniru-niru, diam-diam, anak-anak → stem of the first part.
  const dash = word.indexOf('-');
  if (dash > 0) {
    const first = word.slice(0, dash);
    const second = word.slice(dash + 1);
    // The first part carries the prefix (meniru-niru, berbalas-balasan, tarik-menarik keeps "tarik").
    const stemOf = (w: string) => stemWith(w, lexicon);
    if (first === second || first.endsWith(second) || second.endsWith(first) || first.endsWith(stemOf(second)) || stemOf(first) === stemOf(second)) {
      return stemOf(first);
    }
    return word;
  }
  const ruled = withEcho(word, stemByRules(word), lexicon);
  // A seen word is not cut to a root that nothing else seen attests (menteri is no men-teri): the word stands.
  if (lexicon && lexicon.counts.has(word) && ruled !== word && !attests(lexicon, ruled, word)) {
    // Its clitics still go when what they leave is a seen word, and -nya always (gilirannya: giliran;
    // -ku and -lah end names too: hamengku, abdullah).
    const bare = withoutClitics(word);
    return lexicon.counts.has(bare) ? bare : strip(word, /nya$/);
  }
  return ruled;
}

/**
 * `root` with what every seen word of its family goes on with after it, when `word` goes on so
 * too and that makes a seen word: the rules cut loans in -si (mengapresiasi, diapresiasi,
 * apresiasinya → apresias), which the family never shows without the i.
 */
function withEcho(word: string, root: string, lexicon: Lexicon | null): string {
  if (!lexicon || root === word) return root;
  const rest = continuation(word, root)?.replace(CLITICS_AT_END, '');
  const endings = lexicon.endings.get(root);
  if (!rest || !endings || ![...endings].every((e) => e.startsWith(rest))) return root;
  return lexicon.counts.has(root + rest) ? root + rest : root;
}

/**
 * Whether seen words show `root` as more than a scrap of `word`: alone, under a prefix, or with an
 * ending `word` does not start (komisi, komisinya and komisioner only echo "komis").
 */
function attests(lexicon: Lexicon, root: string, word: string): boolean {
  if (lexicon.counts.has(root)) return true;
  const kinds = lexicon.prefixes.get(root);
  if (!kinds) return false;
  // se- is often a loan's first syllable (senior, serius, seleksi): it shows a root only beside another prefix.
  // So is ke- without the -an of ke-…-an (kelapa, kemarin, kereta; not kebodohan), and per- or pe- before
  // l, r, w, y without it (periode, peristiwa, perkara, personel, pelita, peluru; not perkuat, whose kuat
  // is seen, nor pertanian); peN-, whose sound change marks a prefix, is left as it was (pembalap, pengasuh).
  const first = removePrefixes(word).prefix;
  const firstSyllable = first === 'se' || ((first === 'ke' || (first === 'pe' && !/^pe[mn]/.test(word))) && !/an(?:nya)?$/.test(word));
  const own = firstSyllable ? first : '';
  return [...kinds].some((k) => k !== '' && k !== 're' && k !== own) || (!own && !echoes(word, root, lexicon));
}

/** `word` without its particle and possessive, when enough is left to be a root. */
function withoutClitics(word: string): string {
  return strip(strip(word, /(lah|kah|tah|pun)$/), /(ku|mu|nya)$/);
}

function stemByRules(word: string): string {
  const w = withoutClitics(word);
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

function removeSuffix(word: string, prefix: string): string {
  for (const suffix of ['kan', 'an', 'i']) {
    if (!word.endsWith(suffix)) continue;
    if (prefix && DISALLOWED[prefix.slice(0, 2)]?.test(suffix) && suffix !== 'kan') continue;
    const rest = word.slice(0, -suffix.length);
    if (rest.length < MIN_ROOT + (prefix ? 0 : 2) || !VOWEL.test(rest) || !rootShaped(rest)) continue;
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

function removePrefixes(word: string): Prefixed {
  let w = word;
  let first = '';
  let last = '';
  for (let round = 0; round < 3; round++) {
    const next = removePrefix(w);
    if (!next) break;
    const kind = next.prefix.slice(0, 2);
    if (last && !MAY_FOLLOW[last]?.test(kind)) break;
    if (last === 'be' && !/^pe[mn]/.test(w)) break;
    if (!first) first = next.prefix;
    last = kind;
    w = next.stem;
  }
  return { stem: w, prefix: first };
}

function ok(stem: string): boolean {
  return stem.length >= MIN_ROOT && VOWEL.test(stem) && onsetShaped(stem);
}

function removePrefix(w: string): Prefixed | null {
  const tries: [RegExp, (m: RegExpExecArray) => string, string][] = [
    [/^(kau|ku)(.{4,})$/, (m) => m[2]!, 'di'],
    [/^(?:me|pe)nge(.{3})$/, (m) => m[1]!, 'me'],
    [/^(di|ke|se)(.+)$/, (m) => m[2]!, 'di'],
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
