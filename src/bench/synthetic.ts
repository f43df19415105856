// A synthetic article stream built from real articles: each story takes a real article as its
// template, and each article of the story recombines the template's sentences with sentences
// from other articles; some articles are syndicated copies (the same text, lightly edited).

import type { Article } from '../article.js';
import { articleId } from '../ids.js';

export interface SyntheticOptions {
  size: number;
  seed?: number;
  /** Share of articles that are syndicated copies of an earlier one. */
  copyShare?: number;
  /** Mean articles per story. */
  storySize?: number;
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

/** Yields `size` articles in publication order, one minute apart. */
export function* syntheticStream(real: Article[], options: SyntheticOptions): Generator<Article> {
  const rand = prng(options.seed ?? 42);
  const copyShare = options.copyShare ?? 0.1;
  const storySize = options.storySize ?? 8;
  const sentencesOf = real.map((a) => a.text.split(/(?<=[.!?])\s+/).filter((s) => s.length > 20));
  const start = Date.parse('2024-01-01T00:00:00Z');
  const open: { template: number; left: number }[] = [];
  const recent: Article[] = [];
  for (let i = 0; i < options.size; i++) {
    const publishedAt = new Date(start + i * 60_000).toISOString();
    if (recent.length > 0 && rand() < copyShare) {
      const original = recent[Math.floor(rand() * recent.length)]!;
      const text = original.text.replace(/\b(\p{L}+)\b/u, '$1 juga');
      yield { ...original, id: articleId(`https://copy.example/${i}`, original.title, text), url: `https://copy.example/${i}`, title: `${original.title} (salinan)`, text, publishedAt, publisher: 'copy.example' };
      continue;
    }
    if (open.length === 0 || rand() < 1 / storySize) open.push({ template: Math.floor(rand() * real.length), left: 1 + Math.floor(rand() * storySize * 2) });
    const slot = Math.floor(rand() * open.length);
    const story = open[slot]!;
    const template = sentencesOf[story.template]!;
    const other = sentencesOf[Math.floor(rand() * sentencesOf.length)]!;
    const keep = template.filter(() => rand() < 0.7);
    const mixed = [...keep, ...other.filter(() => rand() < 0.15)];
    const text = (mixed.length ? mixed : template).join(' ');
    const base = real[story.template]!;
    const url = `https://synthetic.example/${i}`;
    const article: Article = { ...base, id: articleId(url, base.title, text), url, title: base.title, text, publishedAt, publisher: `outlet${i % 40}.example`, metadata: { story: story.template } };
    recent.push(article);
    if (recent.length > 200) recent.shift();
    if (--story.left <= 0) open.splice(slot, 1);
    yield article;
  }
}
