// Named entities, first version: capitalised spans split by a gazetteer and by titles, typed by
// keywords and context, and canonicalised within the article (Rutte → Mark Rutte, Korut → Korea
// Utara). The trained recogniser of a later stage replaces the span finder, not this interface.

import type { EntityMention, EntityType, Sentence } from '../article.js';
import {
  BODY_HEADS_EN, HONORIFICS_EN, KIND_WORDS_EN, MONTHS_SHORT_EN, NOT_NAME_WORDS_EN, ORG_HEADS_EN, ORG_NOUNS_EN, PARTICIPLES_EN, PERSON_NOUNS_EN, PLACE_HEADS_EN,
  ROLE_WORDS_EN, SENTENCE_OPENERS_EN, TIME_MODIFIERS_EN, TITLES_EN,
} from '../lang/en/entities.js';
import { gazetteer, normaliseSurface, type CanonicalEntity } from '../lang/gazetteer.js';
import {
  HONORIFICS_ID, INSTITUTION_HEADS_ID, KIND_WORDS_ID, OFFICE_TITLES_ID, LAW_WORDS_ID, OFFICES_ID, ORG_KEYWORDS, ORG_NOUNS_ID, ORG_PREFIXES_ID, PLACE_KEYWORDS, PLACE_PARTS_ID, RANK_WORDS_ID, RANKS_ID, ROLE_WORDS_ID,
  SCHOOLS_ID, SENTENCE_OPENERS, TITLE_WORDS_ID, TITLES_ID,
} from '../lang/id/entities.js';
import { MONTHS_ID, WEEKDAYS_ID } from '../lang/id/calendar.js';
import { stopwordsFor } from '../lang/stopwords.js';
import { type SentenceTags, shippedTagger } from './ner/tagger.js';
import { officeHolder } from './office-holder.js';
import { shippedRegions } from './word-counts.js';

/** Tokens inside a name that may be lower case: Ahmad bin Ali, Ursula von der Leyen. */
const NAME_CONNECTORS = new Set(['bin', 'binti', 'van', 'von', 'der', 'de', 'da', 'al', 'el', 'la', 'dos']);
/** A reporting verb right after a name makes the name a person. */
const SPEAKER_AFTER = /^\s*(?:,\s*)?(?:mengatakan|menyatakan|menuturkan|menyebutkan|menyebut|menilai|menegaskan|menjelaskan|mengungkapkan|berharap|said|says|told|added|stated)\b/i;
const SPEAKER_BEFORE = /\b(?:kata|ujar|ucap|tutur|imbuh|tambah|jelas|tegas|ungkap|said|says|according to|menurut)\s*$/i;
const CALENDAR_WORDS = new Set([
  ...WEEKDAYS_ID, ...Object.keys(MONTHS_ID), 'jum\'at', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|X{1,3})$/;
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
const POSSESSIVE = /^(.+?)['’]s$/u;
const CURRENCY_SIGN = /^(?:Rp(?:\d[\d.]*)?|USD|IDR|EUR|GBP|JPY|CNY|SGD|AUD|MYR)$/u;
/**
 * Whether a word is a currency's sign or code (`Rp 1,5 triliun`, `Rp10.000`, `USD 6000`, `dollar Amerika Serikat
 * (USD)`): no name, nor a word of one ("Anggarannya Rp" was a name, "USD" an organisation).
 */
function isCurrencySign(word: string): boolean {
  return CURRENCY_SIGN.test(word);
}

const GLUED_ACRONYM = /^(\p{Lu}{2,})(?=\p{Lu}\p{Ll}{2,})/u;
/** English adjectives made of a name and a participle: Atlanta-based, London-born, Saudi-led, Kremlin-backed. */
const DESCRIBED_BY_NAME = new RegExp(`^(\\p{Lu}[\\p{L}.]*)-(${PARTICIPLES_EN})$`, 'u');
const PARTICIPLE = new RegExp(`^(?:${PARTICIPLES_EN})$`);

interface Tok {
  text: string;
  start: number;
  end: number;
  /** Its place in the sentence's tokens, where `tags` reads its tag. */
  index: number;
  /** The trained tagger's tags of the sentence, or null when it does not run (`taggedAs`). */
  tags: SentenceTags | null;
  /** Written with 's: a name ends here. */
  possessive: boolean;
}

interface Found {
  surface: string;
  type: EntityType;
  known: CanonicalEntity | null;
  role: string | null;
  sentence: number;
  /** Offsets in the sentence, to look at the words around it. */
  start: number;
  end: number;
  /**
   * Words that name no person whatever verb follows or however the article writes them: words that spell
   * the acronym in brackets after them ("Pegawai Negeri Sipil (PNS)"), a citation of law ("Juncto Pasal", "menurut UU").
   */
  namesNoOne?: boolean;
}

/** A word as names are written: `Jamil`, `O'Brien`, `Al-Habsyi`. */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;
/**
 * And in English also `McDavid`, `MacLeod`, `DeAndre`, `LeBron` (a capital after the prefixes that
 * take one), `Wilson-Raybould`, `Lin-Manuel` (after a hyphen). Not in Indonesian, whose hyphen
 * joins common words (`Undang-Undang`, `Alun-Alun`).
 */
const NAME_WORD_EN = /^(?:\p{Lu}[\p{Ll}'’]+|(?:Mc|Mac|De|Di|Le|La|O['’])\p{Lu}\p{Ll}+)(?:-\p{Lu}?\p{Ll}+)*$/u;
/** Words right before a place or an organisation, never before a person: `in Red Deer`, `the Dixon Hall`. */
const PLACE_CONTEXT = /\b(?:the|in|at|from|near|into|across|inside|outside|outside of|around|throughout)\s+(?:\||$)/i;
/** Whether an English span has a word that no person's name has. */
function hasNonNameWord(surface: string): boolean {
  return surface.toLowerCase().split(/\s+/).some((w) => NOT_NAME_WORDS_EN.has(w));
}

/** First words of place names, never of a person's ("North Korean", "New Brunswick"). */
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'new', 'upper', 'lower', 'central', 'greater', 'northern', 'southern', 'eastern', 'western', 'utara', 'selatan', 'timur', 'barat']);
/** First words of the names of cities and landmarks, never of a person's ("Los Angeles", "San Francisco", "Mount Everest"). */
const PLACE_FIRST_WORDS = new Set(['san', 'santa', 'los', 'las', 'fort', 'port', 'mount', 'lake', 'cape']);
/** Titles written abbreviated with a full stop, which keeps the name after them in the same span. */
const ABBREVIATED_TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'insp', 'supt', 'cpl', 'rev', 'hon', 'h', 'hj', 'ir', 'drs']);
// Honorifics ("Mbak Puan") and the short titles of offices ("Menkominfo Budi Arie") are roles for the
// entity layer, kept out of the title words the tagger's features read, which it was trained with.
const titles = [...TITLES_ID, ...RANKS_ID, ...OFFICES_ID, ...Object.keys(OFFICE_TITLES_ID), ...TITLES_EN, ...HONORIFICS_ID].map((t) => t.split(/\s+/)).sort((a, b) => b.length - a.length);
/** The titles by their first word, longest first: a span's words are checked against these only. */
const titlesByFirstWord = new Map<string, string[][]>();
for (const words of titles) titlesByFirstWord.set(words[0]!, [...(titlesByFirstWord.get(words[0]!) ?? []), words]);

/** Finds and canonicalises the entities of an article's sentences (title included). */
export function extractEntities(sentences: Sentence[], language: string): EntityMention[] {
  const found: Found[] = [];
  const body = sentences.filter((s) => !s.isTitle).map((s) => s.text).join('\n');
  for (const sentence of sentences) {
    const inSentence = entitiesInSentence(sentence, language);
    // Headlines are Title Case: there only known names, and names the body also writes, count.
    found.push(...(sentence.isTitle ? inSentence.filter((f) => f.known || body.includes(f.surface)) : inSentence));
  }
  // "kata Hasto kepada Kompas.com": a news site's address names the outlet, which the article's source already is.
  return canonicalise(found.filter((f) => f.known || !WEB_ADDRESS.test(f.surface)), sentences, language);
}

/** A web address written as a name: "Kompas.com", "Tempo.co", "Tribunnews.com". */
const WEB_ADDRESS = /^[\p{L}\d-]+\.(?:com|co\.id|co|id|net|org|tv)$/iu;

