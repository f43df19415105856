// Every reading of an Indonesian word as prefixes + root + suffixes, with each sound change's
// alternatives (mengupas: upas or kupas; menyala: sala or nyala; berambut: ambut or rambut), in
// the order the Enhanced Confix Stripping stemmer tries them: particles, possessives, a
// derivational suffix, then up to three prefixes; then prefixes with the suffix kept. Which
// reading is right needs knowledge of words, which stem-id.ts brings.

/** Shortest root a reading may leave. */
export const MIN_ROOT = 3;
export const VOWEL = /[aiueo]/;

/**
 * Which prefix may follow which (Nazief–Adriani): di-/ke-/se- may be followed by per-/ber-/ter-/pe-
 * (diperhatikan, keberhasilan), meN- by per-/ber- (memperbarui, memberhentikan); nothing after
 * the others. Without this, "menyerang" would lose "se" after "meny" and become "rang".
 */
export const MAY_FOLLOW: Record<string, RegExp> = { di: /^(pe|be|te)$/, ku: /^(pe|be|te)$/, ke: /^(pe|be|te)$/, se: /^(pe|be|te)$/, me: /^(pe|be)$/, be: /^pe$/ };

/** Prefix and suffix pairs that are not confixes: be-…-i, di-…-an, ke-…-i, ke-…-kan, me-…-an, se-…-i, se-…-kan, te-…-an. */
export const DISALLOWED: Record<string, RegExp> = { be: /^i$/, di: /^an$/, ke: /^(i|kan)$/, me: /^an$/, se: /^(i|kan)$/, te: /^an$/ };

/**
 * Whether `root` begins as a word can: with a vowel, one consonant, or a cluster that Indonesian
 * spells as one sound or borrows (ng, ny, kh, sy; kr-, st-, tr-, pl- of loans). Taking se-, ke-
 * or di- off sembilan, kendaraan or direktur leaves mbilan, ndaraan, rektur: no root begins so.
 */
export function onsetShaped(root: string): boolean {
  return !/^[^aiueo][^aiueo]/.test(root) || /^(?:ng|ny|kh|sy|[bcdfgkpstv][lr]|[dkst]w|s[klmnpt]|ps|ts|[cpstw]h)/.test(root);
}

/** One prefix off `w`: every reading of what is left, with the prefix's kind (di, ke, se, be, te, me, pe, and ku for the proclitics ku-/kau-). */
function prefixReadings(w: string): { rest: string; kind: string }[] {
  const out: { rest: string; kind: string }[] = [];
  const add = (rest: string, kind: string) => { if (rest.length >= MIN_ROOT && VOWEL.test(rest) && onsetShaped(rest)) out.push({ rest, kind }); };
  let m: RegExpExecArray | null;
  if ((m = /^(di|ke|se)(.+)$/.exec(w))) add(m[2]!, m[1]!);
  if ((m = /^(kau|ku)(.+)$/.exec(w))) add(m[2]!, 'ku');
  if (w === 'belajar') add('ajar', 'be'); // the one bel- of the language
  for (const [p, kind] of [['be', 'be'], ['te', 'te'], ['pe', 'pe']] as const) {
    if (!w.startsWith(p)) continue;
    const after = w.slice(2);
    if (after.startsWith('r')) {
      add(after.slice(1), kind); // ber-ikan, ter-abai, per-kuat
      if (VOWEL.test(after[1] ?? '')) add(after, kind); // be-rambut, te-raup, pe-rumahan
    } else if (kind !== 'pe' && /^[^aiueor]er/.test(after)) {
      add(after, kind); // be-kerja, be-ternak, te-terbang (before a syllable ending in -er)
    } else if (kind === 'pe' && /^[^aiueolrwymn]/.test(after)) {
      add(after, kind); // pe-kerja, pe-tani, pe-serta
    }
  }
  for (const [p, kind] of [['me', 'me'], ['pe', 'pe']] as const) {
    if (!w.startsWith(p)) continue;
    const after = w.slice(2);
    if ((m = /^ng(e)(.+)$/.exec(after))) add(m[2]!, kind); // menge-bom, penge-cat
    if ((m = /^ng([aiueo].*)$/.exec(after))) { add(m[1]!, kind); add(`k${m[1]!}`, kind); } // meng-ambil, meng-(k)upas
    else if ((m = /^ng([ghqk].*)$/.exec(after))) add(m[1]!, kind);
    if ((m = /^ny([aiueo].*)$/.exec(after))) { add(`s${m[1]!}`, kind); add(`ny${m[1]!}`, kind); } // meny-(s)erang, me-nyala
    if ((m = /^n([aiueo].*)$/.exec(after))) { add(`t${m[1]!}`, kind); add(`n${m[1]!}`, kind); } // men-(t)ulis, me-nanti
    else if ((m = /^n([cdjszty].*)$/.exec(after))) add(m[1]!, kind);
    if ((m = /^m([aiueo].*)$/.exec(after))) { add(`p${m[1]!}`, kind); add(`m${m[1]!}`, kind); } // mem-(p)ukul, me-minum
    else if ((m = /^m([bfvp].*)$/.exec(after))) add(m[1]!, kind);
    if ((m = /^([lrwy].*)$/.exec(after))) add(m[1]!, kind); // me-lewati, pe-lukis
    if (kind === 'pe' && (m = /^l(ajar.*)$/.exec(after))) add(m[1]!, kind); // pel-ajar
  }
  return out;
}

