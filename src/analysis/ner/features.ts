// Features of one token for the entity tagger: the word and its shape, affixes, neighbours,
// the tags already given to the tokens before it, titles and the gazetteer.

import { createHash } from 'node:crypto';
import { gazetteer } from '../../lang/gazetteer.js';
import { TITLES_ID } from '../../lang/id/entities.js';
import { TITLES_EN } from '../../lang/en/entities.js';

const TITLE_WORDS = new Set([...TITLES_ID, ...TITLES_EN].flatMap((t) => t.split(' ')));

/** Bump when the feature templates below change: the shipped model must then be retrained. */
const TEMPLATES = 2;

/**
 * What the features read besides the model itself: the templates and the title words. A model
 * trained under another set is stale, and a test says so (the title lists grow with the entity
 * layer; a model trained before they grew scores worse with them).
 */
export function nerFeatureSet(): string {
  return createHash('sha1').update(`${TEMPLATES}\n${[...TITLE_WORDS].sort().join('\n')}`).digest('hex').slice(0, 12);
}

/** Word shape with runs collapsed: "Jakarta" → "Xx", "KPK" → "X", "28/10/2024" → "d/d/d". */
export function shape(word: string): string {
  let known = shapes.get(word);
  if (known === undefined) {
    known = word.replace(/\p{Lu}+/gu, 'X').replace(/\p{Ll}+/gu, 'x').replace(/\p{N}+/gu, 'd');
    if (shapes.size > 100_000) shapes.clear();
    shapes.set(word, known);
  }
  return known;
}

/** Shapes already computed: each token's shape is asked for six times, by itself and its neighbours. */
const shapes = new Map<string, string>();

/** Lower-case word → how often it is written with a capital inside a sentence (C, c, l, L; see train/capitalisation.ts). */
export type Capitalisation = ReadonlyMap<string, string>;

/**
 * The features of token `i`; `prev` and `prev2` are the tags given to the two tokens before it,
 * `capitalisation` the model's table of how words are usually written.
 */
export function tokenFeatures(words: string[], lower: string[], i: number, prev: string, prev2: string, capitalisation: Capitalisation): string[] {
  const w = words[i]!;
  const lw = lower[i]!;
  const at = (k: number) => (k < 0 ? '<s>' : k >= words.length ? '</s>' : lower[k]!);
  const shapeAt = (k: number) => (k < 0 ? '<s>' : k >= words.length ? '</s>' : shape(words[k]!));
  const f = [
    'b',
    `w=${lw}`,
    `s=${shape(w)}`,
    `p1=${lw.slice(0, 1)}`, `p2=${lw.slice(0, 2)}`, `p3=${lw.slice(0, 3)}`,
    `x1=${lw.slice(-1)}`, `x2=${lw.slice(-2)}`, `x3=${lw.slice(-3)}`,
    `w-1=${at(i - 1)}`, `w+1=${at(i + 1)}`, `w-2=${at(i - 2)}`, `w+2=${at(i + 2)}`,
    `s-1=${shapeAt(i - 1)}`, `s+1=${shapeAt(i + 1)}`,
    `t-1=${prev}`, `t-2t-1=${prev2}|${prev}`, `t-1w=${prev}|${lw}`,
    `s-1s=${shapeAt(i - 1)}|${shape(w)}`, `ss+1=${shape(w)}|${shapeAt(i + 1)}`,
    `p4=${lw.slice(0, 4)}`, `x4=${lw.slice(-4)}`,
    `w-1w=${at(i - 1)}|${lw}`, `ww+1=${lw}|${at(i + 1)}`,
    `t-1s=${prev}|${shape(w)}`,
  ];
  // How the word and its neighbours are usually written: a capital where this sentence cannot show one.
  const usually = (k: number) => (k < 0 || k >= words.length ? '-' : capitalisation.get(lower[k]!) ?? '?');
  f.push(`cap=${usually(i)}`, `caps=${usually(i)}|${shape(w)}`, `cap-1=${usually(i - 1)}`, `cap+1=${usually(i + 1)}`);
  if (i === 0) f.push('first');
  if (TITLE_WORDS.has(at(i - 1))) f.push('after-title');
  if (TITLE_WORDS.has(lw)) f.push('title');
  const gaz = gazetteer();
  const g = gaz.lookup(w);
  if (g) f.push(`g=${g.type}`);
  if (i > 0) { const g2 = gaz.lookup(`${words[i - 1]} ${w}`); if (g2) f.push(`g-1=${g2.type}`); }
  if (i + 1 < words.length) { const g3 = gaz.lookup(`${w} ${words[i + 1]}`); if (g3) f.push(`g+1=${g3.type}`); }
  return f;
}