function entitiesInSentence(sentence: Sentence, language: string): Found[] {
  const text = sentence.text;
  const tokens: Tok[] = [];
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    // A possessive belongs to no name: "Vancouver's Bo Horvat" is Vancouver, then Bo Horvat.
    const possessive = m[0].endsWith('s') ? POSSESSIVE.exec(m[0]) : null;
    const word = possessive ? possessive[1]! : m[0];
    // "LSIDirektur": scrapers glue a heading's acronym to the next word; the two are two tokens, and no name spans the seam.
    const seam = word.length > 4 && isCapitalised(word) ? GLUED_ACRONYM.exec(word) : null;
    if (seam && !possessive) {
      tokens.push(token(seam[1]!, m.index, false));
      tokens.push(token(word.slice(seam[1]!.length), m.index + seam[1]!.length, false));
      continue;
    }
    // "Atlanta-based Equifax": the place, then a word of description; no name spans them.
    const compound = !possessive && word.length > 6 && word.includes('-') && isCapitalised(word) ? DESCRIBED_BY_NAME.exec(word) : null;
    if (compound) {
      tokens.push(token(compound[1]!, m.index, false));
      tokens.push(token(compound[2]!, m.index + compound[1]!.length + 1, false));
      continue;
    }
    tokens.push(token(word, m.index, possessive !== null));
  }
  TOKEN.lastIndex = 0;
  // The trained tagger types the names that neither the gazetteer nor titles and keywords explain.
  // Only capitalised spans are read below, so a sentence without a capital (Antara's lower-case
  // archive) is not tagged at all, and a sentence is tagged only as far as its spans go.
  const tagger = language === 'id' || language === 'ms' ? shippedTagger() : null;
  if (tagger && tokens.some((t) => isCapitalised(t.text))) {
    const tags = tagger.reader(tokens.map((t) => t.text));
    tokens.forEach((t, i) => { t.index = i; t.tags = tags; });
  }
  const out: Found[] = [];
  const stop = stopwordsFor(language === 'en' ? 'en' : 'id');
  let pendingRole: string | null = null;
  /** Whether `pendingRole` came over the closing bracket of its body's acronym. */
  let throughBracket = false;
  // A stopword opens no name ("Perhaps Tracy", "The Canadian Press"), unless a name the gazetteer knows starts with it or
  // it is a direction: stopwords-iso's English list holds New, Great and General (New York, New South Wales Police).
  const opensNoName = (span: Tok[]) => stop.has(span[0]!.text.toLowerCase()) && longestKnown(span, 0) === null && !DIRECTIONS.has(span[0]!.text.toLowerCase())
    && !(span.length > 1 && isHonorific(span[0]!.text));

  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i]!.text) || isCurrencySign(tokens[i]!.text)) {
      pendingRole = null;
      throughBracket = false;
      i++;
      continue;
    }
    // A span: capitalised tokens with only spaces (or a name connector) between them.
    let end = i + 1;
    while (end < tokens.length && !tokens[end - 1]!.possessive) {
      const gap = text.slice(tokens[end - 1]!.end, tokens[end]!.start);
      // A full stop inside a name: after an initial or an abbreviated title ("Harry J. Kazianis", "Dr. Matthew Bowes").
      const abbreviation = gap === '. ' && (/^\p{Lu}$/u.test(tokens[end - 1]!.text) || ABBREVIATED_TITLES.has(tokens[end - 1]!.text.toLowerCase()));
      if (gap !== ' ' && !abbreviation) break;
      const t = tokens[end]!.text;
      if (isCapitalised(t) && !isCurrencySign(t)) end++;
      // "SMA Negeri 6 Jakarta", "SMPN 1 Putri Hijau": a school's number is part of its name.
      else if (language !== 'en' && /^\d{1,3}$/.test(t) && isSchoolName(tokens.slice(i, end))) end++;
      else if (NAME_CONNECTORS.has(t) && tokens[end + 1] && isCapitalised(tokens[end + 1]!.text) && text.slice(tokens[end]!.end, tokens[end + 1]!.start) === ' ') end += 2;
      // "Menteri Komunikasi dan Informatika Budi Arie": "dan" between two words of an office keeps the title whole.
      else if (t === 'dan' && language !== 'en' && tokens[end + 1] && ROLE_WORDS_ID.has(tokens[end + 1]!.text.toLowerCase())
        && ROLE_WORDS_ID.has(tokens[end - 1]!.text.toLowerCase()) && tokens.slice(i, end).some((_, k) => matchTitle(tokens.slice(i, end + 2), k) > 0)) end += 2;
      // "Kementerian Komunikasi dan Informatika", "Kementerian Hukum dan HAM": a name the gazetteer knows goes on over "dan".
      else {
        const more = t === 'dan' || t === 'and' ? knownAcrossAnd(tokens, i, end) || acronymAcrossAnd(text, tokens, i, end) : 0;
        if (more === 0) break;
        end += 1 + more;
      }
    }
    let span = tokens.slice(i, end);
    // "CHECK YOUR BANK STATEMENTS Check your accounts": a heading shouted in capitals, which a function word of
    // three letters or more gives away (not US, IT), names nothing; the words after it are read as usual.
    const shouted = (t: Tok) => t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text);
    if (span.length >= 3 && shouted(span[0]!)) {
      const heading = span.findIndex((t) => !shouted(t));
      const headingWords = heading === -1 ? span.length : heading;
      if (headingWords >= 3 && span.slice(0, headingWords).some((t) => t.text.length >= 3 && stop.has(t.text.toLowerCase()))) span = span.slice(headingWords);
    }
    const atSentenceStart = opensSentence(text, tokens[i]!.start);
    if (atSentenceStart && span.length > 0 && (SENTENCE_OPENERS.has(span[0]!.text.toLowerCase()) || opensNoName(span))) {
      span = span.slice(1);
    }
    // "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Hadi Tjahjanto": the office's list, broken by its commas,
    // ends in office words before the name; they open a role, not a name ("Keamanan Hadi Tjahjanto").
    if (language !== 'en' && / dan\s+$/.test(preceding(text, tokens[i]!.start))) {
      let k = 0;
      while (k < span.length - 1 && ROLE_WORDS_ID.has(span[k]!.text.toLowerCase())) k++;
      if (k > 0) {
        pendingRole = span.slice(0, k).map((t) => t.text).join(' ');
        span = span.slice(k);
      }
    }
    // "Kedatangan Wapres akan disambut", "Pembangunan Bendungan Cipanas dimulai": a common word opening a sentence
    // is capitalised for that alone, unless it names a kind of body or place (Bank Indonesia, Kabupaten Bogor).
    // A headline capitalises every word: there a noun made of a verb may open any span ("KPK Diminta Tak Gentar, Pertemuan
    // Megawati dan …"), the nouns a name goes on with aside ("Rumah Tahanan").
    const nounOfVerb = sentence.isTitle && /^(?:pe|ke)\p{Ll}{3,}an$/iu.test(span[0]?.text ?? '');
    if ((atSentenceStart || nounOfVerb) && language !== 'en' && span.length > 1 && startsWithCommonWord(span)) span = span.slice(1);
    // "Getty Images Massa", "Press Jessica Alba": a picture's credit run into its caption, whose first word opens a
    // sentence of its own ("Getty Images The Brazilian").
    let credited = false;
    if (language === 'en' && span.length > 1 && PHOTO_CREDIT_WORDS.has(span[0]!.text)) {
      const rest = span.findIndex((t) => !PHOTO_CREDIT_WORDS.has(t.text));
      if (rest > 0 && !ORG_HEADS_EN.has(span[rest]!.text.toLowerCase()) && !CREDIT_NAME_HEADS.has(span[rest]!.text.toLowerCase())) { span = span.slice(rest); credited = true; }
    }
    // "The Canadian Press", "On Wednesday", "Not My Stella's": function words do not start names.
    while (language === 'en' && span.length > 1 && opensNoName(span)) span = span.slice(1);
    if (credited && span.length === 1 && (stop.has(span[0]!.text.toLowerCase()) || SENTENCE_OPENERS.has(span[0]!.text.toLowerCase()))) {
      pendingRole = null;
      i = end;
      continue;
    }
    const emitted = out.length;
    // "Kepala Badan Siber dan Sandi Negara (BSSN), Hinsa Siburian": the acronym in brackets after an office's body
    // names the body again; the office goes on to the name after it, as it was.
    // So does the body written out in brackets after its acronym ("Ketua KPU (Komisi Pemilihan Umum) Hasyim Asy'ari").
    const inBrackets = pendingRole !== null && span.length > 0 && text[span[0]!.start - 1] === '(' && text[span[span.length - 1]!.end] === ')';
    const bracketed = inBrackets && (span.length === 1 || (i > 0 && spellsAcronym(span.map((t) => t.text).join(' '), tokens[i - 1]!.text)));
    const roleBefore: string | null = pendingRole;
    pendingRole = processSpan(span, sentence, language, out, bracketed ? null : pendingRole, throughBracket);
    if (bracketed) pendingRole = roleBefore;
    // A role carried over a closing bracket is the next name's, or no one's: not a list's after it ("Pengurus Pusat (PP)
    // Muhammadiyah, Badan Amil Zakat Nasional").
    else if (throughBracket) pendingRole = null;
    // The name in "San Francisco-based", "Trump-backed" is a known one or none: a person, place or body is not told apart there.
    if (describes(text, tokens, end)) for (let k = out.length - 1; k >= emitted; k--) if (!out[k]!.known) out.splice(k, 1);
    // A lone unknown capitalised word at the start of a sentence is just the first word.
    if ((atSentenceStart || credited) && out.length === emitted + 1 && out[emitted]!.type === 'MISC' && !out[emitted]!.surface.includes(' ')) out.pop();
    // So is, in English, a lone unknown function word anywhere: see namesNothingEn (Indonesian: dropWordsNamingNothing).
    else if (language === 'en' && out.length === emitted + 1 && !out[emitted]!.known && namesNothingEn(out[emitted]!.surface, tokens[i - 1]?.possessive === true)) out.pop();
    // And an acronym of a common noun left over after a known name ("England TV" where no head made them one name).
    for (let k = out.length - 1; k >= emitted; k--) if (!out[k]!.known && COMMON_ACRONYMS.has(out[k]!.surface)) out.splice(k, 1);
    // A role survives one comma: "Sekretaris Jenderal NATO, Mark Rutte, menyatakan"; and the brackets of its body's
    // acronym, before them and after ("Kepala Badan … (BSSN), Hinsa Siburian").
    const after = tokens[end] ? text.slice(tokens[end - 1]!.end, tokens[end]!.start).trim() : '';
    const writtenOut = after === '(' ? BRACKETED_NAME.exec(text.slice(tokens[end]!.start)) : null;
    const intoAcronym = after === '(' && (text[tokens[end]!.end] === ')' || (writtenOut !== null && spellsAcronym(writtenOut[1]!, tokens[end - 1]!.text)));
    // "Ketua Badan Pengawas Pemilu (Bawaslu) Rahmat Bagja": the name may follow the brackets without a comma too.
    throughBracket = bracketed && after === ')' && pendingRole !== null;
    if (after !== ',' && !(bracketed && after === '),') && !intoAcronym && !throughBracket) pendingRole = null;
    i = end;
  }
  return out;
}

