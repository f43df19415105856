// A worker: takes jobs off the queue one at a time and runs the same pipeline as `kabar ingest`
// (fetch or read, analyse, assign a story, store). Run one per core, on as many machines as
// needed: analysis runs in parallel, story assignment is serialised by the store.

import type { Article } from '../article.js';
import { ingestAll, type IngestEvent, type IngestSummary } from '../pipeline.js';
import type { SourceItem } from '../sources/errors.js';
import { readSources } from '../sources/index.js';
import type { Store } from '../storage/store.js';
import type { JobData, Queue } from './queue.js';

export interface WorkerOptions {
  /** Return once no job is queued, retrying or running anywhere (for batch runs and tests). */
  exitWhenIdle?: boolean;
  /** How long to wait before asking again when the queue is empty. */
  pollMs?: number;
  /** Stop taking jobs when aborted; the job in hand is finished first. */
  signal?: AbortSignal;
  /** Allow fetching URLs on private networks even when the job does not ask for it. */
  allowPrivate?: boolean;
  onEvent?: (event: IngestEvent) => void;
  /** A job was taken and is about to run. */
  onStart?: (job: { id: string; attempt: number }) => void;
  onJob?: (job: JobReport) => void;
}

export interface JobReport {
  id: string;
  attempt: number;
  ok: boolean;
  error?: string;
}

export interface WorkerSummary {
  jobs: number;
  failedAttempts: number;
  ingested: number;
  duplicates: number;
  storiesCreated: number;
}

/** Runs jobs until aborted (or, with `exitWhenIdle`, until there are none left anywhere). */
export async function runWorker(store: Store, queue: Queue, options: WorkerOptions = {}): Promise<WorkerSummary> {
  const summary: WorkerSummary = { jobs: 0, failedAttempts: 0, ingested: 0, duplicates: 0, storiesCreated: 0 };
  const pollMs = options.pollMs ?? 1000;
  while (!options.signal?.aborted) {
    const job = await queue.take();
    if (!job) {
      if (options.exitWhenIdle && (await queue.idle())) break;
      await sleep(pollMs, options.signal);
      continue;
    }
    summary.jobs++;
    options.onStart?.({ id: job.id, attempt: job.attempt });
    try {
      const result = await runJob(store, job.data, options);
      summary.ingested += result.ingested;
      summary.duplicates += result.duplicates;
      summary.storiesCreated += result.storiesCreated;
      await queue.complete(job.id, { ingested: result.ingested, duplicates: result.duplicates });
      options.onJob?.({ id: job.id, attempt: job.attempt, ok: true });
    } catch (error) {
      summary.failedAttempts++;
      await queue.fail(job.id, error as Error);
      options.onJob?.({ id: job.id, attempt: job.attempt, ok: false, error: (error as Error).message });
    }
  }
  return summary;
}

/**
 * One job through the pipeline. Anything rejected fails the job, so that it is retried (a feed
 * that was down comes back) and, failing still, lands in the dead-letter queue with its reason.
 */
export async function runJob(store: Store, data: JobData, options: Pick<WorkerOptions, 'allowPrivate' | 'onEvent'> = {}): Promise<IngestSummary> {
  const summary = await ingestAll(store, jobItems(data, options.allowPrivate ?? false), options.onEvent);
  if (summary.rejected.length > 0) {
    throw new Error(summary.rejected.map((r) => `${r.origin}: ${r.reason}`).join('; '));
  }
  return summary;
}

function jobItems(data: JobData, allowPrivate: boolean): AsyncIterable<SourceItem<Article>> {
  if (data?.kind === 'fetch' && typeof data.url === 'string') {
    return readSources([data.url], { fetch: { allowPrivate: allowPrivate || data.allowPrivate === true } });
  }
  if (data?.kind === 'article' && isArticle(data.article)) {
    const article = data.article;
    return (async function* () { yield { ok: true as const, value: article }; })();
  }
  throw new Error(`malformed job: expected {kind: 'article', article} or {kind: 'fetch', url}, got ${JSON.stringify(data).slice(0, 200)}`);
}

function isArticle(value: unknown): value is Article {
  const a = value as Partial<Article> | null;
  return typeof a?.id === 'string' && typeof a.title === 'string' && typeof a.text === 'string' && typeof a.origin === 'string';
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
