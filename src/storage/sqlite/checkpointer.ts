// WAL checkpoints on a thread of their own. SQLite copies the write-ahead log back into the
// database file every thousand pages, inside whichever commit crosses the mark: that commit then
// takes several times as long as the others (most of story assignment's p99 in `kabar bench`).
// A second connection on a worker thread checkpoints a few times a second instead, beside the
// writer (a PASSIVE checkpoint never blocks it); the writer keeps a far-off mark of its own, in
// case the thread falls behind, and the thread restarts a log grown long.

import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** Checkpoint at least this often (ms) while the store is open. */
const INTERVAL_MS = 200;
/** Pages past which the thread restarts the log, making the writer wait a moment (about 40 MB). */
const RESTART_PAGES = 10_000;
/** Pages the writer lets the log grow to before checkpointing itself (SQLite's default is 1,000). */
export const WRITER_CHECKPOINT_PAGES = 20_000;

// The worker's code, as CommonJS text: it runs the same from the TypeScript sources and from dist/.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 1000');
const checkpoint = () => {
  try {
    const [result] = db.pragma('wal_checkpoint(PASSIVE)');
    // The log starts over only after a checkpoint that nothing wrote during; with a writer always
    // busy that moment may never come, so a long log is restarted: the frames left are few, and
    // the writer waits only for them.
    if (result && result.log > workerData.restartPages) db.pragma('wal_checkpoint(RESTART)');
  } catch { /* busy or closing: the next turn retries */ }
};
const timer = setInterval(checkpoint, workerData.interval);
parentPort.on('message', () => { clearInterval(timer); checkpoint(); db.close(); parentPort.close(); });
`;

export interface Checkpointer {
  /** Checkpoints once more, closes the thread's connection and waits for the thread to end. */
  stop(): Promise<void>;
}

/** Starts checkpointing the SQLite database at `path` on a worker thread. */
export function startCheckpointer(path: string): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER, { eval: true, workerData: { path, driver, interval: INTERVAL_MS, restartPages: RESTART_PAGES } });
  // The thread never keeps the process alive, and its failure never takes the store down: the
  // writer's own checkpoints still bound the log.
  worker.unref();
  worker.on('error', () => {});
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    async stop() {
      // Held while it finishes: waiting on an unreferenced thread would let the process exit first.
      worker.ref();
      worker.postMessage('stop');
      await exited;
    },
  };
}