/**
 * How many words after a known place or company at `from`…`to` of `span` go on with it to name a
 * body of its own (up to four): words that are no title, no name the gazetteer knows and no day or
 * month, of which the last is the head of a body's or place's name ("Washington Post", "Seoul
 * Metropolitan Police", "Beijing Normal University", "Tokyo Bay", "Samsung Electronics Co"), or,
 * after "the", any, for a place ("the Chicago Cubs"). Without either the name stands alone:
 * "Paris Hilton", "Moscow Mayor Sergei Sobyanin", "Samsung Galaxy".
 */
function bodyAfterKnown(span: Tok[], from: number, to: number, text: string, place: boolean): number {
  let n = 0;
  while (n < 4 && to + n < span.length) {
    const t = span[to + n]!;
    const lower = t.text.toLowerCase();
    if (!isCapitalised(t.text) || CALENDAR_WORDS.has(lower) || matchTitle(span, to + n) > 0 || longestKnown(span, to + n) !== null) break;
    n++;
    if (t.possessive) break;
  }
  if (place && from === 0 && /\bthe\s+$/iu.test(preceding(text, span[0]!.start))) return n;
  while (n > 0 && !BODY_HEADS_EN.has(span[to + n - 1]!.text.toLowerCase())) n--;
  return n;
}

/**
 * Whether a lone English word, unknown to the gazetteer, names nothing wherever it stands: the words
 * that open sentences without being first names (narrower than the stopword list, which holds Will,
 * May and Microsoft), at the start of a quotation, after a colon, a bullet or a transcript's speaker
 * ("'We have to …'", "said: We almost died", "• In the United States", "HORSLEY: He was"); a
 * pronoun's contraction ("I'm", "I've"); a month cut short ("Dec. 31"); the day of a holiday after its
 * possessive ("New Year's Eve"): 380 names in the 383 English articles of stories-en-giveme5w1h, "The"
 * the most frequent English name of all but fifteen.
 */
function namesNothingEn(surface: string, afterPossessive: boolean): boolean {
  const lower = surface.toLowerCase();
  if (/^\p{Lu}\p{Ll}*$/u.test(surface) && (SENTENCE_OPENERS_EN.has(lower) || MONTHS_SHORT_EN.has(lower))) return true;
  if (afterPossessive && (lower === 'eve' || lower === 'day')) return true;
  return /^\p{Lu}\p{Ll}*(?:['’](?:m|ve|ll|re|d)|n['’]t)$/u.test(surface);
}

/** Acronyms of common nouns, which the rule for acronyms took for organisations ("aired on TV", "its CEO said"). */
const COMMON_ACRONYMS = new Set(['TV', 'CEO', 'CFO', 'COO', 'CTO', 'GMT', 'UTC', 'WIB', 'WITA', 'WIT', 'DNA', 'GPS', 'USB', 'PDF', 'VIP', 'FAQ', 'HP']);

/**
 * Takes out of `found` the Indonesian words written with a capital that name nothing alone: a
 * function word, after a full stop the scraper lost ("per bulan Atau Rp 6,6 miliar", "Anda",
 * "Sementara": 665 names over the shared corpora); a word of a citation of law ("Pasal 15", "Nomor 8
 * Tahun 2024", "ayat (2)": 114); a common word the tagger gives no type ("Keamanan" of an office's
 * list, "Gaji", "Pemerintah" of a heading), which news writes in lower case inside sentences (845),
 * unless the article also writes it in a longer name ("Zaman" for Nuruzzaman, called "Bib Zaman").
 * Not Antara, the news agency as well as "between" ("seperti dikutip Antara").
 */
function dropWordsNamingNothing(found: Found[]): void {
  const stop = stopwordsFor('id');
  const tagger = shippedTagger();
  const inNames = new Set(found.filter((f) => f.surface.includes(' ')).flatMap((f) => f.surface.split(/\s+/)));
  const namesNothing = (f: Found) => {
    const lower = f.surface.toLowerCase();
    if (f.known || !/^\p{Lu}\p{Ll}+$/u.test(f.surface) || f.surface === 'Antara') return false;
    if (stop.has(lower) || LAW_WORDS_ID.has(lower) || lower === 'nomor') return true;
    return f.type === 'MISC' && !inNames.has(f.surface) && tagger?.isCommonWord(f.surface) === true;
  };
  for (let k = found.length - 1; k >= 0; k--) if (namesNothing(found[k]!)) found.splice(k, 1);
}

/** The service written after a rank ("Jenderal Polisi", "Mayjen TNI", "Irjen Pol"). */
const RANK_SERVICES_ID = /^(?:Polisi|TNI|Pol)$/;

/** Capitalised words up to a closing bracket: a body written out after its acronym ("(Komisi Pemilihan Umum)"). */
const BRACKETED_NAME = /^(\p{Lu}[\p{L}-]*(?: (?:\p{Lu}[\p{L}-]*|dan))*)\)/u;

/** How far before a name the words that describe it are read: a pattern anchored at the end of the whole prefix scans it from its start. */
const PRECEDING_CHARS = 80;

/** The text just before offset `at`: enough for "according to", "also known as", "director of Costa Rica". */
function preceding(text: string, at: number): string {
  return text.slice(Math.max(0, at - PRECEDING_CHARS), at);
}

/** Whether the span ending before token `end` is the name of an adjective such as Atlanta-based (split in two tokens). */
function describes(text: string, tokens: Tok[], end: number): boolean {
  const next = tokens[end];
  return next !== undefined && next.start === tokens[end - 1]!.end + 1 && text[next.start - 1] === '-' && PARTICIPLE.test(next.text);
}

/** Whether a span opens with a word news writes in lower case inside sentences that says no kind of body, place or office. */
function startsWithCommonWord(span: Tok[]): boolean {
  const first = span[0]!.text;
  const lower = first.toLowerCase();
  // A title of any list opens a role ("Peneliti ICW Diky Anandya mengatakan"), whatever case news writes it in elsewhere.
  if (ORG_KEYWORDS.has(lower) || KIND_WORDS_ID.has(lower) || INSTITUTION_HEADS_ID.has(lower) || PLACE_KEYWORDS.has(lower) || TITLE_WORDS_ID.has(lower)
    || ROLE_WORDS_ID.has(lower) || titlesByFirstWord.has(lower)) return false;
  return shippedTagger()?.isCommonWord(first) ?? false;
}

/** A token with every field set, so that all tokens share one shape (V8 reads them faster). */
function token(text: string, start: number, possessive: boolean): Tok {
  return { text, start, end: start + text.length, index: 0, tags: null, possessive };
}

/** The trained tagger's type for a token: null when it says "no entity", undefined when it did not run. */
function taggedAs(t: Tok): EntityType | null | undefined {
  if (t.tags === null) return undefined;
  const tag = t.tags.at(t.index);
  return tag === 'O' ? null : (tag.slice(2) as EntityType);
}

/** Whether only spaces, or an opening quotation mark or bracket, stand before offset `at` of the sentence. */
function opensSentence(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && /\s/.test(text[k]!)) k--;
  return k < 0 || '"“‘('.includes(text[k]!);
}

/** Words of picture credits that scrapers run into the caption after them. */
const PHOTO_CREDIT_WORDS = new Set(['Getty', 'Images', 'Associated', 'Press', 'AP', 'Photo', 'Reuters', 'AFP', 'EPA', 'Shutterstock', 'Alamy', 'PA']);
/** Words that make a credit's words a name of their own (the Press Association, an AP Photo Service). */
const CREDIT_NAME_HEADS = new Set(['association', 'service', 'agency', 'council', 'club', 'gallery']);

/**
 * A name set off by a comma after an office (`, Bayu Krisnamurthi,`, `, Abu Hurairah Abdul Salam kepada`, `, Abu Bakar
 * Siddiq mengatakan`), the acronym of its body before it or not.
 */
const APPOSITION_AFTER = /^\s*(?:\(\p{Lu}[\p{L}-]{1,10}\)\s*)?,\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’.-]*){0,4})(?:\s*(?:,|\.|$)|\s+(?:kepada|di|dalam|saat|pada|ketika|usai|seusai)\s|\s+(?:me|ber)\p{Ll}{3,}\b)/u;

/** Words that open an office, a kind of place or body, never a person's name. */
const NO_NAME_OPENERS = [TITLE_WORDS_ID, ROLE_WORDS_ID, PLACE_KEYWORDS, KIND_WORDS_ID, ORG_KEYWORDS, INSTITUTION_HEADS_ID];

/**
 * Whether `after` (the text after an office's words) sets a person's name off by commas: not an office, a kind of
 * place or body, or a known place or regency (`Jalan Kapten Bom Ginting, Padang Mas`, `… Soedirman, Jakarta Selatan`).
 */
function appositionAfter(after: string): boolean {
  const name = APPOSITION_AFTER.exec(after)?.[1];
  if (!name) return false;
  const first = name.split(/\s+/)[0]!.toLowerCase();
  return !NO_NAME_OPENERS.some((words) => words.has(first)) && !shippedRegions().has(first) && !gazetteer().lookup(name) && !gazetteer().lookup(name.split(/\s+/)[0]!);
}

