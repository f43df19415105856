// The tagger's features as row numbers of a trained model, for tagging: the same templates as
// `tokenFeatures` (features.ts), in the same order, without building their strings.
//
// Building some thirty strings per token and hashing each to find its weights was most of the
// time of entity tagging (17 µs a token). A word's own features, and what it gives its
// neighbours, are the same wherever it stands: their rows are looked up once per word. Only the
// features that join two words, or a word and the tag before it, are looked up per token.
// Training keeps the strings (train/ner.ts); a test checks that both give the same rows.

import { gazetteer, normaliseSurface } from '../../lang/gazetteer.js';
import { type Capitalisation, isTitleWord, shape } from './features.js';

/** The rows of one word's features, for one model. */
interface WordRows {
  /** The word as written: what `next` is keyed by, and the gazetteer reads. */
  word: string;
  lower: string;
  /** As the gazetteer compares surfaces (no diacritics, straight apostrophes). */
  surface: string;
  shape: string;
  /**
   * All its rows in one array (`ROWS`: a word held five arrays, some 900 bytes of a cache of
   * 200,000 words): w=, s=, p1= … x3=, as `tokenFeatures` lists them; as the word before (w-1=,
   * s-1=, cap-1=) and after (w+1=, s+1=, cap+1=); as the first of a sentence (`w-1w=<s>|…`,
   * `s-1s=<s>|…`) and as the last (`ww+1=…|</s>`, `ss+1=…|</s>`); and `t-1w=` by the index of
   * the tag before (`prevIndex`), filled as met (-2: not looked up yet).
   */
  rows: Int32Array;
  p4: number;
  x4: number;
  cap: number;
  caps: number;
  /** As the word two before and two after. */
  twoBefore: number;
  twoAfter: number;
  /** g=TYPE when the gazetteer knows the word alone. */
  known: number;
  title: boolean;
  /** The features of this word and the next, by the next word (see `PAIR`), for the pairs remembered. */
  next?: Map<string, Int32Array>;
}

/** Where each part of a word's `rows` begins; `afterTag` runs to the end. */
const ROWS = { own: 0, before: 8, after: 11, edges: 14, afterTag: 18 } as const;

/** What a pair of neighbouring words gives, in this order: w-1w=, ww+1=, s-1s=, ss+1=, g-1=, g+1=. */
const PAIR = { words: 0, wordsNext: 1, shapes: 2, shapesNext: 3, known: 4, knownNext: 5 } as const;

/** Words and pairs of words remembered before the memory starts again (`forget`). */
const MAX_WORDS = 200_000;
const MAX_PAIRS = 250_000;

/** Rows of a model's features: `rows.get(feature)` is the feature's row in its weight matrix. */
export class FeatureRows {
  private readonly words = new Map<string, WordRows>();
  private pairs = 0;
  private readonly shapeAfterTag = new Map<string, Int32Array>();
  /** t-1= by the tag before, and t-2t-1= by the two tags before (`prevIndex`). */
  private readonly lastTag: Int32Array;
  private readonly lastTwoTags: Int32Array;
  private readonly fixed: { bias: number; first: number; afterTitle: number; title: number; start: Int32Array; end: Int32Array; twoStart: number; twoEnd: number };
  /** Words of the model's word-pair features (w-1w=, ww+1=): a pair of other words has none. */
  private readonly bigramWords = new Set<string>();
  /** First words of the gazetteer's names of two words or more, as the gazetteer compares them. */
  private readonly pairStarts = new Set<string>();
  private readonly shapePairs = new Map<string, Map<string, [number, number]>>();
  /** Where the pairs of a token with its neighbours are written when they are not remembered. */
  private readonly leftPair = new Int32Array(6);
  private readonly rightPair = new Int32Array(6);

