// A synthetic article stream built from real articles: each story takes a real article as its
// template, respelled for that story (a share of its words replaced by other words of the same
// corpus, the same way in every article of the story), and each article of the story recombines
// the template's sentences with sentences from other articles; some articles are syndicated
// copies (the same text, lightly edited).
//
// Why respelled: a million articles recombined from a thousand templates reuse each one every
// few days. Unchanged, every reuse reads as the same event and joins one story, which grows to
// tens of thousands of articles, as no news story does; respelled, two stories cut from one
// template share about as many words as two reports of different events on one subject.

import type { Article } from '../article.js';
import { articleId } from '../ids.js';

export interface SyntheticOptions {
  size: number;
  seed?: number;
  /** Share of articles that are syndicated copies of an earlier one. */
  copyShare?: number;
  /** Mean articles per story. */
  storySize?: number;
  /** Share of a template's words replaced for each story cut from it (0.7: at 0.5, 30,000 articles made 2,142 stories of the 3,355 built, since reuses of a template still matched; at 0.7, 3,295 of 3,307). */
  respell?: number;
}

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words of four letters or more: shorter ones are mostly function words, which every story shares anyway. */
const WORD = /\p{L}{4,}/gu;

/** The file an article came from (its origin without the record's line): one corpus, one language here. */
function corpusOf(article: Article): string {
  return article.origin.replace(/:\d+$/, '');
}

/** Each corpus's words (lower case), each listed once. */
function vocabularies(real: Article[]): Map<string, string[]> {
  const sets = new Map<string, Set<string>>();
  for (const article of real) {
    const corpus = corpusOf(article);
    let words = sets.get(corpus);
    if (!words) sets.set(corpus, (words = new Set()));
    for (const [word] of article.text.matchAll(WORD)) words.add(word.toLowerCase());
  }
  return new Map([...sets].map(([corpus, words]) => [corpus, [...words].sort()]));
}

/** `word` written in `like`'s case (Capitalised, UPPER or lower). */
function inCaseOf(word: string, like: string): string {
  if (like.length > 1 && like === like.toUpperCase()) return word.toUpperCase();
  return like[0] === like[0]!.toUpperCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/** A respelling for one story: each word type replaced with probability `share`, consistently. */
function respeller(vocabulary: string[], share: number, rand: () => number): (text: string) => string {
  const chosen = new Map<string, string>();
  return (text) => text.replace(WORD, (word) => {
    const key = word.toLowerCase();
    let replacement = chosen.get(key);
    if (replacement === undefined) chosen.set(key, (replacement = rand() < share ? vocabulary[Math.floor(rand() * vocabulary.length)]! : key));
    return replacement === key ? word : inCaseOf(replacement, word);
  });
}

interface OpenStory {
  base: Article;
  title: string;
  sentences: string[];
  left: number;
  id: number;
}

/** Yields `size` articles in publication order, one minute apart. */
export function* syntheticStream(real: Article[], options: SyntheticOptions): Generator<Article> {
  const rand = prng(options.seed ?? 42);
  const copyShare = options.copyShare ?? 0.1;
  const storySize = options.storySize ?? 8;
  const share = options.respell ?? 0.7;
  const split = (text: string) => text.split(/(?<=[.!?])\s+/).filter((s) => s.length > 20);
  const sentencesOf = real.map((a) => split(a.text));
  const words = vocabularies(real);
  const start = Date.parse('2024-01-01T00:00:00Z');
  const open: OpenStory[] = [];
  const recent: Article[] = [];
  let stories = 0;
  for (let i = 0; i < options.size; i++) {
    const publishedAt = new Date(start + i * 60_000).toISOString();
    if (recent.length > 0 && rand() < copyShare) {
      const original = recent[Math.floor(rand() * recent.length)]!;
      const text = original.text.replace(/\b(\p{L}+)\b/u, '$1 juga');
      yield { ...original, id: articleId(`https://copy.example/${i}`, original.title, text), url: `https://copy.example/${i}`, title: `${original.title} (salinan)`, text, publishedAt, publisher: 'copy.example' };
      continue;
    }
    if (open.length === 0 || rand() < 1 / storySize) {
      const template = Math.floor(rand() * real.length);
      const base = real[template]!;
      const respell = respeller(words.get(corpusOf(base))!, share, rand);
      open.push({ base, title: respell(base.title), sentences: sentencesOf[template]!.map(respell), left: 1 + Math.floor(rand() * storySize * 2), id: stories++ });
    }
    const slot = Math.floor(rand() * open.length);
    const story = open[slot]!;
    const other = sentencesOf[Math.floor(rand() * sentencesOf.length)]!;
    const keep = story.sentences.filter(() => rand() < 0.7);
    const mixed = [...keep, ...other.filter(() => rand() < 0.15)];
    const text = (mixed.length ? mixed : story.sentences).join(' ');
    const url = `https://synthetic.example/${i}`;
    const article: Article = { ...story.base, id: articleId(url, story.title, text), url, title: story.title, text, publishedAt, publisher: `outlet${i % 40}.example`, metadata: { story: story.id } };
    recent.push(article);
    if (recent.length > 200) recent.shift();
    if (--story.left <= 0) open.splice(slot, 1);
    yield article;
  }
}
