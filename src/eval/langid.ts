// Sentence-level language identification on langid-lingua (1,000 sentences per language,
// Leipzig corpora via lingua-go), through the same decision the pipeline makes for an article.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { detectLanguage } from '../analysis/language.js';

export interface LangidReport {
  suite: 'langid';
  accuracy: Record<string, number>;
  /** What each language was mistaken for, most frequent first. */
  confusions: Record<string, Record<string, number>>;
  n: number;
}

export async function evaluateLangid(dir: string): Promise<LangidReport> {
  const accuracy: Record<string, number> = {};
  const confusions: Record<string, Record<string, number>> = {};
  let n = 0;
  for (const file of readdirSync(dir).filter((f) => /^[a-z]{2}\.txt$/.test(f)).sort()) {
    const language = file.slice(0, 2);
    const lines = readFileSync(join(dir, file), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    let right = 0;
    const wrong: Record<string, number> = {};
    for (const line of lines) {
      const { language: found } = detectLanguage('', line);
      if (found === language) right++;
      else wrong[found] = (wrong[found] ?? 0) + 1;
    }
    accuracy[language] = Math.round((right / lines.length) * 1000) / 1000;
    confusions[language] = Object.fromEntries(Object.entries(wrong).sort((a, b) => b[1] - a[1]));
    n += lines.length;
  }
  return { suite: 'langid', accuracy, confusions, n };
}
