// The entity tagger: tokens in, BIO tags out (PERSON, ORGANISATION, PLACE).

import { existsSync, readFileSync } from 'node:fs';
import { type Capitalisation, tokenFeatures } from './features.js';
import { Perceptron, type PerceptronModel } from './perceptron.js';

export const NER_MODEL_URL = new URL('../../../models/ner-id.json', import.meta.url);

/** The shipped tagger: the perceptron's weights and the capitalisation table its features read. */
export interface NerModel extends PerceptronModel {
  /** Lower-case word → capitalisation bucket (train/capitalisation.ts). */
  capitalisation: Record<string, string>;
  /** What the features were computed from when it was trained (`nerFeatureSet()`): a model whose set differs is stale. */
  featureSet: string;
}

export class EntityTagger {
  private readonly perceptron: Perceptron;
  private readonly capitalisation: Capitalisation;

  constructor(readonly model: NerModel) {
    this.perceptron = new Perceptron(model.tags, model);
    this.capitalisation = new Map(Object.entries(model.capitalisation ?? {}));
  }

  /** Whether news usually writes `word` in lower case inside a sentence (a common word, not a name). */
  isCommonWord(word: string): boolean {
    const bucket = this.capitalisation.get(word.toLowerCase());
    return bucket === 'l' || bucket === 'L';
  }

  /** BIO tags for `words`, one per word. */
  tag(words: string[]): string[] {
    const lower = words.map((w) => w.toLowerCase());
    const tags: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const features = tokenFeatures(words, lower, i, tags[i - 1] ?? '<s>', tags[i - 2] ?? '<s>', this.capitalisation);
      // The best tag that may stand here: I-X only continues X. (Taking the best valid tag rather
      // than turning an invalid I-X into B-X: NERGrit valid F1 66.2 → 68.1, idner-news-2k 80.5 → 81.9.)
      const best = this.perceptron.predict(features, mayFollow(this.model.tags, tags[i - 1] ?? 'O'));
      tags.push(this.model.tags[best]!);
    }
    return tags;
  }
}

/** Which tags may follow `previous`: I-X only after B-X or I-X. */
export function mayFollow(tags: string[], previous: string): (tag: number) => boolean {
  const type = previous.slice(2);
  return (k) => !tags[k]!.startsWith('I-') || tags[k]!.slice(2) === type;
}

let shipped: EntityTagger | null | undefined;

/** The tagger trained by `kabar train ner` and shipped in models/, or null when there is none. */
export function shippedTagger(): EntityTagger | null {
  if (shipped === undefined) {
    shipped = existsSync(NER_MODEL_URL) ? new EntityTagger(JSON.parse(readFileSync(NER_MODEL_URL, 'utf8')) as NerModel) : null;
  }
  return shipped;
}
