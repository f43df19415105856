// Words, and the stems that similarity and search compare: Indonesian by Kabar's own
// stemmer, English by Snowball; other languages are lower-cased only.

import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stopwordsFor } from '../lang/stopwords.js';
import { stemIndonesian } from './stem-id.js';

/** Words, with inner apostrophes and hyphens (Ma'ruf, diam-diam) and numbers kept whole (600.000, 82,6). */
const WORD = /[\p{L}\p{N}]+(?:(?:['’-]|(?<=\d)[.,](?=\d))[\p{L}\p{N}]+)*/gu;

/** Lower-case words of `text`, in order. */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** The language a text's words are read in: Malay as Indonesian (the two share their words and affixes). */
export function baseLanguage(language: string): string {
  return language === 'ms' ? 'id' : language;
}

/** English stems already computed: news repeats its words, and Snowball was 2% of analysis. */
const englishStems = new Map<string, string>();

/** The stem of one lower-case word in `language`. */
export function stem(word: string, language: string): string {
  if (baseLanguage(language) === 'id') return stemIndonesian(word);
  if (language === 'en') {
    let stemmed = englishStems.get(word);
    if (stemmed === undefined) {
      if (englishStems.size > 200_000) englishStems.clear();
      englishStems.set(word, (stemmed = englishStemmer(word.replace(/['’]s$/, ''))));
    }
    return stemmed;
  }
  return word;
}

/** Content stems of `text`: stopwords and one-letter words removed; numbers kept. */
export function contentStems(text: string, language: string): string[] {
  const stop = stopwordsFor(baseLanguage(language));
  const out: string[] = [];
  for (const word of words(text)) {
    if (word.length < 2 || stop.has(word)) continue;
    out.push(stem(word, language));
  }
  return out;
}

/** How much a title word weighs against a body word: headlines name the event. Chosen on the dev half of stories-en-giveme5w1h. */
export const TITLE_WEIGHT = 3;

/** Counts stems of the title (weighted) and the body. */
export function termCounts(title: string, text: string, language: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of contentStems(title, language)) counts[s] = (counts[s] ?? 0) + TITLE_WEIGHT;
  for (const s of contentStems(text, language)) counts[s] = (counts[s] ?? 0) + 1;
  return counts;
}

/**
 * A search query as groups of alternatives: each word with its Indonesian and English stems,
 * since the query's language is unknown. Stopwords of both languages are dropped.
 */
export function queryGroups(query: string): string[][] {
  const id = stopwordsFor('id');
  const en = stopwordsFor('en');
  const groups: string[][] = [];
  for (const word of words(query)) {
    if (word.length < 2 || (id.has(word) && en.has(word))) continue;
    groups.push([...new Set([stem(word, 'id'), stem(word, 'en'), word])]);
  }
  return groups;
}
