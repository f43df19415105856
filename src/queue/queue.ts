// The durable work queue on PostgreSQL, with pg-boss: `kabar ingest` enqueues, `kabar worker`
// (any number, on any machine) takes jobs. pg-boss keeps jobs in the same database as the
// articles, fetches them with SKIP LOCKED, retries failures with exponential backoff, re-queues
// jobs whose worker died (their time runs out), and moves a job that keeps failing to a
// dead-letter queue with its error. Its own tables live in schema `kabar_jobs`.

import { randomBytes } from 'node:crypto';
import pg from 'pg';
import PgBoss from 'pg-boss';
import type { Article } from '../article.js';
import { redactUrl } from '../storage/postgres/pg-store.js';

export const INGEST_QUEUE = 'kabar-ingest';
export const DEAD_LETTER_QUEUE = 'kabar-dead-letter';
const SCHEMA = 'kabar_jobs';

/** A unit of work: an article already read from a file, or a URL (page or feed) for the worker to fetch. */
export type JobData =
  | { kind: 'article'; article: Article }
  | { kind: 'fetch'; url: string; allowPrivate: boolean };

/** Queue settings; environment variables override the defaults (tests shorten them). */
export interface QueueSettings {
  /** A job still active after this long is taken to have lost its worker, and is retried. */
  jobTimeoutSeconds: number;
  /** Attempts after the first before a job goes to the dead-letter queue. */
  retries: number;
  /** First retry delay; each retry waits about twice as long as the one before. */
  retryDelaySeconds: number;
  /** How often expired jobs are looked for (one process does it for all). */
  maintenanceSeconds: number;
}

export function queueSettings(env: Record<string, string | undefined> = process.env): QueueSettings {
  const read = (name: string, fallback: number, least: number): number => {
    const value = env[name];
    if (value === undefined || value === '') return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < least) throw new Error(`${name} must be a whole number of at least ${least}, not '${value}'`);
    return n;
  };
  return {
    jobTimeoutSeconds: read('KABAR_JOB_TIMEOUT_SECONDS', 300, 1),
    retries: read('KABAR_JOB_RETRIES', 4, 0),
    retryDelaySeconds: read('KABAR_JOB_RETRY_DELAY_SECONDS', 10, 1),
    maintenanceSeconds: read('KABAR_QUEUE_MAINTENANCE_SECONDS', 30, 1),
  };
}

export interface JobCounts {
  queued: number;
  retrying: number;
  active: number;
  completed: number;
  failed: number;
  dead: number;
}

export interface DeadJob {
  id: string;
  /** What the job was for: an article's origin and title, or a URL. */
  subject: string;
  error: string;
  attempts: number;
  createdOn: string;
}

/** The queue on the database at `url`: creates its tables and queues when missing. */
export async function openQueue(url: string, settings: QueueSettings = queueSettings()): Promise<Queue> {
  const boss = new PgBoss({
    connectionString: url, schema: SCHEMA, max: 4, application_name: 'kabar-queue',
    maintenanceIntervalSeconds: settings.maintenanceSeconds,
  });
  const errors: Error[] = [];
  // pg-boss reports background failures (maintenance, a dropped connection) as events; unheard, they would crash the process.
  boss.on('error', (error) => { errors.push(error); process.stderr.write(`kabar: job queue: ${error.message}\n`); });
  try {
    await boss.start();
    if (!(await boss.getQueue(DEAD_LETTER_QUEUE))) await boss.createQueue(DEAD_LETTER_QUEUE, { name: DEAD_LETTER_QUEUE, retentionDays: 30 });
    if (!(await boss.getQueue(INGEST_QUEUE))) {
      await boss.createQueue(INGEST_QUEUE, {
        name: INGEST_QUEUE, deadLetter: DEAD_LETTER_QUEUE, retryLimit: settings.retries,
        retryDelay: settings.retryDelaySeconds, retryBackoff: true, expireInSeconds: settings.jobTimeoutSeconds,
      });
    }
  } catch (error) {
    await boss.stop({ graceful: false, wait: false }).catch(() => undefined);
    throw new Error(`${redactUrl(url)}: cannot open the job queue: ${(error as Error).message}`);
  }
  return new Queue(boss, settings, url);
}

export class Queue {
  constructor(private readonly boss: PgBoss, readonly settings: QueueSettings, private readonly url: string) {}

  async close(): Promise<void> {
    await this.boss.stop({ graceful: false, wait: true, timeout: 5_000 });
  }

