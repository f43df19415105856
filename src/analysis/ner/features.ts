// Features of one token for the entity tagger: the word and its shape, affixes, neighbours,
// the tags already given to the tokens before it, titles and the gazetteer. Training builds them
// as strings here; tagging reads the same templates as rows of the model (feature-ids.ts): a
// change to one is a change to both, and test/ner.test.ts compares their choices.

import { createHash } from 'node:crypto';
import { gazetteer } from '../../lang/gazetteer.js';
import { TITLES_ID } from '../../lang/id/entities.js';
import { TITLES_EN } from '../../lang/en/entities.js';

const TITLE_WORDS = new Set([...TITLES_ID, ...TITLES_EN].flatMap((t) => t.split(' ')));

/** Whether a lower-case word is a word of a title (Presiden, Menteri, Secretary …), as the features read it. */
export function isTitleWord(lower: string): boolean {
  return TITLE_WORDS.has(lower);
}

/** Bump when the feature templates below change: the shipped model must then be retrained. */
const TEMPLATES = 2;

/**
 * What the features read besides the model itself: the templates, the title words and the
 * gazetteer's surface forms. A model trained under another set is stale, and a test says so (the
 * title lists and the gazetteer grow with the entity layer; a model trained before they grew
 * scores worse with them).
 */
export function nerFeatureSet(): string {
  return createHash('sha1').update(`${TEMPLATES}\n${[...TITLE_WORDS].sort().join('\n')}\n${gazetteer().surfaces().join('\n')}`).digest('hex').slice(0, 12);
}

/** Word shape with runs collapsed: "Jakarta" → "Xx", "KPK" → "X", "28/10/2024" → "d/d/d". */
export function shape(word: string): string {
  return word.replace(/\p{Lu}+/gu, 'X').replace(/\p{Ll}+/gu, 'x').replace(/\p{N}+/gu, 'd');
}

/** Lower-case word → how often it is written with a capital inside a sentence (C, c, l, L; see train/capitalisation.ts). */
export type Capitalisation = ReadonlyMap<string, string>;

/** What the features of a word and of its neighbours read of it, the strings made once per word. */
interface WordStrings {
  lower: string;
  shape: string;
  /** `w=`, `s=`, `p1=` … `x3=`: the word's own features, in template order. */
  own: string[];
  p4: string;
  x4: string;
  /** How it is usually written (the capitalisation table's bucket, `?` when unknown), and `cap=`, `caps=`. */
  cap: string;
  caps: string;
  /** As the word before (`w-1=`, `s-1=`, `cap-1=`), after (`w+1=` …) and two away (`w-2=`, `w+2=`). */
  before: [string, string, string];
  after: [string, string, string];
  twoBefore: string;
  twoAfter: string;
  /** `g=TYPE` when the gazetteer knows the word alone. */
  known: string | null;
}

/**
 * Per capitalisation table, each word's strings: a word's own and neighbour features are the same
 * wherever it stands, and a string made once keeps its hash (training reads these; tagging reads
 * the same features as row numbers of the trained model, feature-ids.ts).
 */
const wordStrings = new WeakMap<Capitalisation, Map<string, WordStrings>>();

function stringsOf(word: string, capitalisation: Capitalisation): WordStrings {
  let table = wordStrings.get(capitalisation);
  if (!table) wordStrings.set(capitalisation, (table = new Map()));
  let known = table.get(word);
  if (!known) {
    const lw = word.toLowerCase();
    const sh = shape(word);
    const cap = capitalisation.get(lw) ?? '?';
    const g = gazetteer().taggerLookup(word);
    known = {
      lower: lw, shape: sh,
      own: [`w=${lw}`, `s=${sh}`, `p1=${lw.slice(0, 1)}`, `p2=${lw.slice(0, 2)}`, `p3=${lw.slice(0, 3)}`, `x1=${lw.slice(-1)}`, `x2=${lw.slice(-2)}`, `x3=${lw.slice(-3)}`],
      p4: `p4=${lw.slice(0, 4)}`, x4: `x4=${lw.slice(-4)}`,
      cap: `cap=${cap}`, caps: `caps=${cap}|${sh}`,
      before: [`w-1=${lw}`, `s-1=${sh}`, `cap-1=${cap}`],
      after: [`w+1=${lw}`, `s+1=${sh}`, `cap+1=${cap}`],
      twoBefore: `w-2=${lw}`, twoAfter: `w+2=${lw}`,
      known: g ? `g=${g.type}` : null,
    };
    if (table.size > 200_000) table.clear();
    table.set(word, known);
  }
  return known;
}

const START: WordStrings['before'] = ['w-1=<s>', 's-1=<s>', 'cap-1=-'];
const END: WordStrings['after'] = ['w+1=</s>', 's+1=</s>', 'cap+1=-'];

/**
 * The features of token `i` of `words` (`lower`: the same words in lower case); `prev` and
 * `prev2` are the tags given to the two tokens before it, `capitalisation` the model's table of
 * how words are usually written.
 */
export function tokenFeatures(words: string[], lower: string[], i: number, prev: string, prev2: string, capitalisation: Capitalisation): string[] {
  const w = words[i]!;
  const me = stringsOf(w, capitalisation);
  const left = i > 0 ? stringsOf(words[i - 1]!, capitalisation) : null;
  const right = i + 1 < words.length ? stringsOf(words[i + 1]!, capitalisation) : null;
  const lw = lower[i]!;
  const leftWord = left ? lower[i - 1]! : '<s>';
  const rightWord = right ? lower[i + 1]! : '</s>';
  const leftShape = left ? left.shape : '<s>';
  const rightShape = right ? right.shape : '</s>';
  const before = left ? left.before : START;
  const after = right ? right.after : END;
  const f = [
    'b',
    ...me.own,
    before[0], after[0],
    i > 1 ? stringsOf(words[i - 2]!, capitalisation).twoBefore : 'w-2=<s>',
    i + 2 < words.length ? stringsOf(words[i + 2]!, capitalisation).twoAfter : 'w+2=</s>',
    before[1], after[1],
    `t-1=${prev}`, `t-2t-1=${prev2}|${prev}`, `t-1w=${prev}|${lw}`,
    `s-1s=${leftShape}|${me.shape}`, `ss+1=${me.shape}|${rightShape}`,
    me.p4, me.x4,
    `w-1w=${leftWord}|${lw}`, `ww+1=${lw}|${rightWord}`,
    `t-1s=${prev}|${me.shape}`,
    // How the word and its neighbours are usually written: a capital where this sentence cannot show one.
    me.cap, me.caps, before[2], after[2],
  ];
  if (i === 0) f.push('first');
  if (TITLE_WORDS.has(leftWord)) f.push('after-title');
  if (TITLE_WORDS.has(lw)) f.push('title');
  if (me.known) f.push(me.known);
  const gaz = gazetteer();
  if (i > 0) { const g2 = gaz.taggerLookup(`${words[i - 1]} ${w}`); if (g2) f.push(`g-1=${g2.type}`); }
  if (i + 1 < words.length) { const g3 = gaz.taggerLookup(`${w} ${words[i + 1]}`); if (g3) f.push(`g+1=${g3.type}`); }
  return f;
}
