// Language of an article with CLD2. CLD2 separates Indonesian from Malay well on whole
// paragraphs; on a title alone it guesses, so the title is only used together with the body.

import { createRequire } from 'node:module';
import type { DetectResult } from 'cld';
import { idMsBalance } from '../lang/id-ms-markers.js';

/**
 * CLD2's binding, called directly: the package's `detect` queues every call on libuv's thread
 * pool and checks its options with underscore, which took three times as long as the detection
 * (0.2 ms for an article of 3 KB); called so, one article waits for nothing.
 */
const cld2 = createRequire(import.meta.url)('cld/build/Release/cld.node') as {
  detect(text: string, isPlainText: boolean, languageHint: string, encodingHint: string, tldHint: string, httpHint: string, bestEffort: boolean): DetectResult;
};

/** Below this many letters CLD2 has nothing to go on: keep the declared language or say `und`. */
export const MIN_LETTERS = 12;
/** Below this many letters only an answer CLD2 itself calls reliable is taken. */
export const SHORT_LETTERS = 40;

export interface LanguageGuess {
  /** ISO 639-1 code, or `und` when undetermined. */
  language: string;
  /** CLD2's reliability flag and the share of text in the chosen language (0..100). */
  reliable: boolean;
  percent: number;
}

/** Detects the language of `title` and `text`; `declared` is used when the text is too short. */
export function detectLanguage(title: string, text: string, declared: string | null = null): LanguageGuess {
  const sample = `${title}\n${text}`.slice(0, 20_000);
  const letters = lettersUpTo(sample, SHORT_LETTERS);
  const fallback: LanguageGuess = { language: declared ?? 'und', reliable: false, percent: 0 };
  if (letters < MIN_LETTERS) return fallback;
  const result = cld2.detect(sample, true, '', '', '', '', true);
  const top = result.languages[0];
  if (!top || top.code === 'un' || top.code === 'xxx') return fallback;
  if (letters < SHORT_LETTERS && !result.reliable) return fallback;
  let code = top.code.split('-')[0]!;
  // CLD2 confuses Indonesian and Malay (on langid-lingua it calls 109 of 1,000 Indonesian
  // sentences Malay, and 665 of 1,000 Malay ones Indonesian, nearly all "reliably"): words only
  // one of them spells settle it, and without such words Indonesian, which comes first here.
  if (code === 'id' || code === 'ms') {
    const balance = idMsBalance(sample);
    if (balance <= -2 || (code === 'ms' && balance === -1)) code = 'ms';
    else code = 'id';
  }
  // Trust a declared language CLD2 also saw a good share of; otherwise trust CLD2.
  if (declared && declared !== code && result.languages.some((l) => l.code === declared && l.percent >= 30)) {
    return { language: declared, reliable: result.reliable, percent: top.percent };
  }
  return { language: code, reliable: result.reliable, percent: top.percent };
}

/** The letters of `text`, counted up to `most`: only whether a text is short matters. */
function lettersUpTo(text: string, most: number): number {
  let n = 0;
  for (const m of text.matchAll(/\p{L}+/gu)) if ((n += m[0].length) >= most) return n;
  return n;
}
