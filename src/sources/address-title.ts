// Headlines read from an article's address, when its title says too little: a page whose title
// names only its site ("ABC News", "World news - RT International"), or a title that lost its first
// part in scraping. Scrapers that split a row at a comma or a colon keep "di Daerah Mana?" of "Kerja
// Sama PDIP dengan Gerindra di Pilkada 2024, di Daerah Mana?" (35 of Tempo's 114 titles in
// news-id-talas-2024), while the address still spells the whole headline out
// (…/kerja-sama-pdip-dengan-gerindra-di-pilkada-2024-di-daerah-mana). A story headed "Ini
// Penyebabnya" tells a reader nothing: the missing words are put back (the stories Kabar forms of
// news-id-talas-2024 are the same either way).

/** Words a headline writes in lower case (Indonesian and English), unless they open it. */
const LOWER_IN_HEADLINES = new Set([
  'di', 'ke', 'dari', 'dan', 'atau', 'yang', 'untuk', 'dengan', 'pada', 'dalam', 'oleh', 'bagi', 'soal', 'jadi', 'hingga', 'usai', 'ini', 'itu',
  'a', 'an', 'the', 'of', 'and', 'or', 'to', 'in', 'on', 'for', 'at', 'by', 'with', 'from', 'as',
]);

/**
 * Fewest words lost for a title to be restored. Antara's archive drops a title's first word
 * ("apresiasi langkah MUI…" of "YKMI apresiasi langkah MUI…", 298 of its 341 titles); the rest
 * still reads as a headline, and putting the word back joined undated Antara statements of one
 * office into longer chains (an undated story of 17 articles grew to 39), with no labels to say
 * whether that is right: one lost word is left lost.
 */
const MIN_LOST = 2;

/** Most words of a restored part that the text must hold: a section name before the slug ("video-berita-…") is not the headline's. */
const SHARE_IN_TEXT = 0.5;

/** The words of an address's last path segment (`…/414286-angola-satellite-launch-baikonur/`), or [] when it has none. */
function addressWords(url: string): string[] {
  let path: string;
  try { path = decodeURIComponent(new URL(url).pathname); } catch { return []; }
  const segment = path.split('/').filter(Boolean).pop()?.replace(/\.\w{2,5}$/, '') ?? '';
  return segment.split(/[-_+]+/).filter(Boolean);
}

/** Words of a site's name that say nothing of the site itself. */
const GENERIC_SITE_WORDS = /\b(?:news|world|international|online|home|homepage|latest|breaking|berita|terkini|the|and)\b|[^\p{L}\p{N}]+/giu;

/** Whether a title is only the name of the site it came from: what is left of it begins the host's name. */
function isSiteName(title: string, url: string): boolean {
  if (title.split(/\s+/).length > 6) return false;
  const brand = title.toLowerCase().replace(GENERIC_SITE_WORDS, '');
  let host: string;
  try { host = new URL(url).hostname.replace(/^www\./, ''); } catch { return false; }
  return brand.length >= 2 && host.split('.').some((label) => label.startsWith(brand));
}

/** A headline read from an address alone: "angola satellite launch baikonur" (numeric and hexadecimal ids left out). */
function titleFromAddress(url: string): string | null {
  const words = addressWords(url).filter((w) => !/^\d{4,}$/.test(w) && !/^[0-9a-f]{8,}$/i.test(w));
  return words.length >= 3 && words.every((w) => /^[\p{L}\p{N}']+$/u.test(w)) ? words.join(' ') : null;
}

/** A title's words as an address writes them: lower case, punctuation gone. */
function titleWords(title: string): string[] {
  return title.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Each word's most frequent spelling in `text` (by its lower-case form), and the hyphenated pairs it writes. */
function spellings(text: string): { words: Map<string, string>; pairs: Set<string> } {
  const counts = new Map<string, Map<string, number>>();
  for (const [word] of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const key = word.toLowerCase();
    let forms = counts.get(key);
    if (!forms) counts.set(key, (forms = new Map()));
    forms.set(word, (forms.get(word) ?? 0) + 1);
  }
  const words = new Map<string, string>();
  for (const [key, forms] of counts) words.set(key, [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]);
  const pairs = new Set<string>();
  for (const [pair] of text.matchAll(/[\p{L}\p{N}]+-[\p{L}\p{N}]+/gu)) pairs.add(pair.toLowerCase());
  // "otoritas jasa keuangan (ojk)": an abbreviation spelled out before it is written in capitals, even in a lower-case text.
  for (const m of text.matchAll(/((?:\p{L}+\s+){1,8})\((\p{L}{2,8})\)/gu)) {
    const short = m[2]!.toLowerCase();
    const initials = m[1]!.trim().split(/\s+/).map((w) => w[0]!.toLowerCase()).join('');
    if (initials.endsWith(short)) words.set(short, short.toUpperCase());
  }
  return { words, pairs };
}

/**
 * The whole headline when `title` is the end of the one `url` spells out and words were lost
 * before it, else null. The words put back are written as the text writes them (PDIP,
 * Gerindra, Andra Soni-Dimyati), the others capitalised as headlines are; they are joined to the
 * kept part with a comma when it begins in lower case ("…2024, di Daerah Mana?"), else a colon.
 */
export function restoreTruncatedTitle(title: string, url: string, text: string): string | null {
  const slug = addressWords(url).map((w) => w.toLowerCase());
  const kept = titleWords(title);
  if (kept.length === 0 || slug.length < kept.length + MIN_LOST) return null;
  const lost = slug.slice(0, slug.length - kept.length);
  if (slug.slice(lost.length).some((w, i) => w !== kept[i])) return null;
  const { words, pairs } = spellings(`${title} ${text}`);
  const content = lost.filter((w) => w.length >= 4 && !/^\d+$/.test(w));
  if (content.length === 0 || content.filter((w) => words.has(w)).length < content.length * SHARE_IN_TEXT) return null;
  const out: string[] = [];
  for (let i = 0; i < lost.length; i++) {
    // "soni-dimyati", "fakta-faktanya": a pair the text hyphenates is one word; so is a decade ("1980-an").
    const pair = i + 1 < lost.length ? `${lost[i]}-${lost[i + 1]}` : '';
    const word = pair && (pairs.has(pair) || /^\d+-an$/.test(pair)) ? pair : lost[i]!;
    if (word === pair) i++;
    const written = word.split('-').map((w) => words.get(w) ?? w).join('-');
    const lowerCase = written === written.toLowerCase();
    out.push(lowerCase && (out.length === 0 || !LOWER_IN_HEADLINES.has(word)) ? written[0]!.toUpperCase() + written.slice(1) : written);
  }
  return `${out.join(' ')}${/^\p{Ll}/u.test(title) ? ',' : ':'} ${title}`;
}

/**
 * The headline of a record with this title, address and text: the title, unless it names only
 * the site (then what the address says) or lost its first words (then put back together:
 * `restored` is set, and the title as scraped is worth keeping).
 */
export function headlineOf(title: string, url: string | null, text: string): { headline: string; restored: boolean } {
  if (!url || !title) return { headline: title, restored: false };
  if (isSiteName(title, url)) return { headline: titleFromAddress(url) ?? title, restored: false };
  const restored = restoreTruncatedTitle(title, url, text);
  return restored ? { headline: restored, restored: true } : { headline: title, restored: false };
}
