// What the comparison matches sentences, quotes and counted things on. Within one language:
// content stems. Across languages stems share nothing, so the words become language-neutral
// tokens: concepts of the hand-written lexicon (tentara and troops are one), canonical entities
// (Korut and North Korea are one), and figures (600.000 and 600,000 are one).

import type { AnalyzedArticle } from '../article.js';
import { concepts, conceptsOfWord } from '../analysis/concepts.js';
import { baseLanguage, contentStems, words } from '../analysis/tokens.js';

export interface Matcher {
  /** True when the compared articles are in more than one language. */
  crossLanguage: boolean;
  /** The tokens of a piece of an article's text (a sentence, a quote). */
  tokens(article: AnalyzedArticle, text: string): Set<string>;
  /** The tokens of a short phrase (what a figure counts). */
  words(text: string, language: string): string[];
  /**
   * The shortest stretch of `text` holding every word that carries a token the other side shares:
   * the sentence's own words, as a reader can follow them (`NATO mengonfirmasi bahwa Korea Utara
   * telah mengirim pasukan untuk membantu Rusia`), not a list of stems.
   */
  sharedSpan(article: AnalyzedArticle, text: string, other: Set<string>): string;
}

/** The matcher for comparing `articles` as a whole (their figures): by stems when they share one language, else neutral tokens. */
export function matcherFor(articles: AnalyzedArticle[]): Matcher {
  const languages = new Set(articles.map((a) => baseLanguage(a.language)));
  return languages.size > 1 ? neutralMatcher : stemMatcher;
}

/** The matcher for one pair of articles: by stems in one language, by neutral tokens across two. */
export function pairMatcher(a: AnalyzedArticle, b: AnalyzedArticle): Matcher {
  return baseLanguage(a.language) === baseLanguage(b.language) ? stemMatcher : neutralMatcher;
}

/** Within one language: content stems. */
export const stemMatcher: Matcher = {
  crossLanguage: false,
  tokens: (article, text) => new Set(contentStems(text, article.language)),
  words: (text, language) => contentStems(text, language),
  sharedSpan(article, text, other) {
    return spanOf(text, (w) => contentStems(w, article.language).some((s) => other.has(s)));
  },
};

/** Across languages: concepts, canonical entities and figures. */
export const neutralMatcher: Matcher = {
  crossLanguage: true,
  tokens(article, text) {
    const out = new Set(concepts(text, article.language));
    for (const e of article.entities) if (e.type !== 'MISC' && e.mentions.some((m) => containsPhrase(text, m))) out.add(`e:${e.key}`);
    for (const n of article.numbers) {
      const numeral = /\d[\d.,]*/.exec(n.text)?.[0];
      if (numeral && containsPhrase(text, numeral)) out.add(`n:${n.value}`);
    }
    return out;
  },
  // What a figure counts: concepts meet across languages, stems within one (a story may have both).
  words: (text, language) => [...concepts(text, language), ...contentStems(text, language)],
  sharedSpan(article, text, other) {
    // Words of shared entities' mentions and shared figures, and words of shared concepts.
    const named = new Set<string>();
    for (const e of article.entities) if (other.has(`e:${e.key}`)) for (const m of e.mentions) for (const w of words(m)) named.add(w);
    for (const n of article.numbers) if (other.has(`n:${n.value}`)) for (const w of words(n.text)) named.add(w);
    return spanOf(text, (w) => {
      const lower = w.toLowerCase();
      return named.has(lower) || conceptsOfWord(lower, article.language).some((c) => other.has(c));
    });
  },
};

/**
 * The shortest stretch of `text` holding every word `keep` accepts at least once (a word said
 * twice counts where it is nearest the others), without the punctuation around its ends ('' when
 * `keep` accepts none).
 */
function spanOf(text: string, keep: (word: string) => boolean): string {
  const parts = text.split(/\s+/);
  const bare = parts.map((w) => w.replace(/^[“"‘'(]+|[,.;:!?”"’')]+$/g, ''));
  const kept = bare.flatMap((w, i) => (w && keep(w) ? [{ i, key: w.toLowerCase() }] : []));
  const wanted = new Set(kept.map((k) => k.key)).size;
  if (!wanted) return '';
  let best: [number, number] = [kept[0]!.i, kept[kept.length - 1]!.i];
  for (let a = 0; a < kept.length; a++) {
    const keys = new Set<string>();
    for (let b = a; b < kept.length; b++) {
      keys.add(kept[b]!.key);
      if (keys.size < wanted) continue;
      if (kept[b]!.i - kept[a]!.i < best[1] - best[0]) best = [kept[a]!.i, kept[b]!.i];
      break;
    }
  }
  const [from, to] = best;
  return [bare[from]!, ...parts.slice(from + 1, to), ...(to > from ? [bare[to]!] : [])].join(' ');
}

const phrasePatterns = new Map<string, RegExp>();

/** `phrase` in `text` as whole words ("AS" is not in "kasus"). */
function containsPhrase(text: string, phrase: string): boolean {
  let pattern = phrasePatterns.get(phrase);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
    if (phrasePatterns.size > 10_000) phrasePatterns.clear();
    phrasePatterns.set(phrase, pattern);
  }
  return pattern.test(text);
}
