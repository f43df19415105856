// `kabar train frequencies`: in how many articles of the shared news corpora each stem occurs,
// by language, written to models/frequencies.json for story similarity's term weights
// (src/stories/background-frequencies.ts). Counts of stems, not text: no sentence of the
// corpora is shipped.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stem, termCounts } from '../analysis/tokens.js';
import { FREQUENCIES_MODEL_URL, type BackgroundFrequencies } from '../stories/background-frequencies.js';
import { readSources } from '../sources/index.js';
import { readGoldQuotes } from '../eval/quotes.js';

/** Words whose stems are recorded with the counts, so that a test notices when the stemmer has changed since. */
export const PROBE_WORDS: Record<string, string[]> = {
  id: ['mengupas', 'pertahanan', 'dikerahkan', 'kesepakatan', 'pemilihan', 'berperang', 'menyerang', 'keputusannya', 'pelanggan', 'ketua', 'kekerasan', 'mempelajari', 'ekonomi', 'kursi', 'petani', 'istilah', 'periode'],
  en: ['troops', 'confirmed', 'elections', 'happiness', 'running', 'generously'],
};

/** Document frequencies of the stems of the Indonesian and English news corpora in `dataDir`. */
export async function buildFrequencies(dataDir: string): Promise<BackgroundFrequencies> {
  const languages: BackgroundFrequencies['languages'] = {};
  const add = (language: string, title: string, text: string): void => {
    const table = (languages[language] ??= { documents: 0, df: {} });
    table.documents++;
    for (const term of Object.keys(termCounts(title, text, language))) table.df[term] = (table.df[term] ?? 0) + 1;
  };
  for (const file of [join(dataDir, 'news-id-talas-2024/dataset-training-talas-830.csv'), join(dataDir, 'topics-id-pratiwi2017/600_news_with_topic.jsonl')]) {
    for await (const item of readSources([file])) {
      if (!item.ok) throw new Error(`${item.error.origin}: ${item.error.reason}`);
      add('id', item.value.title, item.value.text);
    }
  }
  // GenderGapTracker's English articles, as the quote evaluation reads them: bodies only (the
  // records carry no title), less the one whose body is another record's id.
  for (const article of readGoldQuotes(join(dataDir, 'quotes-en-ggt/annotations.jsonl'))) {
    if (!article.unusable) add('en', article.title, article.text);
  }
  for (const table of Object.values(languages)) table.df = Object.fromEntries(Object.entries(table.df).sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  return {
    derivedFrom: 'document frequencies of stems in news-id-talas-2024 (tantowjy/News-Classification, MIT) and topics-id-pratiwi2017 (Pratiwi et al. 2017, CC BY 4.0) for Indonesian, and the articles of quotes-en-ggt (sfu-discourse-lab/GenderGapTracker, MIT) for English',
    probes: probeStems(),
    languages,
  };
}

/** The current stems of PROBE_WORDS. */
export function probeStems(): Record<string, Record<string, string>> {
  return Object.fromEntries(Object.entries(PROBE_WORDS).map(([language, words]) => [language, Object.fromEntries(words.map((w) => [w, stem(w, language)]))]));
}

export async function trainFrequencies(dataDir: string, output: URL | string = FREQUENCIES_MODEL_URL): Promise<BackgroundFrequencies> {
  const model = await buildFrequencies(dataDir);
  writeFileSync(output, `${JSON.stringify(model)}\n`);
  return model;
}
