// `kabar train words`: the Indonesian words attested in the shared corpora, with their counts,
// written to models/words-id.json. The stemmer reads it to choose among the readings of a word
// (mengupas: upas or kupas?) the one whose root is a word of the language. A list of words seen
// in news, derived here from openly licensed text: not a root-word dictionary.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WORDS_MODEL_URL, type WordList } from '../analysis/word-counts.js';
import { readSources } from '../sources/index.js';
import { buildCapitalisation, countWriting, writtenAsAcronym } from './capitalisation.js';
import { readNerSplit } from './ner-data.js';


/** Words seen fewer times than this are left out: typos, names, and scraps of markup. */
export const MIN_COUNT = 3;


const WORD = /^[a-z]+(?:-[a-z]+)*$/;

/**
 * A regency's or a city's name after the word that names its kind, or an office of it (Kabupaten Sumedang, Pemkot Solo,
 * Polres Bogor), and no capitalised word after it: first words of longer names (Kepulauan Seribu, Kulon Progo) are no regions.
 */
const REGION_AFTER = /\b(?:Kabupaten|Kota|Kab\.|Pemkab|Pemkot|Polres|Polresta|Kejari|Kapolres)\s+(\p{Lu}\p{Ll}+)\b(?!\s+\p{Lu})/gu;
/** Times a region must be written so. */
const MIN_REGION_COUNT = 2;

/** Counts the lower-case Indonesian words of the corpora in `dataDir`. */
export async function buildWordList(dataDir: string): Promise<WordList> {
  const counts = new Map<string, number>();
  const regions = new Map<string, number>();
  const add = (text: string) => {
    for (const [, region] of text.matchAll(REGION_AFTER)) regions.set(region!.toLowerCase(), (regions.get(region!.toLowerCase()) ?? 0) + 1);
    for (const token of text.toLowerCase().split(/[^a-z-]+/)) {
      const w = token.replace(/^-+|-+$/g, '');
      if (w.length >= 3 && WORD.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  };
  for (const file of [join(dataDir, 'news-id-talas-2024/dataset-training-talas-830.csv'), join(dataDir, 'topics-id-pratiwi2017/600_news_with_topic.jsonl')]) {
    for await (const item of readSources([file])) if (item.ok) add(`${item.value.title}\n${item.value.text}`);
  }
  for (const set of ['nergrit', 'idner-news-2k'] as const) {
    for (const sentence of readNerSplit(dataDir, set, 'train')) add(sentence.words.join(' '));
  }
  const kept = [...counts].filter(([, n]) => n >= MIN_COUNT).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  // Names: listed words written with a capital nine times in ten inside sentences (Bekasi, Setiawan, Abdullah);
  // acronyms: written all in capitals so (HUT, UIN, SOP).
  const writing = await countWriting(dataDir);
  const capitalisation = await buildCapitalisation(dataDir, writing);
  return {
    derivedFrom: 'word counts of news-id-talas-2024 (tantowjy/News-Classification, MIT), topics-id-pratiwi2017 (Pratiwi et al. 2017, CC BY 4.0) and the train splits of NERGrit (IndoNLU, Apache-2.0) and idner-news-2k (MIT)',
    minCount: MIN_COUNT,
    counts: Object.fromEntries(kept),
    names: kept.map(([w]) => w).filter((w) => capitalisation[w] === 'C'),
    acronyms: kept.map(([w]) => w).filter((w) => writtenAsAcronym(writing.get(w))),
    // Regions: names written after Kabupaten, Kota, Pemkab, Polres … twice or more, and not common words (Negara, Seluruh).
    regions: [...regions].filter(([w, n]) => n >= MIN_REGION_COUNT && !['l', 'L'].includes(capitalisation[w] ?? '')).map(([w]) => w).sort(),
  };
}

export async function trainWords(dataDir: string, output: URL | string = WORDS_MODEL_URL): Promise<WordList> {
  const list = await buildWordList(dataDir);
  writeFileSync(output, `${JSON.stringify(list)}\n`);
  return list;
}