/**
 * Splits one capitalised span into known entities, roles and names; returns an open role. `role`
 * is an office opened before the span; `afterAcronym` when that office ended in its body's acronym
 * in brackets, so that the span is the holder's name as it stands ("Wakil Ketua Lembaga
 * Perlindungan Saksi dan Korban (LPSK) Antonius PS Wibowo").
 */
function processSpan(span: Tok[], sentence: Sentence, language: string, out: Found[], role: string | null, afterAcronym = false): string | null {
  // Until a title in the span opens another office ("(Sumbar) Irjen Suharyo").
  let officeComplete = afterAcronym;
  const gaz = gazetteer();
  const roleWords = language === 'en' ? ROLE_WORDS_EN : ROLE_WORDS_ID;
  let j = 0;
  let pendingRole = role;
  // English puts the organisation or country before the title: "NATO Secretary General Mark Rutte",
  // "Russian President Vladimir Putin". The words just before a title, when they are not a person.
  let qualifier: string | null = null;
  while (j < span.length) {
    // 1. Longest gazetteer match.
    const longest = longestKnown(span, j);
    const matched = longest?.words ?? 0;
    const known = longest?.known;
    // "Jakarta Pusat", "Jakarta Selatan": a known place and a direction word after it name a place of their own.
    if (known?.type === 'PLACE' && j + matched < span.length && PLACE_PARTS_ID.has(span[j + matched]!.text.toLowerCase())) {
      out.push(found(span.slice(j, j + matched + 1), sentence, 'PLACE', null, null));
      qualifier = null;
      j += matched + 1;
      continue;
    }
    // "the Washington Post", "Beijing Normal University", "the Chicago Cubs", "Samsung Electronics Co": a place or a company
    // opens the name of a body, in English word order, which Indonesian news keeps for such names too ("The New York Times").
    const opens = (known?.type === 'PLACE' || known?.type === 'ORGANISATION') && !sentence.isTitle;
    const more = opens ? bodyAfterKnown(span, j, j + matched, sentence.text, known.type === 'PLACE') : 0;
    if (more > 0) {
      const run = span.slice(j, j + matched + more);
      out.push(found(run, sentence, PLACE_HEADS_EN.has(run[run.length - 1]!.text.toLowerCase()) ? 'PLACE' : 'ORGANISATION', null, null));
      qualifier = null;
      j += matched + more;
      continue;
    }
    if (known) {
      const toks = span.slice(j, j + matched);
      out.push(found(toks, sentence, known.type, known, known.type === 'PERSON' ? pendingRole : null));
      if (pendingRole !== null && known.type !== 'PERSON') pendingRole = `${pendingRole} ${toks.map((t) => t.text).join(' ')}`;
      else if (known.type === 'PERSON') pendingRole = null;
      qualifier = known.type === 'PERSON' ? null : toks.map((t) => t.text).join(' ');
      j += matched;
      continue;
    }
    // 2. A title: opens a role that the following name takes.
    const title = matchTitle(span, j);
    if (title > 0) {
      let k = j + title;
      // Role words go on the title, and so does "dan" between two of them (Menteri Komunikasi dan Informatika).
      // "Jenderal Polisi", "Mayjen TNI": a rank's service goes with it.
      const rank = language !== 'en' && RANK_WORDS_ID.has(span[j]!.text.toLowerCase());
      while (k < span.length - 1 && (roleWords.has(span[k]!.text.toLowerCase()) || (rank && RANK_SERVICES_ID.test(span[k]!.text))
        || (span[k]!.text === 'dan' && k + 1 < span.length - 1 && roleWords.has(span[k + 1]!.text.toLowerCase())))) k++;
      // The service is still a body of the article ("Mayjen TNI": TNI).
      for (const t of span.slice(j + title, k)) {
        const service = rank && RANK_SERVICES_ID.test(t.text) ? gaz.lookup(t.text) : null;
        if (service) out.push(found([t], sentence, service.type, service, null));
      }
      const titleText = span.slice(j, k).map((t) => t.text).join(' ');
      officeComplete = false;
      // "Kapolda Sumbar Irjen Pol": a rank after an office and its unit adds to the role.
      const rankAfterOffice = pendingRole !== null && RANK_WORDS_ID.has(span[j]!.text.toLowerCase());
      pendingRole = rankAfterOffice ? `${pendingRole} ${titleText}` : language === 'en' && qualifier !== null && pendingRole === null ? `${qualifier} ${titleText}` : titleText;
      qualifier = null;
      j = k;
      continue;
    }
    // 3. A name run, up to the next known entity or title.
    let k = j + 1;
    while (k < span.length && !startsKnownOrTitle(span, k)) k++;
    // "Pengadilan Negeri Jakarta Pusat", "Universitas Indonesia", "Kabupaten Pati": an institution or an area named by
    // its kind goes on over the place in its name, and the direction after it, and ends there ("Universitas
    // Indonesia Titi Anggraini" is the university, then its expert).
    const head = span[j]!.text.toLowerCase();
    const place = language !== 'en' && (INSTITUTION_HEADS_ID.has(head) || SCHOOLS_ID.test(head)) ? longestKnown(span, k) : null;
    if (place?.known.type === 'PLACE') {
      k += place.words;
      if (k < span.length && PLACE_PARTS_ID.has(span[k]!.text.toLowerCase())) k++;
    }
    let run = span.slice(j, k);
    // "Kepala Badan Siber dan Sandi Negara (BSSN), Hinsa Siburian": after a title, the body the acronym after it spells, whole;
    // unless the tagger reads a person's name ("Mantan Menteri Pertanian Syahrul Yasin Limpo (SYL) mengeklaim").
    // The title may have taken the body's first word ("Ketua Komisi" + "Pemilihan Umum (KPU)").
    const body = pendingRole === null ? null : run.length > 1 && spellsAcronymAfter(run, sentence.text) ? run
      : j > 0 && ORG_KEYWORDS.has(span[j - 1]!.text.toLowerCase()) && spellsAcronymAfter(span.slice(j - 1, k), sentence.text) ? span.slice(j - 1, k) : null;
    if (body && !run.every((t) => taggedAs(t) === 'PERSON')) {
      out.push(found(body, sentence, 'ORGANISATION', null, null));
      pendingRole = `${pendingRole} ${run.map((t) => t.text).join(' ')}`;
      j = k;
      continue;
    }
    // "Ketua Umum Partai Golkar Airlangga Hartarto", "Direktur Eksekutif LSI Djayadi Hanan", "Ketua DPP PDI-P Said Abdullah":
    // the organisations, then the person.
    for (;;) {
      const orgWords = pendingRole === null || run.length < 3 ? 0
        : ORG_KEYWORDS.has(run[0]!.text.toLowerCase()) ? 2 : /^\p{Lu}{2,6}(?:-\p{Lu}{1,3})?$/u.test(run[0]!.text) ? 1 : 0;
      if (orgWords === 0) break;
      // "Badan Pangan Nasional": one word left that the tagger does not call a person goes on with the body's name.
      if (run.length - orgWords === 1 && taggedAs(run[orgWords]!) !== 'PERSON') break;
      out.push(found(run.slice(0, orgWords), sentence, 'ORGANISATION', null, null));
      pendingRole = `${pendingRole} ${run.slice(0, orgWords).map((t) => t.text).join(' ')}`;
      run = run.slice(orgWords);
    }
    // "Bupati Sumedang Yudia Ramli", "Wali Kota Medan Bobby Nasution": after a title, a regency or city the news
    // names is the office's (a place of the article), and the person follows.
    if (pendingRole !== null && language !== 'en' && run.length > 0 && shippedRegions().has(run[0]!.text.toLowerCase())) {
      out.push(found(run.slice(0, 1), sentence, 'PLACE', null, null));
      pendingRole = `${pendingRole} ${run[0]!.text}`;
      run = run.slice(1);
      if (run.length === 0) { j = k; continue; }
    }
    // "Wakil Ketua Satgas Judi Online Muhadjir Effendy": after a title, the tagger's last names are the person, and the
    // words before them the rest of the office.
    // The office words must look like one, with a common word or an acronym in them ("Trunoyudo" before "Wisnu Andiko"
    // is a first name the tagger missed).
    const personFrom = run.length - [...run].reverse().findIndex((t) => taggedAs(t) !== 'PERSON');
    const office = run.slice(0, personFrom);
    const looksLikeOffice = office.some((t) => /^\p{Lu}{2,}$/u.test(t.text) || shippedTagger()?.isCommonWord(t.text));
    if (pendingRole !== null && !officeComplete && personFrom > 0 && personFrom < run.length && taggedAs(run[run.length - 1]!) === 'PERSON' && looksLikeOffice) {
      const officeType = typeOfRun(office, null);
      if (officeType === 'ORGANISATION' || office.some((t) => taggedAs(t) === 'ORGANISATION')) out.push(found(office, sentence, 'ORGANISATION', null, null));
      pendingRole = `${pendingRole} ${office.map((t) => t.text).join(' ')}`;
      run = run.slice(personFrom);
    }
    // After a title, words the tagger does not take for a name, or role words, continue the role
    // ("Kepala Daerah", "Menko Bidang Politik"); so do roman numerals ("Komisi III").
    // So does the unit or place of an office before a rank ("Kapolda Sumbar Irjen Pol Suharyono", "Kepala Biro
    // Penerangan Masyarakat Divisi Humas Polri Brigjen Pol Trunoyudo Wisnu Andiko").
    const beforeRank = span.slice(k).some((t) => RANK_WORDS_ID.has(t.text.toLowerCase()));
    // After its body's acronym in brackets the office is complete and what follows is its holder's name, which the
    // tagger often misses there ("(Menparekraf) Sandiaga Uno"): only office words, or a common word opening words no
    // person is read in, go on with the office ("(Dirjen) Mineral", "(Satgas) Peningkatan Tata Kelola …").
    // Nor are two words or more after the comma an office carried over, unless office words ("Pakar Hukum Tata Negara,
    // Bivitri Susanti menilai": the name; "Kepala Pusat Data, Informasi, dan Komunikasi …": the office's list).
    const afterComma = j === 0 && role !== null && !afterAcronym && run.length > 1 && !run.some((t) => isOfficeWordId(t.text));
    const notAName = officeComplete
      ? 2 * run.filter((t) => shippedTagger()?.isCommonWord(t.text)).length > run.length && !run.some((t) => taggedAs(t) === 'PERSON')
      : !afterComma && run.every((t) => taggedAs(t) === null);
    const officeWords = run.every((t) => roleWords.has(t.text.toLowerCase()) || ROMAN.test(t.text) || (language !== 'en' && RANK_WORDS_ID.has(t.text.toLowerCase())));
    const continuesRole = pendingRole !== null && (beforeRank || officeWords || notAName);
    // One word the tagger reads as no person is typed as if no office came before it ("(KJRI) Davao", "(Kabagpenum) Divhumas").
    if (officeComplete && !continuesRole && run.length === 1 && taggedAs(run[0]!) !== 'PERSON') pendingRole = null;
    if (continuesRole || run.every((t) => ROMAN.test(t.text))) {
      // The unit or place in the office is still an entity of the article ("Polda Metro Jaya", "Jawa Tengah").
      const unitType = beforeRank ? typeOfRun(run, null) : null;
      if (unitType === 'ORGANISATION' || unitType === 'PLACE') out.push(found(run, sentence, unitType, null, null));
      if (pendingRole !== null) pendingRole = `${pendingRole} ${run.map((t) => t.text).join(' ')}`;
      j = k;
      continue;
    }
    const kindAlone = run.length === 1 && (language === 'en' ? KIND_WORDS_EN : KIND_WORDS_ID).has(run[0]!.text.toLowerCase());
    // "Earlier Sunday", "Last October", "Senin lalu": a day or month and what places it in time.
    const when = run.every((t) => CALENDAR_WORDS.has(t.text.toLowerCase()) || TIME_MODIFIERS_EN.has(t.text.toLowerCase()))
      // "Mrs May": after a courtesy title, a month is a surname.
      && !(pendingRole !== null && isHonorific(pendingRole));
    if (run.length > 0 && !kindAlone && !when) {
      const parts = run.length === 1 ? run[0]!.text.split('-') : [];
      const known = parts.length > 1 ? parts.map((p) => gaz.lookup(p)) : [];
      if (known.length > 1 && known.every(Boolean)) {
        // Rusia-Ukraina: two known places joined by a hyphen.
        for (const k of known) out.push({ ...found(run, sentence, k!.type, k!, null), surface: parts[known.indexOf(k)]! });
      } else {
        // Words that spell the acronym in brackets after them are no person, unless the tagger reads one there (SYL): a body,
        // a law, a plan ("Pengurus Pusat (PP)", "Pegawai Negeri Sipil (PNS)"), which no verb after them makes one (canonicalise);
        // nor is a citation of law ("Pasal 12 huruf e Juncto Pasal 18", "UU Pilkada").
        const law = pendingRole === null && language !== 'en' && LAW_WORDS_ID.has(run[0]!.text.toLowerCase());
        const namesNoOne = law || (pendingRole === null && run.length > 1 && !run.some((t) => taggedAs(t) === 'PERSON') && spellsAcronymAfter(run, sentence.text));
        const type = law ? 'MISC' : typeOfRun(run, pendingRole);
        const text = run.map((t) => t.text).join(' ');
        // "Direktur Utama Perum Bulog, Bayu Krisnamurthi,", "Ketua YLKI, Abu Bakar Siddiq": a body (of two words or more, or
        // an acronym) the tagger does not read as a person's name, between an office and the name set off by a comma
        // after it, is the office's.
        const bodyOfOffice = pendingRole !== null && type === 'PERSON' && k === span.length && language !== 'en' && (run.length > 1 || /^\p{Lu}{2,8}$/u.test(run[0]!.text))
          && appositionAfter(sentence.text.slice(run[run.length - 1]!.end)) && !run.every((t) => taggedAs(t) === 'PERSON');
        if (bodyOfOffice || (pendingRole !== null && (type === 'ORGANISATION' || type === 'PLACE') && k === span.length)) {
          // "Sekretaris Jenderal Kemendikbudristek, Suharti": the office's organisation ending the span, then the person after the comma.
          out.push(found(run, sentence, bodyOfOffice ? 'ORGANISATION' : type, null, null));
          pendingRole = `${pendingRole} ${text}`;
          qualifier = text;
          j = k;
          continue;
        }
        out.push({ ...found(run, sentence, type, null, pendingRole), ...(namesNoOne ? { namesNoOne } : {}) });
        qualifier = type === 'PERSON' ? null : text;
      }
    }
    pendingRole = null;
    j = k;
  }
  return pendingRole;
}

