// Watching inputs: read the same feeds, pages and folders again every interval and ingest what is
// new. Known articles cost a lookup by id (no analysis). URLs are asked for with the validators of
// their last answer (ETag, Last-Modified), so that an unchanged feed costs its publisher a 304;
// files whose modification time and size are those of the last reading are not read again.

import { setTimeout as sleep } from 'node:timers/promises';
import type { ValidatorCache } from './sources/fetch.js';
import { readSources, type FileStamps, type ReadOptions } from './sources/index.js';
import { ingestAll, type IngestEvent, type IngestOptions, type IngestSummary } from './pipeline.js';
import type { Store } from './storage/store.js';

/** One reading of every input. */
export interface WatchRound {
  /** 1 for the first reading. */
  round: number;
  startedAt: string;
  seconds: number;
  summary: IngestSummary;
  /** URLs whose server said nothing changed since the last round. */
  unchanged: string[];
  /** Files not read again: unchanged since a round that stored their articles. */
  unchangedFiles: number;
}

export interface WatchOptions {
  /** From the start of one round to the start of the next (a round that takes longer is followed at once). */
  everyMs: number;
  /** Stop after this many rounds (default: until `signal`). */
  rounds?: number;
  /** Aborting stops the watch after the round in hand, or at once between rounds. */
  signal?: AbortSignal;
  read?: ReadOptions;
  ingest?: IngestOptions;
  onEvent?: (event: IngestEvent) => void;
  onRound?: (round: WatchRound) => void;
}

/** What a watch did over all its rounds. */
export interface WatchTotals {
  rounds: number;
  ingested: number;
  duplicates: number;
  rejected: number;
  storiesCreated: number;
}

/** Reads and ingests `inputs` every `everyMs` until `rounds` are done or `signal` aborts. */
export async function watchInputs(store: Store, inputs: string[], options: WatchOptions): Promise<WatchTotals> {
  if (inputs.includes('-')) throw new Error('standard input (-) cannot be watched: it can be read only once');
  const validators: ValidatorCache = new Map();
  let files: FileStamps = new Map();
  const totals: WatchTotals = { rounds: 0, ingested: 0, duplicates: 0, rejected: 0, storiesCreated: 0 };
  const signal = options.signal;
  while (!signal?.aborted && (options.rounds === undefined || totals.rounds < options.rounds)) {
    const started = Date.now();
    const unchanged: string[] = [];
    const seen: FileStamps = new Map();
    let unchangedFiles = 0;
    const items = readSources(inputs, {
      ...options.read, validators, onNotModified: (url) => unchanged.push(url), files,
      onFile: (path, stamp, same) => { seen.set(path, stamp); if (same) unchangedFiles++; },
    });
    const summary = await ingestAll(store, items, options.onEvent, options.ingest);
    // Stamped once the round's articles are stored (analysis may read ahead of the store): a round
    // that fails part way reads its files again. A file refused (bad JSON) is not, until it changes;
    // a file no longer there is forgotten.
    files = seen;
    totals.rounds++;
    totals.ingested += summary.ingested;
    totals.duplicates += summary.duplicates;
    totals.rejected += summary.rejected.length;
    totals.storiesCreated += summary.storiesCreated;
    options.onRound?.({ round: totals.rounds, startedAt: new Date(started).toISOString(), seconds: (Date.now() - started) / 1000, summary, unchanged, unchangedFiles });
    if (options.rounds !== undefined && totals.rounds >= options.rounds) break;
    const wait = options.everyMs - (Date.now() - started);
    if (wait > 0 && !signal?.aborted) {
      try {
        await sleep(wait, undefined, signal ? { signal } : undefined);
      } catch (error) {
        if ((error as Error).name !== 'AbortError') throw error;
      }
    }
  }
  return totals;
}

/** Reads an interval such as `90s`, `5m`, `1h` or `300` (seconds); at least a second. */
export function parseInterval(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(text.trim());
  if (!match) throw new Error(`--watch takes an interval such as 30s, 5m or 1h, not '${text}'`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] as 'ms' | 's' | 'm' | 'h' | undefined ?? 's'];
  const ms = Number(match[1]) * unit;
  if (ms < 1000) throw new Error(`--watch interval must be at least 1s, not '${text}'`);
  return ms;
}