/** A root a reading leaves, with the outermost prefix removed on the way ('' for suffixes only, 're' for a reduplicated first syllable). */
export interface Reading {
  root: string;
  prefix: string;
}

/** Roots left by removing up to three prefixes from `w`, nearest first; `last` is the kind removed before. */
function prefixed(w: string, depth: number, last: string, outer: string, suffix: string, out: Reading[]): void {
  if (depth === 3) return;
  for (const { rest, kind } of prefixReadings(w)) {
    if (last && !MAY_FOLLOW[last]?.test(kind)) continue;
    // ber- before peN- only where the nasal marks the prefix (berpengalaman, berpenghasilan; not berpegang, perkara).
    if (last === 'be' && !/^pe[mn]/.test(w)) continue;
    if (!last && suffix && DISALLOWED[kind]?.test(suffix)) continue;
    // peN-…-i is no confix (petani is pe-tani, not pe-tan-i); per-…-i is (perbaiki).
    if (!last && suffix === 'i' && kind === 'pe' && !w.startsWith('per')) continue;
    out.push({ root: rest, prefix: outer || kind });
    prefixed(rest, depth + 1, kind, outer || kind, suffix, out);
  }
}

/**
 * A loan's -is (jurnalis, nasionalis, idealis: jurnal, nasional, ideal) follows a loan of two
 * syllables or more, never a native root with a prefix (menangis is no menang-is, terapis no
 * terap-is, memvonis no memvon-is), nor another -is (analisis is no analis-is).
 */
const LOAN_ROOT_BEFORE_IS = /^(?!me|pe|be|te|di)(?!.*is$)/;

/** Derivational suffixes, longest first where one ends another; loan suffixes (-wan, -isme) too, for readings only a seen word can confirm. */
const SUFFIXES = ['kan', 'an', 'i', 'wati', 'wan', 'isme', 'isasi', 'is'];

/**
 * Function words that a suffix alone never turns into a content word: "peran" is not per-an,
 * "bagian" is not bagi-an (with a prefix they are roots: membagikan).
 */
const NOT_SUFFIXED = new Set(['per', 'bagi', 'pada', 'para', 'akan', 'dan', 'yang', 'ini', 'itu', 'atau', 'oleh', 'dari', 'dengan', 'untuk', 'antar', 'lain', 'tak', 'tidak']);

/**
 * The shortest root a suffix may leave. A loan suffix leaves two syllables at least (budaya-wan;
 * not Mar-wan); -i four letters, since no root of three takes it (tani, hari, the isti of istilah
 * are no tan-i, har-i, ist-i; menikah was men).
 */
function shortestRootBefore(suffix: string): number {
  if (suffix.length > 3 || suffix === 'wan' || suffix === 'is') return MIN_ROOT + 2;
  return suffix === 'i' ? MIN_ROOT + 1 : MIN_ROOT;
}

/**
 * Every reading of `word` (lower case), in the order ECS tries them; the word itself is not among
 * them. Particles and possessives come off first, but the word is read with them kept too: the
 * -lah of bersekolah and the -ku of pelaku belong to the root.
 */
export function readings(word: string): Reading[] {
  const out: Reading[] = [];
  const bases: string[] = [];
  let base = word;
  const particle = /(lah|kah|tah|pun)$/.exec(base);
  if (particle && base.length - 3 >= MIN_ROOT) { base = base.slice(0, -particle[0].length); out.push({ root: base, prefix: '' }); }
  const possessive = /(ku|mu|nya)$/.exec(base);
  if (possessive && base.length - possessive[0].length >= MIN_ROOT) {
    bases.push(base.slice(0, -possessive[0].length));
    out.push({ root: bases[0]!, prefix: '' });
  }
  bases.push(base);
  if (base !== word) bases.push(word);
  for (const b of bases) {
    for (const suffix of SUFFIXES) {
      if (!b.endsWith(suffix)) continue;
      const rest = b.slice(0, -suffix.length);
      if (rest.length < shortestRootBefore(suffix) || !VOWEL.test(rest)) continue;
      if (suffix === 'is') {
        // The adjective of a noun in -i first (psikologis, ekonomis: psikologi, ekonomi; not psikolog, ekonom).
        if (LOAN_ROOT_BEFORE_IS.test(rest)) out.push({ root: `${rest}i`, prefix: '' }, { root: rest, prefix: '' });
        continue;
      }
      if (!NOT_SUFFIXED.has(rest)) out.push({ root: rest, prefix: '' });
      prefixed(rest, 0, '', '', suffix, out);
    }
    prefixed(b, 0, '', '', '', out);
  }
  // Partial reduplication (dwipurwa), the first consonant again with e: rerata, lelembut, tetamu. Marked
  // 're', since a seen word is not one (tetangga is no tangga), and read last, since meminum is me-minum.
  if (/^([b-df-hj-np-tv-z])e\1[aiueo]/.test(word) && word.length - 2 > MIN_ROOT) out.push({ root: word.slice(2), prefix: 're' });
  const seen = new Set<string>([word]);
  return out.filter((r) => !seen.has(r.root) && Boolean(seen.add(r.root)));
}

/** The roots of `readings(word)`, in order. */
export function stemReadings(word: string): string[] {
  return readings(word).map((r) => r.root);
}