function typeOfRun(run: Tok[], role: string | null): EntityType {
  const lower = run.map((t) => t.text.toLowerCase());
  if (lower.some((w) => ORG_KEYWORDS.has(w))) return 'ORGANISATION';
  // Ministries and local governments written as one word: Kemendikbudristek, Kemenkominfo, Pemprov, Polda.
  if (run.length === 1 && ORG_PREFIXES_ID.test(lower[0]!)) return 'ORGANISATION';
  if (PLACE_KEYWORDS.has(lower[0]!)) return 'PLACE';
  // English names put their head last: "Dow Chemical", "Yonge Street".
  if (run.length > 1 && ORG_HEADS_EN.has(lower[lower.length - 1]!)) return 'ORGANISATION';
  if (run.length > 1 && PLACE_HEADS_EN.has(lower[lower.length - 1]!)) return 'PLACE';
  if (role !== null) return 'PERSON';
  // The tagger's type when it gives the whole run one type.
  const tagged = new Set(run.map(taggedAs));
  const first = taggedAs(run[0]!);
  if (tagged.size === 1 && first) return first;
  if (run.length === 1 && /^\p{Lu}{2,6}$/u.test(run[0]!.text)) return 'ORGANISATION';
  return 'MISC';
}

function found(toks: Tok[], sentence: Sentence, type: EntityType, known: CanonicalEntity | null, role: string | null): Found {
  return {
    surface: sentence.text.slice(toks[0]!.start, toks[toks.length - 1]!.end),
    type, known, role, sentence: sentence.index, start: toks[0]!.start, end: toks[toks.length - 1]!.end,
  };
}

function matchTitle(span: Tok[], j: number): number {
  const word = (k: number) => span[k]!.text.toLowerCase().replace(/\.$/, '');
  for (const words of titlesByFirstWord.get(word(j)) ?? []) {
    // A title needs a name (or an organisation) after it inside the span; "Presiden" alone is a word.
    if (j + words.length >= span.length) continue;
    if (words.every((w, k) => k === 0 || word(j + k) === w)) return words.length;
  }
  return 0;
}

/** How many capitalised words after the "dan" at `and` complete a name the gazetteer knows, begun inside tokens[from, and). */
function knownAcrossAnd(tokens: Tok[], from: number, and: number): number {
  const gaz = gazetteer();
  for (let n = 1; n <= 2 && and + n < tokens.length; n++) {
    const after = tokens.slice(and + 1, and + 1 + n);
    if (!after.every((t) => isCapitalised(t.text))) break;
    for (let k = from; k < and; k++) {
      if (gaz.lookup([...tokens.slice(k, and), tokens[and]!, ...after].map((t) => t.text).join(' '))) return n;
    }
  }
  return 0;
}

/**
 * How many capitalised words after the "dan" at `and` complete a name that the acronym in brackets
 * after them spells by its words' initials: "Badan Siber dan Sandi Negara (BSSN)" is one body, not
 * "Badan Siber" and "Sandi Negara".
 */
function acronymAcrossAnd(text: string, tokens: Tok[], from: number, and: number): number {
  for (let n = 1; n <= 3 && and + n < tokens.length; n++) {
    const after = tokens.slice(and + 1, and + 1 + n);
    if (!after.every((t) => isCapitalised(t.text))) break;
    const acronym = bracketedAcronym(text, after[n - 1]!.end);
    if (!acronym || acronym.length < 3) continue;
    for (let k = from; k < and; k++) if (spellsAcronym([...tokens.slice(k, and), ...after].map((t) => t.text).join(' '), acronym)) return n;
  }
  return 0;
}

/** Whether `words` end with a school's kind, and its status: SMA, SMA Negeri, SMP Swasta, SD Inpres. */
function isSchoolName(words: Tok[]): boolean {
  const lower = words.slice(-2).map((w) => w.text.toLowerCase());
  return SCHOOLS_ID.test(lower[lower.length - 1]!) || (lower.length === 2 && SCHOOLS_ID.test(lower[0]!) && /^(?:negeri|swasta|inpres)$/.test(lower[1]!));
}

