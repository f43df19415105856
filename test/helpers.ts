// Shared test helpers: fixture paths, a fresh store, running the CLI in-process.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { analyzeArticle } from '../src/analysis/index.js';
import type { AnalyzedArticle } from '../src/article.js';
import { main } from '../src/cli/main.js';
import { readSources } from '../src/sources/index.js';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const fixture = (...parts: string[]): string => join(FIXTURES, ...parts);
export const SEEDS = [fixture('seeds', '000_45853475f2c5fccd.txt'), fixture('seeds', '001_cc863024af194b06.txt')];
/** A file of the sample corpus Kabar ships (sample/README.md gives sources and licences). */
export const sampleFile = (name: string): string => fileURLToPath(new URL(`../sample/${name}`, import.meta.url));

/** A temporary directory, removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'kabar-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function analyzeFiles(...paths: string[]): Promise<AnalyzedArticle[]> {
  const out: AnalyzedArticle[] = [];
  for await (const item of readSources(paths)) {
    if (!item.ok) throw item.error;
    out.push(await analyzeArticle(item.value));
  }
  return out;
}

/** Who the article has say the quotation that begins with `start` (undefined when no quotation begins so). */
export function speakerOf(article: AnalyzedArticle, start: string): string | null | undefined {
  return article.quotes.find((q) => q.text.startsWith(start))?.speaker;
}

/** Each quotation of `article` as its first three words and its speaker, in reading order. */
export function quoteOpenings(article: AnalyzedArticle): [string, string | null][] {
  return article.quotes.map((q) => [q.text.split(' ').slice(0, 3).join(' '), q.speaker]);
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `kabar <args>` in-process. */
export async function runCli(args: string[], options: { stdin?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(['node', 'kabar', ...args], {
    stdout: { write: (s: string) => { stdout += s; return true; } },
    stderr: { write: (s: string) => { stderr += s; return true; } },
    stdin: Readable.from([Buffer.from(options.stdin ?? '')]),
    env: { ...options.env },
  });
  return { code, stdout, stderr };
}