  /**
   * `rows`: feature → row; `prevTags`: the tags a token can follow, in the order of `prevIndex`
   * (`<s>` first, then the model's tags).
   */
  constructor(private readonly rows: ReadonlyMap<string, number>, private readonly capitalisation: Capitalisation, readonly prevTags: readonly string[]) {
    const n = prevTags.length;
    this.lastTag = Int32Array.from(prevTags, (t) => this.row(`t-1=${t}`));
    this.lastTwoTags = new Int32Array(n * n);
    for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) this.lastTwoTags[a * n + b] = this.row(`t-2t-1=${prevTags[a]}|${prevTags[b]}`);
    for (const feature of rows.keys()) {
      const pair = /^(?:w-1w|ww\+1)=(.*)\|(.*)$/.exec(feature);
      if (pair) this.bigramWords.add(pair[1]!).add(pair[2]!);
    }
    for (const surface of gazetteer().surfaces()) {
      const words = surface.slice(surface.indexOf(' ') + 1).split(' ');
      if (words.length >= 2) this.pairStarts.add(words[0]!);
    }
    this.fixed = {
      bias: this.row('b'), first: this.row('first'), afterTitle: this.row('after-title'), title: this.row('title'),
      start: this.rowsOf(['w-1=<s>', 's-1=<s>', 'cap-1=-']), end: this.rowsOf(['w+1=</s>', 's+1=</s>', 'cap+1=-']),
      twoStart: this.row('w-2=<s>'), twoEnd: this.row('w+2=</s>'),
    };
  }

  /** The row of a feature, or -1 when the model has no weights for it. */
  row(feature: string): number {
    return this.rows.get(feature) ?? -1;
  }

  /** The rows of `features`, and `unknown` more not looked up yet (-2). */
  private rowsOf(features: string[], unknown = 0): Int32Array {
    const rows = new Int32Array(features.length + unknown).fill(-2);
    for (const [i, f] of features.entries()) rows[i] = this.row(f);
    return rows;
  }

  private word(word: string): WordRows {
    let known = this.words.get(word);
    if (known) return known;
    const lw = word.toLowerCase();
    const sh = shape(word);
    const cap = this.capitalisation.get(lw) ?? '?';
    const g = gazetteer().taggerLookup(word);
    known = {
      word, lower: lw, surface: normaliseSurface(word), shape: sh,
      rows: this.rowsOf([
        `w=${lw}`, `s=${sh}`, `p1=${lw.slice(0, 1)}`, `p2=${lw.slice(0, 2)}`, `p3=${lw.slice(0, 3)}`, `x1=${lw.slice(-1)}`, `x2=${lw.slice(-2)}`, `x3=${lw.slice(-3)}`,
        `w-1=${lw}`, `s-1=${sh}`, `cap-1=${cap}`, `w+1=${lw}`, `s+1=${sh}`, `cap+1=${cap}`,
        `w-1w=<s>|${lw}`, `s-1s=<s>|${sh}`, `ww+1=${lw}|</s>`, `ss+1=${sh}|</s>`,
      ], this.prevTags.length),
      p4: this.row(`p4=${lw.slice(0, 4)}`), x4: this.row(`x4=${lw.slice(-4)}`), cap: this.row(`cap=${cap}`), caps: this.row(`caps=${cap}|${sh}`),
      twoBefore: this.row(`w-2=${lw}`), twoAfter: this.row(`w+2=${lw}`),
      known: g ? this.row(`g=${g.type}`) : -1, title: isTitleWord(lw),
    };
    if (this.words.size >= MAX_WORDS || this.pairs >= MAX_PAIRS) this.forget();
    this.words.set(word, known);
    return known;
  }

  /** Starts again from nothing: a long-running server reads ever new words, pairs and shapes. */
  private forget(): void {
    this.words.clear();
    this.shapeAfterTag.clear();
    this.shapePairs.clear();
    this.pairs = 0;
  }

  /**
   * The features of two neighbouring words (`PAIR`). Most pairs of a new text are new, and
   * neither start a gazetteer name nor are words the model pairs: those are written to
   * `scratch`, with nothing to build or remember (remembering every pair met held 200 MB after
   * 40,000 articles). The others, which build strings to look up, are remembered.
   */
  private pair(left: WordRows, right: WordRows, scratch: Int32Array): Int32Array {
    const mayName = this.pairStarts.has(left.surface);
    const words = this.bigramWords.has(left.lower) && this.bigramWords.has(right.lower);
    if (!mayName && !words) {
      const shapes = this.shapePair(left.shape, right.shape);
      scratch[PAIR.words] = scratch[PAIR.wordsNext] = scratch[PAIR.known] = scratch[PAIR.knownNext] = -1;
      scratch[PAIR.shapes] = shapes[0];
      scratch[PAIR.shapesNext] = shapes[1];
      return scratch;
    }
    let rows = left.next?.get(right.word);
    if (!rows) {
      const g = mayName ? gazetteer().taggerLookup(`${left.word} ${right.word}`) : undefined;
      rows = new Int32Array([
        words ? this.row(`w-1w=${left.lower}|${right.lower}`) : -1, words ? this.row(`ww+1=${left.lower}|${right.lower}`) : -1,
        ...this.shapePair(left.shape, right.shape), g ? this.row(`g-1=${g.type}`) : -1, g ? this.row(`g+1=${g.type}`) : -1,
      ]);
      (left.next ??= new Map()).set(right.word, rows);
      this.pairs++;
    }
    return rows;
  }

  /** s-1s= and ss+1= of two shapes. */
  private shapePair(leftShape: string, rightShape: string): [number, number] {
    let byRight = this.shapePairs.get(leftShape);
    if (!byRight) this.shapePairs.set(leftShape, (byRight = new Map()));
    let rows = byRight.get(rightShape);
    if (!rows) byRight.set(rightShape, (rows = [this.row(`s-1s=${leftShape}|${rightShape}`), this.row(`ss+1=${leftShape}|${rightShape}`)]));
    return rows;
  }

  /**
   * The rows of token `i`'s features, in the order of `tokenFeatures`, with -1 for those the model
   * has no weights for; `prev`, `prev2` index `prevTags` for the tags of the two tokens before
   * it. Written to `out` (64 long), whose used length it returns.
   */
  tokenRows(words: readonly string[], i: number, prev: number, prev2: number, out: Int32Array): number {
    const me = this.word(words[i]!);
    const left = i > 0 ? this.word(words[i - 1]!) : null;
    const right = i + 1 < words.length ? this.word(words[i + 1]!) : null;
    const f = this.fixed;
    // What the neighbours give, from their rows, or at the sentence's edges the fixed rows.
    const before = left ? left.rows : f.start;
    const b = left ? ROWS.before : 0;
    const after = right ? right.rows : f.end;
    const a = right ? ROWS.after : 0;
    const withLeft = left ? this.pair(left, me, this.leftPair) : null;
    const withRight = right ? this.pair(me, right, this.rightPair) : null;
    const mine = me.rows;
    let tw = mine[ROWS.afterTag + prev]!;
    if (tw === -2) tw = mine[ROWS.afterTag + prev] = this.row(`t-1w=${this.prevTags[prev]}|${me.lower}`);
    let n = 0;
    out[n++] = f.bias;
    for (let k = ROWS.own; k < ROWS.before; k++) out[n++] = mine[k]!;
    out[n++] = before[b]!;
    out[n++] = after[a]!;
    out[n++] = i > 1 ? this.word(words[i - 2]!).twoBefore : f.twoStart;
    out[n++] = i + 2 < words.length ? this.word(words[i + 2]!).twoAfter : f.twoEnd;
    out[n++] = before[b + 1]!;
    out[n++] = after[a + 1]!;
    out[n++] = this.lastTag[prev]!;
    out[n++] = this.lastTwoTags[prev2 * this.prevTags.length + prev]!;
    out[n++] = tw;
    out[n++] = withLeft ? withLeft[PAIR.shapes]! : mine[ROWS.edges + 1]!;
    out[n++] = withRight ? withRight[PAIR.shapesNext]! : mine[ROWS.edges + 3]!;
    out[n++] = me.p4;
    out[n++] = me.x4;
    out[n++] = withLeft ? withLeft[PAIR.words]! : mine[ROWS.edges]!;
    out[n++] = withRight ? withRight[PAIR.wordsNext]! : mine[ROWS.edges + 2]!;
    out[n++] = this.shapeAfter(me.shape, prev);
    out[n++] = me.cap;
    out[n++] = me.caps;
    out[n++] = before[b + 2]!;
    out[n++] = after[a + 2]!;
    if (i === 0) out[n++] = f.first;
    if (left?.title) out[n++] = f.afterTitle;
    if (me.title) out[n++] = f.title;
    out[n++] = me.known;
    if (withLeft) out[n++] = withLeft[PAIR.known]!;
    if (withRight) out[n++] = withRight[PAIR.knownNext]!;
    return n;
  }

  /** `t-1s=`: the tag before and the word's shape. */
  private shapeAfter(wordShape: string, prev: number): number {
    let byTag = this.shapeAfterTag.get(wordShape);
    if (!byTag) this.shapeAfterTag.set(wordShape, (byTag = new Int32Array(this.prevTags.length).fill(-2)));
    if (byTag[prev] === -2) byTag[prev] = this.row(`t-1s=${this.prevTags[prev]}|${wordShape}`);
    return byTag[prev]!;
  }
}