/** The longest name the gazetteer knows at word `k` of `span`, and how many words it takes; null when none. */
function longestKnown(span: Tok[], k: number): { known: CanonicalEntity; words: number } | null {
  const gaz = gazetteer();
  for (let n = Math.min(gaz.maxWords, span.length - k); n >= 1; n--) {
    const known = gaz.lookup(span.slice(k, k + n).map((t) => t.text).join(' '));
    if (known) return { known, words: n };
  }
  return null;
}

function startsKnownOrTitle(span: Tok[], k: number): boolean {
  const gaz = gazetteer();
  for (let n = Math.min(gaz.maxWords, span.length - k); n >= 1; n--) {
    const known = gaz.lookup(span.slice(k, k + n).map((t) => t.text).join(' '));
    if (known && known.type !== 'PERSON') return true;
  }
  return matchTitle(span, k) > 0;
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Person keys ignore spelling variants of transliteration: Zelenskyy / Zelensky / Zelenskiy. */
export function personKey(name: string): string {
  return `person:${normaliseSurface(name).replace(/iy\b|yy\b/g, 'y').replace(/([a-z])\1/g, '$1')}`;
}

/** What names of several words end with, after their last space ("Hydro" of "BC Hydro"). */
function lastWordsOfLongerNames(found: Found[]): Set<string> {
  return new Set(found.filter((o) => o.surface.includes(' ')).map((o) => o.surface.slice(o.surface.lastIndexOf(' ') + 1)));
}

/** The lengths of the start of a first name taken for a short form of it (Alex of Alexander, Sandi of Sandiaga). */
const NICKNAME = [4, 6] as const;

/** Whether `word` is a courtesy title ("Mr", "Mrs.", "Ms"). */
function isHonorific(word: string): boolean {
  return HONORIFICS_EN.has(word.toLowerCase().replace(/\.$/, ''));
}

/**
 * Files the one-word person `f`, not yet a short name of anyone, under the one person of the article whose first
 * word `fits` it (`Moon` of Moon Jae-in, `Alex` of Alexander Marwata); two such people, and it stays as it is.
 */
function foldToFirstName(f: Found, found: Found[], fullNames: Map<string, Found>, fits: (first: string, short: string) => boolean): void {
  const short = normaliseSurface(f.surface);
  if (f.type !== 'PERSON' || f.surface.includes(' ') || fullNames.has(short)) return;
  const people = found.filter((p) => p.type === 'PERSON' && p.surface.includes(' ') && fits(normaliseSurface(p.surface.split(/\s+/)[0]!), short));
  if (new Set(people.map((p) => normaliseSurface(p.surface))).size === 1) fullNames.set(short, people[0]!);
}

function canonicalise(found: Found[], sentences: Sentence[], language: string): EntityMention[] {
  const byKey = new Map<string, EntityMention>();
  /** Each entity's sentences as a set, beside its list: an entity named in thousands of sentences is not searched once per mention. */
  const sentencesOf = new Map<EntityMention, Set<number>>();
  const display = (known: CanonicalEntity): string => (language === 'id' || language === 'ms' ? known.names.id : known.names.en);
  const sentenceText = new Map(sentences.map((s) => [s.index, s.text]));

  if (language !== 'en') typeBodiesByNoun(found, sentenceText);
  if (language !== 'en') dropWordsNamingNothing(found);
  // Promote unknown names to people when a reporting verb stands next to them.
  let lastWords: Set<string> | null = null;
  for (const f of found) {
    if (f.type !== 'MISC' || f.namesNoOne) continue;
    const text = sentenceText.get(f.sentence) ?? '';
    // "the Kentucky Republican said" describes someone; it names no one.
    const before = preceding(text, f.start);
    const described = language === 'en' && (/\bthe\s+$/i.test(before) || hasNonNameWord(f.surface));
    // "BC Hydro said", "Facebook said": an English name with an acronym in it, or of one word never written
    // as the end of a longer name, is an organisation that speaks as often as a person.
    const organisationLike = language === 'en' && (/\b\p{Lu}{2,}\b/u.test(f.surface)
      || (!f.surface.includes(' ') && !(lastWords ??= lastWordsOfLongerNames(found)).has(f.surface)));
    // "President at Equifax, said", "director of Costa Rica Civil Aviation, said": what an office is at or of is a body.
    const belongs = language === 'en' && /\b(?:of|at|for|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u.test(before);
    // "Credit company Equifax says", "the airline Nature Air": a lower-case word for a body right before the name.
    const noun = /(\p{Ll}+)\s+$/u.exec(before)?.[1];
    if (language === 'en' && noun && ORG_NOUNS_EN.has(noun)) { f.type = 'ORGANISATION'; continue; }
    if (!described && !organisationLike && !belongs && (SPEAKER_AFTER.test(text.slice(f.end)) || SPEAKER_BEFORE.test(before))) f.type = 'PERSON';
    // "coach Ken Hitchcock", "his son Kody Cook": a lower-case person noun right before a name of two or three words.
    const words = f.surface.split(/\s+/).length;
    if (language === 'en' && noun && PERSON_NOUNS_EN.has(noun) && words >= 2 && words <= 3) f.type = 'PERSON';
  }
  // An unknown name of two or three words whose last word the article also writes alone is a
  // person ("Nadia Jamil … Jamil said"): articles come back to people by surname, rarely to
  // organisations or places by their last word.
  const body = sentences.filter((s) => !s.isTitle).map((s) => s.text).join('\n');
  let counter: ((phrase: string) => number) | null = null;
  const wordCount = (phrase: string) => (counter ??= phraseCounts(body))(phrase);
  let alone: ((word: string) => number) | null = null;
  let standing: ((word: string) => number) | null = null;
  for (const f of found) {
    if (f.type !== 'MISC' || f.namesNoOne) continue;
    const written = f.surface.split(/\s+/);
    // "John C. Reilly": a middle initial says nothing of what the name names.
    const words = written.filter((w, i) => !(i > 0 && i < written.length - 1 && /^\p{Lu}\.$/u.test(w)));
    if (words.length < 2 || words.length > 3 || !words.every((w) => (language === 'en' ? NAME_WORD_EN : NAME_WORD).test(w))) continue;
    const last = words[words.length - 1]!;
    // "Los Angeles", "Cape Canaveral"; longer names go on to a team, a paper, a street ("Los Angeles Times"): left untyped.
    if (PLACE_FIRST_WORDS.has(words[0]!.toLowerCase())) { if (words.length === 2) f.type = 'PLACE'; continue; }
    if (gazetteer().lookup(normaliseSurface(last)) || gazetteer().lookup(normaliseSurface(words[0]!)) || DIRECTIONS.has(words[0]!.toLowerCase())) continue;
    // "Wakil Gubernur", "Pemilihan Gubernur", "Keputusan Presiden": an office's word written alone is the office, no surname,
    // when the words before it are common words too (Cyril Raoul Hakim is a person).
    if (language !== 'en' && isOfficeWordId(last) && words.every((w) => isOfficeWordId(w) || shippedTagger()?.isCommonWord(w))) continue;
    // A first word written alone elsewhere, as places and things are ("in Croydon", "the Croydon tram"),
    // names a place or a thing ("Croydon Tram"). Not a first name opening another name (a list of
    // nominees names Adam Driver and Adam McKay) nor standing as people do ("Jayme was found").
    if (language === 'en' && (alone ??= aloneCounter(body))(words[0]!) > 0 && wordCount(words[0]!) > wordCount(f.surface)) continue;
    // "Canadian Winter", "Nova Scotia Liberal": a word no name has.
    if (language === 'en' && hasNonNameWord(f.surface)) continue;
    // Alone, in Indonesian: not opening a longer name ("Pemantau Pendidikan" of "Jaringan Pemantau Pendidikan Indonesia",
    // "Pasangan Calon" beside "Calon Gubernur").
    if (language !== 'en' && (standing ??= aloneCounter(body, false))(last) === 0) continue;
    // "the Oilers" is a team, not a surname.
    if (wordCount(last) - wordCount(`the ${last}`) - wordCount(`The ${last}`) > wordCount(f.surface)) f.type = 'PERSON';
    // In English, an unknown name of two words is most often a person's ("Ty Rattie"); places and
    // organisations give themselves away by "the" or a locative preposition before them ("in Red Deer").
    // Words the article also writes in lower case are common words ("Civil Aviation", "Read More").
    else if (language === 'en' && words.length === 2 && !hasNonNameWord(f.surface) && !PLACE_CONTEXT.test(body.split(f.surface).slice(0, -1).map((b) => b.slice(-12)).join('|'))
      && !words.some((w) => wordCount(w.toLowerCase()) > 0)) f.type = 'PERSON';
  }
  // "Pria yang karib disapa Bib Zaman ini": a nickname introduced for the person named before it. "PT Inclusive
  // Finance Group alias Danacita": a second name of whatever "alias" follows, a company as well as a person (the
  // person named before was Muhadjir Effendy, who is no Danacita).
  const nickname = new Map<Found, Found>();
  found.forEach((f, i) => {
    const before = preceding(sentenceText.get(f.sentence) ?? '', f.start);
    const named = /\b(?:akrab|karib|biasa|kerap)\s+(?:disapa|dipanggil)\s+$/i.test(before);
    const alias = /\b(?:alias|a\.k\.a\.?|also known as)\s+$/i.test(before);
    if (!named && !alias) return;
    const previous = found[i - 1];
    const person = alias ? (previous && previous.sentence === f.sentence ? previous : undefined)
      : found.slice(0, i).reverse().find((p) => p.type === 'PERSON' && p !== f);
    if (person && person.type !== 'MISC') { nickname.set(f, person); f.type = person.type; }
  });
  // "Cak Imin, -sapaan Muhaimin, mengaku …": the name before "sapaan" is what the person after it is called.
  found.forEach((f, i) => {
    const previous = found[i - 1];
    if (!previous || previous.sentence !== f.sentence || f.type !== 'PERSON' || nickname.has(previous)) return;
    const between = (sentenceText.get(f.sentence) ?? '').slice(previous.end, f.start);
    if (/^\s*,\s*-?\s*sapaan(?:\s+akrab(?:nya)?)?\s+$/i.test(between)) { nickname.set(previous, f); previous.type = 'PERSON'; }
  });
  // "Hasyim Asy’ari" left untyped where the article calls "Hasyim" a person elsewhere: a name of two or three words
  // that begins or ends with a person's one-word name in the article is that person's.
  const oneWordPeople = new Set(found.filter((f) => f.type === 'PERSON' && !f.surface.includes(' ')).map((f) => normaliseSurface(f.surface)));
  for (const f of found) {
    const words = f.surface.split(/\s+/);
    if (f.type !== 'MISC' || f.namesNoOne || words.length < 2 || words.length > 3 || !words.every((w) => isCapitalised(w))) continue;
    if (oneWordPeople.has(normaliseSurface(words[0]!)) || oneWordPeople.has(normaliseSurface(words[words.length - 1]!))) f.type = 'PERSON';
  }
  // Full names of people in this article, by their last and first word, for short mentions.
  const fullNames = new Map<string, Found>();
  for (const f of found) {
    const words = f.surface.split(/\s+/);
    if ((f.type === 'PERSON') && words.length > 1) {
      // English news comes back to people by surname; Indonesian often by first name (Jokowi, Prabowo, Ma'ruf).
      for (const w of language === 'en' ? [words[words.length - 1]!] : [words[words.length - 1]!, words[0]!]) {
        const k = normaliseSurface(w);
        if (!fullNames.has(k)) fullNames.set(k, f);
      }
    }
  }
  // "Mr Moon", "Mr Kim": after a courtesy title, English news writes the family name, which East Asian names put first
  // (Moon Jae-in, Kim Jong-un), when it is no one's last name.
  if (language === 'en') {
    for (const f of found) {
      if (f.role && isHonorific(f.role)) foldToFirstName(f, found, fullNames, (first, short) => first === short);
    }
  }
  // Indonesian names are also shortened to a middle name (Sufmi Dasco Ahmad → Dasco), after first and last names have their say.
  if (language !== 'en') {
    for (const f of found) {
      const words = f.surface.split(/\s+/);
      if (f.type !== 'PERSON' || words.length < 3) continue;
      for (const w of words.slice(1, -1)) {
        const k = normaliseSurface(w);
        if (w.length >= 4 && !fullNames.has(k)) fullNames.set(k, f);
      }
    }
  }
  // And to the first letters of a first name (Alexander Marwata → Alex), when one person of the article alone has a
  // first name so begun.
  if (language !== 'en') {
    for (const f of found) {
      if (f.surface.length >= NICKNAME[0] && f.surface.length <= NICKNAME[1]) {
        foldToFirstName(f, found, fullNames, (first, short) => first.length > short.length && first.startsWith(short));
      }
    }
  }
  // A name the article types somewhere (a place in its body) is of that type where it was left
  // untyped (its title, set in capitals word by word): "Gedung KY" was a place and a MISC entity.
  // And one name has one type in an article, the one most of its mentions have: "tanya Mukti ke Abdul
  // Aziz" made a place of the judge the article names as a person six times.
  const typed = typesBySurface(found);
  for (const f of found) if (!f.known) f.type = typed.get(normaliseSurface(f.surface)) ?? f.type;
  splitPairs(found, fullNames);
  const defined = acronymDefinitions(found, sentenceText, display);
  // A nickname once introduced is the person wherever the article writes it again ("kata Cak Imin").
  let people: NamedPerson[] | null = null;
  const nicknamed = new Map([...nickname].filter(([nick]) => nick.type === 'PERSON').map(([nick, person]) => [normaliseSurface(nick.surface), person]));
  for (const f of found) {
    let key: string;
    let name: string;
    let type = f.type;
    // A nickname, or a short form of one ("Zaman" of "Bib Zaman"), is the person it names.
    const shortOf = f.surface.split(/\s+/).length === 1 ? fullNames.get(normaliseSurface(f.surface))
      : language === 'en' ? undefined : longerNameOf(f, (people ??= namedPeople(found)));
    let alias = nickname.get(f) ?? nicknamed.get(normaliseSurface(f.surface)) ?? (shortOf && nickname.get(shortOf));
    const definition = defined.get(f);
    if (definition) {
      ({ key, name, type } = definition);
    } else if (alias) {
      // A nickname of "Muhaimin" is Abdul Muhaimin Iskandar's, whom the article names in full.
      if (!alias.known && !alias.surface.includes(' ')) alias = fullNames.get(normaliseSurface(alias.surface)) ?? alias;
      type = alias.type;
      key = alias.known?.key ?? (type === 'PERSON' ? personKey(alias.surface) : `${type.toLowerCase()}:${normaliseSurface(alias.surface)}`);
      name = alias.known ? display(alias.known) : alias.surface;
    } else if (f.known) {
      key = f.known.key;
      name = display(f.known);
    } else {
      const full = shortOf;
      if (full && (type === 'MISC' || type === 'PERSON')) {
        key = full.known?.key ?? personKey(full.surface);
        name = full.known ? display(full.known) : full.surface;
        type = 'PERSON';
      } else if (type === 'PERSON') {
        key = personKey(f.surface);
        name = f.surface;
      } else {
        key = `${type.toLowerCase()}:${normaliseSurface(f.surface)}`;
        name = f.surface;
      }
    }
    let entity = byKey.get(key);
    if (!entity) {
      entity = { key, name, type, mentions: [], roles: [], sentences: [] };
      byKey.set(key, entity);
    }
    if (entity.type === 'MISC' && type !== 'MISC') entity.type = type;
    if (!entity.mentions.includes(f.surface)) entity.mentions.push(f.surface);
    if (f.role && !entity.roles.includes(f.role)) entity.roles.push(f.role);
    const inSentences = sentencesOf.get(entity) ?? sentencesOf.set(entity, new Set()).get(entity)!;
    if (!inSentences.has(f.sentence)) { inSentences.add(f.sentence); entity.sentences.push(f.sentence); }
  }
  return foldOffices([...byKey.values()]).sort((a, b) => b.sentences.length - a.sentences.length || a.name.localeCompare(b.name));
}

/**
 * "aplikasi Traveloka", "perusahaan Nintendo": a name of one word that a lower-case word for a
 * kind of body stands right before, somewhere in an Indonesian article, is an organisation in
 * all of it where no office is given it; the tagger, reading one sentence, often takes such a
 * name for a person's ("Traveloka menanggapi …"). One word only: "perusahaan Steve Jobs" is his.
 */
function typeBodiesByNoun(found: Found[], sentenceText: Map<number, string>): void {
  const bodies = new Set<string>();
  for (const f of found) {
    if (f.known || f.role || f.surface.includes(' ')) continue;
    const noun = /(?:^|[^\p{L}])(\p{Ll}+)\s+$/u.exec(preceding(sentenceText.get(f.sentence) ?? '', f.start))?.[1];
    if (noun && ORG_NOUNS_ID.has(noun)) bodies.add(normaliseSurface(f.surface));
  }
  if (bodies.size === 0) return;
  for (const f of found) if (!f.known && !f.role && bodies.has(normaliseSurface(f.surface))) f.type = 'ORGANISATION';
}

/**
 * "Anies-Sohibul", "Prabowo Subianto-Gibran Rakabuming Raka": candidates paired with a hyphen are
 * two people, when the article names each of them apart (or the gazetteer knows them), as a full
 * name or the one short form of one; the pair is no person of its own. In place.
 */
function splitPairs(found: Found[], fullNames: Map<string, Found>): void {
  const people = new Set(found.filter((g) => g.type === 'PERSON' && !g.surface.includes('-')).map((g) => normaliseSurface(g.surface)));
  const gaz = gazetteer();
  /** The person a part names, and who that is ("Sohibul": the article's Sohibul Iman), or null. */
  const person = (part: string): { known: CanonicalEntity | null; who: string } | null => {
    const key = normaliseSurface(part);
    const known = gaz.lookup(key);
    if (known) return known.type === 'PERSON' ? { known, who: known.key } : null;
    const full = part.includes(' ') ? undefined : fullNames.get(key);
    return people.has(key) || full ? { known: null, who: full ? normaliseSurface(full.surface) : key } : null;
  };
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i]!;
    if (f.known || (f.type !== 'PERSON' && f.type !== 'MISC')) continue;
    const parts = f.surface.split(/(?<=\p{Ll})-(?=\p{Lu})/u);
    if (parts.length !== 2) continue;
    const [left, right] = parts as [string, string];
    // "Prabowo Subianto-Gibran …": the known name before the span goes on over its first part, and the pair makes the
    // second part a person if it is written as a full name.
    const previous = found[i - 1];
    const continues = previous && previous.sentence === f.sentence && previous.end + 1 === f.start && previous.type === 'PERSON'
      && !left.includes(' ') && normaliseSurface(`${previous.known?.names.id ?? previous.surface}`).endsWith(` ${normaliseSurface(left)}`);
    const b = person(right) ?? (continues && /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+$/u.test(right) ? { known: null, who: normaliseSurface(right) } : null);
    const second: Found | null = b && { ...f, surface: right, start: f.start + left.length + 1, type: 'PERSON', known: b.known, role: null };
    if (continues && second) {
      found.splice(i, 1, second);
      continue;
    }
    const a = person(left);
    // Two people: "Waskita-Acset" is not both halves of one name the article gives a person.
    if (!a || !second || a.who === b!.who) continue;
    found.splice(i, 1, { ...f, surface: left, end: f.start + left.length, type: 'PERSON', known: a.known }, second);
  }
}

