// The entity tagger: tokens in, BIO tags out (PERSON, ORGANISATION, PLACE).

import { existsSync, readFileSync } from 'node:fs';
import type { Capitalisation } from './features.js';
import { FeatureRows } from './feature-ids.js';
import type { PerceptronModel } from './perceptron.js';

export const NER_MODEL_URL = new URL('../../../models/ner-id.json', import.meta.url);

/** The shipped tagger: the perceptron's weights and the capitalisation table its features read. */
export interface NerModel extends PerceptronModel {
  /** Lower-case word → capitalisation bucket (train/capitalisation.ts). */
  capitalisation: Record<string, string>;
  /** What the features were computed from when it was trained (`nerFeatureSet()`): a model whose set differs is stale. */
  featureSet: string;
}

export class EntityTagger {
  private readonly capitalisation: Capitalisation;
  private readonly features: FeatureRows;
  /** Row r of the weights: `weights[r * tags + k]` for tag k. */
  private readonly weights: Float64Array;
  /** Whether tag k may follow the tag of `prevIndex` p: `allowed[p * tags + k]` (I-X only continues X). */
  private readonly allowed: Uint8Array;
  /** A token's feature rows and tag scores: written anew for every token. */
  private readonly rows = new Int32Array(64);
  private readonly scores: Float64Array;

  constructor(readonly model: NerModel) {
    this.capitalisation = new Map(Object.entries(model.capitalisation ?? {}));
    const names = Object.keys(model.weights);
    const width = model.tags.length;
    this.scores = new Float64Array(width);
    this.weights = new Float64Array(names.length * width);
    names.forEach((f, row) => this.weights.set(model.weights[f]!, row * width));
    const prevTags = ['<s>', ...model.tags];
    this.features = new FeatureRows(new Map(names.map((f, row) => [f, row])), this.capitalisation, prevTags);
    this.allowed = new Uint8Array(prevTags.length * width);
    prevTags.forEach((previous, p) => model.tags.forEach((tag, k) => {
      this.allowed[p * width + k] = !tag.startsWith('I-') || tag.slice(2) === previous.slice(2) ? 1 : 0;
    }));
  }

  /** Whether news usually writes `word` in lower case inside a sentence (a common word, not a name). */
  isCommonWord(word: string): boolean {
    const bucket = this.capitalisation.get(word.toLowerCase());
    return bucket === 'l' || bucket === 'L';
  }

  /**
   * BIO tags for `words`, one per word: greedy, left to right, each token's features reading the
   * tags given before it (the averaged perceptron's scores, as `Perceptron.predict` sums them).
   */
  tag(words: string[]): string[] {
    const tags = this.reader(words);
    return words.map((_, i) => tags.at(i));
  }

  /**
   * The tags of `words`, given as far as they are read: a tag depends on the words around it and
   * the tags before it, never on a tag after it, so a sentence whose names all come early is
   * tagged no further than they are.
   */
  reader(words: readonly string[]): SentenceTags {
    return new SentenceTags(this, words);
  }

  /** The tag index of token `i`, after tokens whose tags' indexes (`prevIndex`) are `prev` and `prev2`. */
  best(words: readonly string[], i: number, prev: number, prev2: number): number {
    const width = this.model.tags.length;
    const rows = this.rows;
    const scores = this.scores;
    const n = this.features.tokenRows(words, i, prev, prev2, rows);
    scores.fill(0);
    for (let j = 0; j < n; j++) {
      const row = rows[j]!;
      if (row < 0) continue;
      const base = row * width;
      for (let k = 0; k < width; k++) scores[k]! += this.weights[base + k]!;
    }
    // The best tag that may stand here: I-X only continues X. (Taking the best valid tag rather
    // than turning an invalid I-X into B-X: NERGrit valid F1 66.2 → 68.1, idner-news-2k 80.5 → 81.9.)
    let best = -1;
    for (let k = 0; k < width; k++) if (this.allowed[prev * width + k] && (best < 0 || scores[k]! > scores[best]!)) best = k;
    return best;
  }
}

/** One sentence's tags, computed up to the furthest token read. */
export class SentenceTags {
  private readonly tags: string[] = [];
  /** `prevIndex` of the last two tags given (0: the sentence's start). */
  private prev = 0;
  private prev2 = 0;

  constructor(private readonly tagger: EntityTagger, private readonly words: readonly string[]) {}

  /** The BIO tag of token `i`. */
  at(i: number): string {
    while (this.tags.length <= i) {
      const best = this.tagger.best(this.words, this.tags.length, this.prev, this.prev2);
      this.tags.push(this.tagger.model.tags[best]!);
      this.prev2 = this.prev;
      this.prev = best + 1;
    }
    return this.tags[i]!;
  }
}

let shipped: EntityTagger | null | undefined;

/** The tagger trained by `kabar train ner` and shipped in models/, or null when there is none. */
export function shippedTagger(): EntityTagger | null {
  if (shipped === undefined) {
    shipped = existsSync(NER_MODEL_URL) ? new EntityTagger(JSON.parse(readFileSync(NER_MODEL_URL, 'utf8')) as NerModel) : null;
  }
  return shipped;
}
