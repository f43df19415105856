// WAL checkpoints on a thread of their own. SQLite copies the write-ahead log back into the
// database file every thousand pages, inside whichever commit crosses the mark: that commit then
// takes several times as long as the others (most of story assignment's p99 in `kabar bench`).
// A second connection on a worker thread checkpoints instead, beside the writer (a PASSIVE
// checkpoint never blocks it), soon after the writer says it committed: the log is then copied
// back before one of the writer's next transactions, which starts the log over by itself,
// without waiting.
//
// A writer that commits back to back never gives it that moment: each pass ends with the next
// commit already in the log, which then never starts over. The thread used to RESTART such a log,
// which takes the write lock and waits for it in SQLite's busy handler; against a writer that
// holds the lock nearly all the time it waited a second, failed, and kept the checkpoint lock so
// long that the writer's own checkpoints failed too: the log grew past 130 MB and the writer at
// last waited more than its busy timeout ("database is locked" at 85,000 articles of a bench).
// Now the thread only says so: the writer checkpoints the few commits since the thread's pass
// itself, between two transactions, and its next one starts the log over. Nobody waits.

import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

/** Checkpoint at least this often (ms) while the store is open: other processes write without telling this one. */
const INTERVAL_MS = 200;
/**
 * Least pause (ms) between two checkpoints: the commits in between are copied back together. A
 * checkpoint after every commit copied the pages every commit touches each time, and on two cores
 * took time from the writer and the analysis threads (15,000 articles of the bench's stream: 132 s;
 * 50 ms: 115 s; 200 ms: 112 s, but p99 18–27 ms against 17–20). Against the thread of session 11
 * (every 200 ms, the log restarted under the writer), 1,500 articles after 32,000 stored: p99 62 →
 * 28 ms, mean 9.4 → 9.6–10.1 ms.
 */
const GAP_MS = 50;
/** Pages past which the thread asks the writer to start the log over (about 40 MB). */
const LONG_LOG_PAGES = 10_000;
/** Pages the writer lets the log grow to before checkpointing itself (SQLite's default is 1,000). */
export const WRITER_CHECKPOINT_PAGES = 20_000;

/** Slots of the shared signal: commits the writer made, whether to stop, whether the log is long. */
const COMMITS = 0;
const STOP = 1;
const LONG = 2;

// The worker's code, as CommonJS text: it runs the same from the TypeScript sources and from dist/.
// It waits on the signal rather than on messages: no message per commit. (Restarting the log while
// the writer was busy made it wait 50 to 100 ms: SQLite's busy handler sleeps in growing steps, and
// the writer woke long after the log was free.)
const WORKER = `
const { workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 1000');
const signal = new Int32Array(workerData.signal);
const checkpoint = () => {
  try {
    const [result] = db.pragma('wal_checkpoint(PASSIVE)');
    if (result && result.log > workerData.longLogPages) Atomics.store(signal, ${LONG}, 1);
  } catch { /* busy or closing: the next turn retries */ }
};
let seen = Atomics.load(signal, ${COMMITS});
while (Atomics.load(signal, ${STOP}) === 0) {
  Atomics.wait(signal, ${COMMITS}, seen, workerData.interval);
  seen = Atomics.load(signal, ${COMMITS});
  checkpoint();
  Atomics.wait(signal, ${STOP}, 0, workerData.gap);
}
checkpoint();
db.close();
`;

export interface Checkpointer {
  /** Tells the thread a transaction was committed: it checkpoints within GAP_MS. */
  committed(): void;
  /**
   * Called by the writer before it begins a transaction on `db`: when the thread found the log
   * long, the writer copies back what the thread could not (the commits since its pass), so that
   * the transaction starts the log over. Costs nothing otherwise.
   */
  beforeTransaction(db: Database.Database): void;
  /** Checkpoints once more, closes the thread's connection and waits for the thread to end. */
  stop(): Promise<void>;
}

/** Starts checkpointing the SQLite database at `path` on a worker thread. */
export function startCheckpointer(path: string, longLogPages = LONG_LOG_PAGES): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const signal = new Int32Array(new SharedArrayBuffer(12));
  const worker = new Worker(WORKER, { eval: true, workerData: { path, driver, interval: INTERVAL_MS, longLogPages, signal: signal.buffer, gap: GAP_MS } });
  // The thread never keeps the process alive, and its failure never takes the store down: the
  // writer's own checkpoints still bound the log.
  worker.unref();
  worker.on('error', () => {});
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    committed() {
      Atomics.add(signal, COMMITS, 1);
      Atomics.notify(signal, COMMITS);
    },
    beforeTransaction(db) {
      if (Atomics.load(signal, LONG) === 0 || db.inTransaction) return;
      Atomics.store(signal, LONG, 0);
      // PASSIVE: should the thread be checkpointing this moment, this one gives up at once and
      // the thread's next pass asks again.
      try {
        db.pragma('wal_checkpoint(PASSIVE)');
      } catch (error) {
        if (!/^SQLITE_(BUSY|LOCKED)/.test(String((error as { code?: unknown }).code))) throw error;
      }
    },
    async stop() {
      // Held while it finishes: waiting on an unreferenced thread would let the process exit first.
      worker.ref();
      Atomics.store(signal, STOP, 1);
      Atomics.notify(signal, STOP);
      Atomics.add(signal, COMMITS, 1);
      Atomics.notify(signal, COMMITS);
      await exited;
    },
  };
}
