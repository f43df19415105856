// Analysis on worker threads, so that one process analyses the next articles while it assigns
// and stores the current one. Analysis is a plain function of the article (models are read-only),
// so a thread gives what the calling thread would: the same analysis, the same stories.

import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AnalyzedArticle, Article } from '../article.js';
import type { AnalysisReply, AnalysisRequest } from './analysis-worker.js';

/** Threads a pool starts when not told: the cores beside the calling thread, at most four. */
export function defaultAnalysisThreads(): number {
  return Math.max(0, Math.min(4, availableParallelism() - 1));
}

export interface AnalysisPool {
  /** The article's analysis, from whichever thread has the least to do. */
  analyze(article: Article): Promise<AnalyzedArticle>;
  /** Ends the threads; analyses not yet returned are rejected. */
  close(): Promise<void>;
}

interface Thread {
  worker: Worker;
  pending: Map<number, { resolve: (a: AnalyzedArticle) => void; reject: (e: Error) => void; origin: string }>;
  failed: Error | null;
}

// Started as evaluated CommonJS so that one entry serves dist/ (JavaScript) and the TypeScript
// sources under tests and tsx, where the thread must first register tsx's loader.
const BOOT = `
const { workerData } = require('node:worker_threads');
(async () => {
  if (workerData.loader) (await import(workerData.loader)).register();
  await import(workerData.entry);
})();
`;

function workerSource(): { entry: string; loader: string | null } {
  const fromSources = import.meta.url.endsWith('.ts');
  const entry = new URL(`./analysis-worker.${fromSources ? 'ts' : 'js'}`, import.meta.url).href;
  if (!fromSources) return { entry, loader: null };
  // tsx's ESM API sits beside the CommonJS file that require resolves.
  const api = createRequire(import.meta.url).resolve('tsx/esm/api');
  return { entry, loader: new URL('index.mjs', pathToFileURL(api)).href };
}

/** Starts `threads` analysis threads (at least one). */
export function openAnalysisPool(threads: number): AnalysisPool {
  const source = workerSource();
  const pool: Thread[] = [];
  let seq = 0;
  let closed = false;

  const fail = (thread: Thread, error: Error) => {
    thread.failed ??= error;
    for (const [, p] of thread.pending) p.reject(new Error(`${p.origin}: the analysis thread stopped: ${error.message}`));
    thread.pending.clear();
    thread.worker.unref();
  };

  for (let i = 0; i < Math.max(1, threads); i++) {
    const worker = new Worker(BOOT, { eval: true, workerData: source });
    const thread: Thread = { worker, pending: new Map(), failed: null };
    // A thread holds the process open only while it owes an analysis.
    worker.unref();
    worker.on('message', (reply: AnalysisReply) => {
      const p = thread.pending.get(reply.seq);
      if (!p) return;
      thread.pending.delete(reply.seq);
      if (thread.pending.size === 0) worker.unref();
      if ('error' in reply) p.reject(new Error(`${p.origin}: analysis failed: ${reply.error}`));
      else p.resolve(reply.analyzed);
    });
    worker.on('error', (error) => fail(thread, error));
    worker.on('exit', (code) => { if (!closed) fail(thread, new Error(`exit code ${code}`)); });
    pool.push(thread);
  }

  return {
    analyze(article) {
      const live = pool.filter((t) => !t.failed);
      if (closed || live.length === 0) return Promise.reject(new Error(`${article.origin}: no analysis thread is running${pool[0]?.failed ? ` (${pool[0].failed.message})` : ''}`));
      const thread = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const n = seq++;
      return new Promise<AnalyzedArticle>((resolve, reject) => {
        if (thread.pending.size === 0) thread.worker.ref();
        thread.pending.set(n, { resolve, reject, origin: article.origin });
        thread.worker.postMessage({ seq: n, article } satisfies AnalysisRequest);
      });
    },
    async close() {
      closed = true;
      await Promise.all(pool.map(async (t) => {
        fail(t, new Error('the pool was closed'));
        await t.worker.terminate();
      }));
    },
  };
}
