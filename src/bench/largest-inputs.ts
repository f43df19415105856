// The largest bodies Kabar accepts (MAX_TEXT_CHARS), built from a real article in the shapes
// scraped text takes at its worst, each analysed once and timed: work that grows faster than
// the text (a scan from every quotation to the end of a paragraph) shows here as seconds, where
// articles of 3 KB hide it. Timed and reported, never asserted.

import { analyzeArticle } from '../analysis/index.js';
import type { Article } from '../article.js';
import { splitSentences } from '../analysis/sentences.js';
import { articleFromRecord, MAX_TEXT_CHARS } from '../sources/record.js';

export interface LargestInputTiming {
  input: string;
  chars: number;
  ms: number;
  sentences: number;
  quotes: number;
}

/** The shapes, each from the sentences of one real article, repeated up to `chars` characters. */
const SHAPES: { input: string; build: (sentences: string[]) => string }[] = [
  { input: 'paragraphs of a real article, repeated', build: (s) => s.join('\n\n') },
  { input: 'the same with its paragraph breaks lost', build: (s) => s.join(' ') },
  // Antara's archive: no capitals anywhere, which reads names and headlines another way.
  { input: 'the same in lower case', build: (s) => s.join(' ').toLowerCase() },
  // `wisata."Bendungan`: every sentence glued to a quotation opening the next.
  { input: 'quotations glued to the sentence before', build: (s) => s.map((x) => x.replace(/[.!?]$/, '')).join('."') },
  // To people and, every other one, to NATO: an acronym, whose spelled-out name is looked for in the text.
  { input: 'quotations one after another, each attributed', build: (s) => s.map((x, i) => `“${x.replace(/[.!?]$/, '')},” kata ${i % 2 ? 'NATO' : `Narasumber ${i % 40}`}.`).join(' ') },
];

/** Analyses each shape built from `article` at `chars` characters; the longest article of a corpus serves best. */
export async function timeLargestInputs(article: Article, chars: number = MAX_TEXT_CHARS): Promise<LargestInputTiming[]> {
  const sentences = splitSentences(article.text).map((s) => s.text);
  if (!sentences.length) return [];
  const out: LargestInputTiming[] = [];
  for (const { input, build } of SHAPES) {
    const one = build(sentences);
    const text = one.repeat(Math.ceil(chars / Math.max(1, one.length))).slice(0, chars);
    const large = articleFromRecord({ title: article.title, text, url: article.url ?? undefined }, 'json', `bench: ${input}`);
    const t = performance.now();
    const analyzed = await analyzeArticle(large);
    out.push({ input, chars: large.text.length, ms: Math.round(performance.now() - t), sentences: analyzed.sentences.length, quotes: analyzed.quotes.length });
  }
  return out;
}