/**
 * "Budi Arie" after "Budi Arie Setiadi", "Sri Mulyani" after "Sri Mulyani Indrawati": Indonesian
 * news shortens a name to its first words, so a person's name of two words or more that begins
 * the longer name of one person of the article is that person's, when the words it leaves out
 * look like a name's (not "Cs", "SH MH", nor a common word: "Pokemon GO Diharamkan"). Not the
 * other way round: the words before a name are often an office or a description the span took in
 * ("Konjen Eko Hartono", "Traveloka Derianto Kusuma"), and English names are not shortened so.
 */
function longerNameOf(f: Found, people: NamedPerson[]): Found | undefined {
  if (f.type !== 'PERSON' || f.known) return undefined;
  // Compared as their keys are: "Mohammad Hassan" is "Mohammad Hasan".
  const words = personKey(f.surface).split(' ');
  if (words.length < 2) return undefined;
  let longer: Found | undefined;
  let longerName = '';
  for (const { person, name, words: other, written } of people) {
    if (other.length <= words.length || !words.every((w, i) => other[i] === w)) continue;
    if (!written.slice(words.length).every(looksLikeNameWord)) continue;
    if (longer && longerName !== name) return undefined;
    longer = person;
    longerName = name;
  }
  return longer;
}

/** A word as names are written, which news does not usually write in lower case. */
function looksLikeNameWord(word: string): boolean {
  // A verb of -kan ("Diharamkan") is no name, seen in the news or not.
  return /^\p{Lu}\p{Ll}{2,}/u.test(word) && !/^(?:di|me|ber|ter)\p{Ll}{3,}kan$/iu.test(word)
    && !shippedTagger()?.isCommonWord(word) && !TITLE_WORDS_ID.has(word.toLowerCase());
}

