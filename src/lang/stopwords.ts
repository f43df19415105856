// Stopwords per language (stopwords-iso), with words news text uses as glue in both languages.
import { createRequire } from 'node:module';

// stopwords-iso is a JSON module; require keeps it loadable without import attributes.
const stopwordsIso = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;

const EXTRA: Record<string, string[]> = {
  id: ['kata', 'ujar', 'ucap', 'tutur', 'katanya', 'ujarnya', 'menurut', 'mengatakan', 'menyatakan', 'yakni', 'yaitu', 'tersebut', 'pun'],
  en: ['said', 'says', 'told', 'also', 'would', 'could', 'according'],
};

const cache = new Map<string, Set<string>>();

/** The stopword set for `language`; an empty set for a language stopwords-iso does not cover. */
export function stopwordsFor(language: string): Set<string> {
  let set = cache.get(language);
  if (!set) {
    set = new Set([...(stopwordsIso[language] ?? []), ...(EXTRA[language] ?? [])]);
    cache.set(language, set);
  }
  return set;
}