  /** Adds jobs in one round trip per batch; returns how many were added. */
  async enqueue(jobs: JobData[], db?: PgBoss.Db): Promise<number> {
    if (jobs.length === 0) return 0;
    const s = this.settings;
    await this.boss.insert(jobs.map((data) => ({
      id: orderedId(), name: INGEST_QUEUE, data, retryLimit: s.retries, retryDelay: s.retryDelaySeconds, retryBackoff: true,
      expireInSeconds: s.jobTimeoutSeconds, deadLetter: DEAD_LETTER_QUEUE,
    })), db ? { db } : {});
    return jobs.length;
  }

  /** The next job, now active and this caller's until it completes, fails or times out. */
  async take(): Promise<{ id: string; data: JobData; attempt: number } | null> {
    const [job] = await this.boss.fetch<JobData>(INGEST_QUEUE, { batchSize: 1, includeMetadata: true });
    return job ? { id: job.id, data: job.data, attempt: job.retryCount + 1 } : null;
  }

  async complete(id: string, output: object): Promise<void> {
    await this.boss.complete(INGEST_QUEUE, id, output);
  }

  /** Records the failure; pg-boss retries the job later, or moves it to the dead-letter queue when its retries are used up. */
  async fail(id: string, error: Error): Promise<void> {
    await this.boss.fail(INGEST_QUEUE, id, { message: error.message });
  }

  async counts(): Promise<JobCounts> {
    const { rows } = await this.boss.getDb().executeSql(
      `SELECT name, state::text AS state, count(*)::int AS n FROM ${SCHEMA}.job WHERE name = ANY($1) GROUP BY name, state`,
      [[INGEST_QUEUE, DEAD_LETTER_QUEUE]],
    );
    const counts: JobCounts = { queued: 0, retrying: 0, active: 0, completed: 0, failed: 0, dead: 0 };
    for (const r of rows as { name: string; state: string; n: number }[]) {
      if (r.name === DEAD_LETTER_QUEUE) { if (r.state === 'created' || r.state === 'retry') counts.dead += r.n; continue; }
      if (r.state === 'created') counts.queued += r.n;
      else if (r.state === 'retry') counts.retrying += r.n;
      else if (r.state === 'active') counts.active += r.n;
      else if (r.state === 'completed') counts.completed += r.n;
      else if (r.state === 'failed') counts.failed += r.n;
    }
    return counts;
  }

  /** True when no job waits, is being retried or is running. */
  async idle(): Promise<boolean> {
    const c = await this.counts();
    return c.queued + c.retrying + c.active === 0;
  }

  /** Jobs that kept failing, newest first, with the last error. */
  async deadJobs(limit = 50): Promise<DeadJob[]> {
    const { rows } = await this.boss.getDb().executeSql(
      `SELECT id, data, output, retry_limit, created_on FROM ${SCHEMA}.job WHERE name = $1 AND state IN ('created', 'retry')
       ORDER BY created_on DESC, id LIMIT $2`, [DEAD_LETTER_QUEUE, limit],
    );
    return (rows as { id: string; data: JobData; output: { message?: string } | null; retry_limit: number; created_on: Date }[]).map((r) => ({
      id: r.id,
      subject: r.data.kind === 'fetch' ? r.data.url : `${r.data.article.origin}: ${r.data.article.title}`,
      error: r.output?.message ?? 'unknown error',
      attempts: r.retry_limit + 1,
      createdOn: r.created_on.toISOString(),
    }));
  }

  /** Puts dead jobs back on the ingest queue (after the cause was fixed); returns how many. */
  async requeueDead(): Promise<number> {
    // One transaction: a job leaves the dead-letter queue only if it is back on the ingest queue.
    const client = new pg.Client({ connectionString: this.url, application_name: 'kabar-queue' });
    await client.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query(
        `DELETE FROM ${SCHEMA}.job WHERE name = $1 AND state IN ('created', 'retry') RETURNING data`, [DEAD_LETTER_QUEUE],
      );
      const moved = await this.enqueue((rows as { data: JobData }[]).map((r) => r.data), { executeSql: (text, values) => client.query(text, values) });
      await client.query('COMMIT');
      return moved;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await client.end();
    }
  }
}

let lastMs = 0;
let counter = 0;

/**
 * A job id that sorts in the order jobs were enqueued (time, then a counter, then randomness, in
 * UUID form). Jobs inserted together share a creation time, and pg-boss then hands them out by
 * id: ordered ids keep arrival order, which is the order story assignment is meant to see.
 */
export function orderedId(): string {
  const now = Date.now();
  if (now !== lastMs) { lastMs = now; counter = 0; }
  const hex = now.toString(16).padStart(12, '0') + (counter++).toString(16).padStart(8, '0')
    + randomBytes(6).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