/** A person of the article the gazetteer does not know, with the words of the name: as keyed, and as written. */
interface NamedPerson { person: Found; name: string; words: string[]; written: string[] }

function namedPeople(found: Found[]): NamedPerson[] {
  return found.filter((g) => g.type === 'PERSON' && !g.known).map((person) => {
    const name = personKey(person.surface);
    return { person, name, words: name.split(' '), written: person.surface.split(/\s+/) };
  });
}

/**
 * "Menkominfo" written alone, after "Menkominfo Budi Arie" or "Menteri Komunikasi dan Informatika
 * Budi Arie Setiadi": a short title standing for the one person the article gives that office is
 * that person, not a person of its own name. Left as it is when no one, or more than one, holds it.
 */
function foldOffices(entities: EntityMention[]): EntityMention[] {
  const folded = new Set<EntityMention>();
  for (const e of entities) {
    if ((e.type !== 'PERSON' && e.type !== 'MISC') || e.mentions.length !== 1) continue;
    const holder = officeHolder(e.mentions[0]!, entities);
    if (!holder || holder === e) continue;
    for (const s of e.sentences) if (!holder.sentences.includes(s)) holder.sentences.push(s);
    holder.sentences.sort((a, b) => a - b);
    folded.add(e);
  }
  return folded.size ? entities.filter((e) => !folded.has(e)) : entities;
}

/**
 * The names an article defines an acronym for, "Badan Siber dan Sandi Negara (BSSN)", and every
 * mention of the acronym: one entity, keyed as the gazetteer keys the acronym or else by the
 * acronym itself, which articles that never spell the name out write too (a body's name varies
 * more: "Badan Sandi Siber Nasional (BSSN)"), and named by it; the name spelled out is a mention.
 */
function acronymDefinitions(
  found: Found[], sentenceText: Map<number, string>, display: (known: CanonicalEntity) => string,
): Map<Found, { key: string; name: string; type: EntityType }> {
  const byAcronym = new Map<string, { key: string; name: string; type: EntityType }>();
  for (const f of found) {
    if (f.known || !f.surface.includes(' ')) continue;
    const acronym = bracketedAcronym(sentenceText.get(f.sentence) ?? '', f.end);
    if (!acronym || byAcronym.has(acronym) || !spellsAcronym(f.surface, acronym)) continue;
    const known = gazetteer().lookup(acronym);
    const type = known?.type ?? f.type;
    const key = known?.key ?? (type === 'PERSON' ? personKey(f.surface) : `${type.toLowerCase()}:${normaliseSurface(acronym)}`);
    // Named as the key: the first article stored names the entity, and another spells the body out otherwise ("Badan Sandi Siber Nasional").
    const name = known ? display(known) : type === 'PERSON' ? f.surface : acronym;
    byAcronym.set(acronym, { key, name, type });
    byAcronym.set(f.surface, { key, name, type });
  }
  const out = new Map<Found, { key: string; name: string; type: EntityType }>();
  for (const f of found) {
    const definition = byAcronym.get(f.surface);
    if (definition && !f.known) out.set(f, definition);
  }
  return out;
}

/** The acronym in brackets right after offset `at` of `text` ("… Sandi Negara (BSSN)"), or null. */
function bracketedAcronym(text: string, at: number): string | null {
  return /^\s*\((\p{Lu}{2,8})\)/u.exec(text.slice(at))?.[1] ?? null;
}

/** Whether an Indonesian word is a title's or a role's ("Wakil", "Gubernur", "Umum"). */
function isOfficeWordId(word: string): boolean {
  return TITLE_WORDS_ID.has(word.toLowerCase()) || ROLE_WORDS_ID.has(word.toLowerCase());
}

/** Whether `words` spell the acronym in brackets right after them ("Komisi Pemilihan Umum (KPU)"). */
function spellsAcronymAfter(words: Tok[], sentenceText: string): boolean {
  const acronym = bracketedAcronym(sentenceText, words[words.length - 1]!.end);
  return acronym !== null && spellsAcronym(words.map((t) => t.text).join(' '), acronym);
}

/** Whether the capitalised words of `name` begin with the letters of `acronym`, in order ("Badan Siber dan Sandi Negara": BSSN). */
function spellsAcronym(name: string, acronym: string): boolean {
  return name.split(/\s+/).filter((w) => isCapitalised(w)).map((w) => w[0]).join('') === acronym;
}

/** Each surface's type, as most of its typed mentions give it (the first typed on a tie); MISC only where none is typed. */
function typesBySurface(found: Found[]): Map<string, EntityType> {
  const votes = new Map<string, Map<EntityType, number>>();
  for (const f of found) {
    if (f.type === 'MISC') continue;
    const surface = normaliseSurface(f.surface);
    const counts = votes.get(surface) ?? new Map<EntityType, number>();
    counts.set(f.type, (counts.get(f.type) ?? 0) + 1);
    votes.set(surface, counts);
  }
  const typed = new Map<string, EntityType>();
  for (const [surface, counts] of votes) {
    let best: EntityType | null = null;
    for (const [type, n] of counts) if (best === null || n > counts.get(best)!) best = type;
    typed.set(surface, best!);
  }
  return typed;
}

/**
 * How often each word stands alone in `text`: with no capitalised word after it ("Croydon", not
 * "Croydon Tram"), and with `asPlaces` after "the", "in", "at" … as places and things stand;
 * counted when asked.
 */
function aloneCounter(text: string, asPlaces = true): (word: string) => number {
  const known = new Map<string, number>();
  return (word) => {
    let count = known.get(word);
    if (count === undefined) {
      count = 0;
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const before = text[at - 1];
        const after = text.slice(at + word.length, at + word.length + 40);
        const standsAlone = (before === undefined || !/[\p{L}\p{N}]/u.test(before)) && !/^[\p{L}\p{N}]/u.test(after) && !/^[ \t]+\p{Lu}/u.test(after);
        // As a place or a thing stands: after "the", "in", "at" … ("in Croydon", "the Croydon tram"); "Jayme was found" is a person's.
        if (standsAlone && (!asPlaces || PLACE_CONTEXT.test(`${text.slice(Math.max(0, at - 12), at)}|`))) count++;
      }
      known.set(word, count);
    }
    return count;
  };
}

/** Longest phrase, in runs of letters and digits, that `phraseCounts` counts. */
const MAX_PHRASE_RUNS = 6;

/**
 * How often each phrase stands in `text` as whole words: every span of one to six runs of letters
 * and digits, exactly as written between its first and last run ("Jamil", "the Oilers",
 * "O'Brien"). The runs are found once per article and a phrase is counted when asked, where it
 * starts a run and ends one (a regular expression per lookup was a third of analysis; counting
 * every span of every article in advance, a twentieth, for a few dozen lookups).
 */
function phraseCounts(text: string): (phrase: string) => number {
  const runStart = new Map<number, number>();
  const runEnd = new Map<number, number>();
  let i = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    runStart.set(m.index, i);
    runEnd.set(m.index + m[0].length, i);
    i++;
  }
  const known = new Map<string, number>();
  return (phrase) => {
    let count = known.get(phrase);
    if (count === undefined) {
      count = 0;
      for (let at = phrase ? text.indexOf(phrase) : -1; at >= 0; at = text.indexOf(phrase, at + 1)) {
        const first = runStart.get(at);
        const last = runEnd.get(at + phrase.length);
        if (first !== undefined && last !== undefined && last >= first && last - first < MAX_PHRASE_RUNS) count++;
      }
      known.set(phrase, count);
    }
    return count;
  };
}
