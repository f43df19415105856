// Language-neutral concepts of words, through the hand-written lexicon in lang/bilingual.ts: what
// lets the comparison align an Indonesian sentence with an English one.

import { CONCEPTS } from '../lang/bilingual.js';
import { stopwordsFor } from '../lang/stopwords.js';
import { baseLanguage, stem, words } from './tokens.js';

interface Lexicon {
  /** Concept ids by `language:word`, for the words as the lexicon writes them. */
  byWord: Map<string, string[]>;
  /** Concept ids by `language:stem`, for inflected and derived forms. */
  byStem: Map<string, string[]>;
}

let built: Lexicon | null = null;

function add(map: Map<string, string[]>, key: string, id: string): void {
  const known = map.get(key) ?? [];
  if (!known.includes(id)) map.set(key, [...known, id]);
}

/** Built on first use, with the same stemmers the text goes through. */
function lexicon(): Lexicon {
  if (built) return built;
  built = { byWord: new Map(), byStem: new Map() };
  for (const [english, indonesian] of CONCEPTS) {
    const id = `c:${english.split(' ')[0]!}`;
    for (const [language, list] of [['en', english], ['id', indonesian]] as const) {
      for (const word of list.split(' ')) {
        add(built.byWord, `${language}:${word}`, id);
        add(built.byStem, `${language}:${stem(word, language)}`, id);
      }
    }
  }
  return built;
}

/** Indonesian particles and possessives, which never change what a word means (serangannya → serangan). */
const CLITIC_ID = /(?:nya|lah|kah|pun|ku|mu)$/;

/**
 * The concepts of one lower-case word of `language` (Malay is read as Indonesian): by the word
 * itself, else by its stem when the stem belongs to one concept only (a stemmer without a
 * dictionary takes both perang and serang to "rang").
 */
export function conceptsOfWord(word: string, language: string): string[] {
  const lang = baseLanguage(language);
  const { byWord, byStem } = lexicon();
  const exact = byWord.get(`${lang}:${word}`) ?? (lang === 'id' ? byWord.get(`id:${word.replace(CLITIC_ID, '')}`) : undefined);
  if (exact) return exact;
  const stemmed = byStem.get(`${lang}:${stem(word, lang)}`) ?? [];
  return stemmed.length === 1 ? stemmed : [];
}

/** The concepts `text` mentions, in order, each once; stopwords are left out. */
export function concepts(text: string, language: string): string[] {
  const stop = stopwordsFor(baseLanguage(language));
  const out = new Set<string>();
  for (const word of words(text)) {
    if (word.length < 2 || stop.has(word)) continue;
    for (const c of conceptsOfWord(word, language)) out.add(c);
  }
  return [...out];
}
