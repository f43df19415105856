import type { Command } from 'commander';
import { openQueue, queueSettings } from '../../queue/queue.js';
import { runWorker } from '../../queue/worker.js';
import { isPostgresUrl } from '../../storage/open.js';
import { warmUpAnalysis } from '../../analysis/warm-up.js';
import { EXIT, palette, printJson } from '../io.js';
import type { CommandContext } from '../main.js';
import { positiveInt } from './options.js';

/** How often a worker in a terminal reports how far it got. */
const REPORT_EVERY_MS = 5_000;

function requirePostgres(ctx: CommandContext, command: string): void {
  if (!isPostgresUrl(ctx.database())) {
    throw new Error(`kabar ${command} needs a PostgreSQL database (--db postgres://… or KABAR_DATABASE_URL); on SQLite, kabar ingest does the work itself`);
  }
}

export function registerWorker(program: Command, ctx: CommandContext): void {
  program.command('worker')
    .description('take ingest jobs off the PostgreSQL queue: fetch, analyse, assign stories (run any number, on any machine)')
    .option('--exit-when-idle', 'stop once no job is queued, retrying or running', false)
    .option('--poll-ms <n>', 'wait this long before asking again when the queue is empty', positiveInt, 1000)
    .option('--allow-private', 'allow fetching URLs on loopback or private networks', false)
    .option('--events', 'print one JSON line per job as it starts, completes or fails', false)
    .action(async (opts: { exitWhenIdle: boolean; pollMs: number; allowPrivate: boolean; events: boolean }) => {
      requirePostgres(ctx, 'worker');
      const { io } = ctx;
      const store = await ctx.store();
      const queue = await openQueue(ctx.database(), queueSettings(ctx.io.env));
      const stop = new AbortController();
      // SIGTERM/SIGINT: finish the job in hand, then exit; a job cut off harder is retried when its time runs out.
      const onSignal = () => stop.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      const started = Date.now();
      let lastReport = started;
      let done = 0;
      let failed = 0;
      const c = palette(io.stderr, io.env);
      // The models load before the first job, not while it holds its lease.
      await warmUpAnalysis();
      if (!ctx.json()) io.stderr.write(`Kabar worker ${process.pid} is taking jobs${opts.exitWhenIdle ? ' until the queue is empty' : ' (Ctrl-C stops it)'}\n`);
      try {
        const summary = await runWorker(store, queue, {
          exitWhenIdle: opts.exitWhenIdle, pollMs: opts.pollMs, allowPrivate: opts.allowPrivate || io.env.KABAR_ALLOW_PRIVATE_URLS === '1',
          signal: stop.signal,
          onStart: (job) => { if (opts.events) io.stdout.write(`${JSON.stringify({ event: 'started', job: job.id, attempt: job.attempt })}\n`); },
          onJob: (job) => {
            if (job.ok) done++; else failed++;
            if (opts.events) io.stdout.write(`${JSON.stringify({ event: job.ok ? 'completed' : 'failed', job: job.id, attempt: job.attempt, ...(job.error ? { error: job.error } : {}) })}\n`);
            else if (!job.ok && !ctx.json()) io.stderr.write(`${c.red('failed')} job ${job.id} (attempt ${job.attempt}): ${job.error}\n`);
            if (!opts.events && !ctx.json() && Date.now() - lastReport >= REPORT_EVERY_MS) {
              lastReport = Date.now();
              io.stderr.write(`worker ${process.pid}: ${done} jobs done, ${failed} failed attempts (${(done / ((Date.now() - started) / 1000)).toFixed(1)}/s)\n`);
            }
          },
        });
        const seconds = Math.round((Date.now() - started) / 10) / 100;
        if (ctx.json()) printJson(io, { ...summary, seconds });
        else if (!opts.events) io.stderr.write(`worker ${process.pid}: ${summary.jobs} jobs, ${summary.ingested} articles stored, ${summary.duplicates} duplicates, ${summary.storiesCreated} new stories, ${summary.failedAttempts} failed attempts (${seconds} s)\n`);
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await queue.close();
      }
    });

  program.command('jobs')
    .description('the PostgreSQL job queue: jobs waiting, running, done, and the dead-letter list with errors')
    .option('--limit <n>', 'dead jobs to list', positiveInt, 20)
    .option('--retry-dead', 'put every dead job back on the queue (after fixing the cause)', false)
    .action(async (opts: { limit: number; retryDead: boolean }) => {
      requirePostgres(ctx, 'jobs');
      const { io } = ctx;
      const queue = await openQueue(ctx.database(), queueSettings(ctx.io.env));
      try {
        const requeued = opts.retryDead ? await queue.requeueDead() : 0;
        const counts = await queue.counts();
        const dead = await queue.deadJobs(opts.limit);
        // Like a rejected input: done, but something needs a person's attention.
        if (counts.dead > 0) ctx.exitCode = EXIT.rejected;
        if (ctx.json()) {
          printJson(io, { counts, dead, ...(opts.retryDead ? { requeued } : {}) });
          return;
        }
        const c = palette(io.stdout, io.env);
        if (opts.retryDead) io.stdout.write(`Put ${requeued} dead jobs back on the queue.\n`);
        io.stdout.write(`${c.bold('Jobs')}: ${counts.queued} queued, ${counts.retrying} waiting to retry, ${counts.active} running, `
          + `${counts.completed} completed (recent), ${counts.failed} failed for good, ${counts.dead ? c.red(`${counts.dead} dead`) : '0 dead'}\n`);
        for (const job of dead) io.stdout.write(`  ${c.red('dead')} ${job.subject}\n       ${job.error} (${job.attempts} attempts, ${job.createdOn})\n`);
        if (counts.dead > dead.length) io.stdout.write(`  … and ${counts.dead - dead.length} more (--limit)\n`);
      } finally {
        await queue.close();
      }
    });
}
