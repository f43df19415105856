import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { FILE_INGEST_BATCH, ingestAll, type IngestEvent, type IngestSummary } from '../../pipeline.js';
import { defaultAnalysisThreads } from '../../analysis/pool.js';
import { openQueue, queueSettings, type JobData } from '../../queue/queue.js';
import { readSources, type ReadOptions } from '../../sources/index.js';
import type { SourceFormat } from '../../article.js';
import { isPostgresUrl } from '../../storage/open.js';
import { EXIT, palette, printJson, type Output } from '../io.js';
import { parseInterval, watchInputs } from '../../watch.js';
import type { CommandContext } from '../main.js';

const FORMATS: SourceFormat[] = ['text', 'json', 'jsonl', 'csv', 'html', 'feed'];

function eventLine(event: IngestEvent): Record<string, unknown> {
  switch (event.type) {
    case 'ingested': return { event: 'ingested', id: event.article.id, story: event.assignment.storyId, created: event.assignment.created, duplicateOf: event.assignment.duplicateOf };
    case 'duplicate': return { event: 'duplicate', id: event.article.id };
    case 'rejected': return { event: 'rejected', origin: event.error.origin, reason: event.error.reason };
  }
}

export function registerIngest(program: Command, ctx: CommandContext): void {
  program.command('ingest')
    .description('ingest articles from files, directories, URLs (pages or feeds) or - for standard input')
    .argument('<inputs...>', 'paths, directories, http(s) URLs, or -')
    .option('--format <format>', `format of standard input or of files without an extension (${FORMATS.join(', ')})`)
    .option('--allow-private', 'allow fetching URLs on loopback or private networks', false)
    .option('--events', 'print one JSON line per article as it is stored (or found duplicate, or rejected)', false)
    .option('--direct', 'on PostgreSQL, process the articles in this process instead of queueing them for workers', false)
    .option('--batch <n>', `articles stored per transaction (default: ${FILE_INGEST_BATCH} on SQLite for files and URLs, else 1)`)
    .option('--threads <n>', `threads that analyse the next articles while this one stores (default: the cores less one, at most 4: ${defaultAnalysisThreads()} here; 0: none)`)
    .option('--watch <interval>', 'read the inputs again every interval (30s, 5m, 1h) and ingest what is new, until Ctrl-C; feeds are asked for only if changed')
    .option('--rounds <n>', 'with --watch: stop after this many readings')
    .action(async (inputs: string[], opts: IngestFlags) => {
      if (opts.format && !FORMATS.includes(opts.format as SourceFormat)) {
        throw new Error(`--format must be one of ${FORMATS.join(', ')}, not '${opts.format}'`);
      }
      const { io } = ctx;
      const readOptions: ReadOptions = {
        stdin: io.stdin,
        format: opts.format as SourceFormat | undefined,
        fetch: { allowPrivate: opts.allowPrivate || io.env.KABAR_ALLOW_PRIVATE_URLS === '1' },
      };
      if (opts.watch !== undefined) {
        await watch(ctx, inputs, opts, readOptions);
        return;
      }
      if (opts.rounds !== undefined) throw new Error('--rounds is for --watch');
      if (isPostgresUrl(ctx.database()) && !opts.direct) {
        await enqueueInputs(ctx, inputs, readOptions);
        return;
      }
      const store = await ctx.store();
      const showProgress = Boolean(io.stderr.isTTY) && !ctx.json();
      const bar = showProgress
        ? new cliProgress.SingleBar({
          format: 'ingesting | {value} read | {ingested} new, {duplicates} duplicates, {rejected} rejected | {rate}/s',
          stream: io.stderr as NodeJS.WritableStream, hideCursor: true,
        })
        : null;
      const counts = { ingested: 0, duplicates: 0, rejected: 0, rate: '0' };
      const started = Date.now();
      bar?.start(0, 0, counts);
      let seen = 0;
      const onEvent = (event: IngestEvent): void => {
        seen++;
        // Written after the article's transaction committed: a line here means the article is stored.
        if (opts.events) io.stdout.write(`${JSON.stringify(eventLine(event))}\n`);
        if (event.type === 'ingested') counts.ingested++;
        else if (event.type === 'duplicate') counts.duplicates++;
        else counts.rejected++;
        counts.rate = (seen / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
        bar?.setTotal(seen);
        bar?.update(seen, counts);
      };
      const threads = threadCount(opts.threads);
      const summary = await ingestAll(store, readSources(inputs, readOptions), onEvent, { batch: batchSize(opts.batch, store.kind, inputs), threads });
      bar?.stop();
      const seconds = (Date.now() - started) / 1000;
      if (ctx.json()) {
        printJson(io, { ...summary, rejectedCount: summary.rejected.length, seconds: Math.round(seconds * 1000) / 1000 });
      } else {
        const c = palette(io.stdout, io.env);
        io.stdout.write(`${c.bold('Ingest summary')}: ${summaryCounts(summary, c)} (${seconds.toFixed(1)} s`
          + `${summary.analysedOnThreads ? `; ${summary.analysedOnThreads} analysed on ${threads} thread${threads > 1 ? 's' : ''}` : ''})\n`);
        writeRejected(io.stdout, summary, c);
      }
      if (summary.rejected.length > 0) ctx.exitCode = EXIT.rejected;
    });
}

interface IngestFlags {
  format?: string;
  allowPrivate: boolean;
  events: boolean;
  direct: boolean;
  batch?: string;
  threads?: string;
  watch?: string;
  rounds?: string;
}

/**
 * `ingest --watch`: reads the inputs every interval in this process (on PostgreSQL too: a round
 * is the new items of a few feeds, and the conditional requests need the last answers' validators),
 * a line (or a JSON line) per round. Ctrl-C stops after the round in hand, or at once between rounds.
 */
async function watch(ctx: CommandContext, inputs: string[], opts: IngestFlags, readOptions: ReadOptions): Promise<void> {
  const { io } = ctx;
  const everyMs = parseInterval(opts.watch!);
  const rounds = opts.rounds === undefined ? undefined : wholeNumber('--rounds', opts.rounds, 1, 1_000_000);
  const store = await ctx.store();
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const c = palette(io.stdout, io.env);
  if (!ctx.json()) io.stderr.write(`Watching ${inputs.length} input${inputs.length > 1 ? 's' : ''} every ${opts.watch}${rounds ? `, ${rounds} rounds` : ' (Ctrl-C stops it)'}\n`);
  try {
    const totals = await watchInputs(store, inputs, {
      everyMs, rounds, signal: stop.signal, read: readOptions,
      ingest: { batch: batchSize(opts.batch, store.kind, inputs), threads: threadCount(opts.threads) },
      onEvent: opts.events ? (event) => io.stdout.write(`${JSON.stringify(eventLine(event))}\n`) : undefined,
      onRound: (r) => {
        const { summary } = r;
        if (ctx.json()) {
          io.stdout.write(`${JSON.stringify({ event: 'round', round: r.round, startedAt: r.startedAt, seconds: r.seconds, ingested: summary.ingested, duplicates: summary.duplicates, storiesCreated: summary.storiesCreated, rejected: summary.rejected, unchanged: r.unchanged, unchangedFiles: r.unchangedFiles })}\n`);
          return;
        }
        io.stdout.write(`${c.bold(`Round ${r.round}`)} (${r.startedAt.slice(11, 19)} UTC): ${summaryCounts(summary, c)}`
          + `${r.unchanged.length ? `; ${r.unchanged.length} URL${r.unchanged.length > 1 ? 's' : ''} unchanged` : ''}`
          + `${r.unchangedFiles ? `; ${r.unchangedFiles} file${r.unchangedFiles > 1 ? 's' : ''} unchanged` : ''} (${r.seconds.toFixed(1)} s)\n`);
        writeRejected(io.stdout, summary, c);
      },
    });
    if (ctx.json()) io.stdout.write(`${JSON.stringify({ event: 'stopped', ...totals })}\n`);
    else io.stdout.write(`${c.bold('Watch stopped')} after ${totals.rounds} round${totals.rounds === 1 ? '' : 's'}: ${totals.ingested} ingested, ${totals.duplicates} duplicates, ${totals.rejected} rejected, ${totals.storiesCreated} new stories\n`);
    if (totals.rejected > 0) ctx.exitCode = EXIT.rejected;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

type Palette = ReturnType<typeof palette>;

/** `3 ingested, 2 duplicates, 0 rejected, 1 new stories`, coloured. */
function summaryCounts(summary: IngestSummary, c: Palette): string {
  return `${c.green(`${summary.ingested} ingested`)}, ${summary.duplicates} duplicates, `
    + `${summary.rejected.length ? c.red(`${summary.rejected.length} rejected`) : '0 rejected'}, ${summary.storiesCreated} new stories`;
}

/** Each rejected input with its reason, a line each. */
function writeRejected(out: Output, summary: IngestSummary, c: Palette): void {
  for (const r of summary.rejected) out.write(`  ${c.red('rejected')} ${r.origin}: ${r.reason}\n`);
}

function wholeNumber(flag: string, given: string, min: number, max: number): number {
  const n = Number(given);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${flag} must be a whole number from ${min} to ${max}, not '${given}'`);
  return n;
}

function batchSize(given: string | undefined, kind: string, inputs: string[]): number {
  if (given !== undefined) return wholeNumber('--batch', given, 1, 1000);
  return kind === 'sqlite' && !inputs.includes('-') ? FILE_INGEST_BATCH : 1;
}

function threadCount(given: string | undefined): number {
  if (given === undefined) return defaultAnalysisThreads();
  return wholeNumber('--threads', given, 0, 64);
}

/** Jobs are inserted this many at a time. */
const ENQUEUE_BATCH = 500;

/**
 * On PostgreSQL: files and standard input are read here (workers on other machines cannot see
 * them) and each article becomes a job; URLs become jobs that a worker fetches.
 */
async function enqueueInputs(ctx: CommandContext, inputs: string[], readOptions: ReadOptions): Promise<void> {
  const { io } = ctx;
  const queue = await openQueue(ctx.database(), queueSettings(ctx.io.env));
  const rejected: { origin: string; reason: string }[] = [];
  let articles = 0;
  let urls = 0;
  try {
    const fetchJobs: JobData[] = inputs.filter((i) => /^https?:\/\//i.test(i))
      .map((url) => ({ kind: 'fetch', url, allowPrivate: readOptions.fetch?.allowPrivate ?? false }));
    urls = await queue.enqueue(fetchJobs);
    let batch: JobData[] = [];
    for await (const item of readSources(inputs.filter((i) => !/^https?:\/\//i.test(i)), readOptions)) {
      if (!item.ok) { rejected.push({ origin: item.error.origin, reason: item.error.reason }); continue; }
      batch.push({ kind: 'article', article: item.value });
      if (batch.length >= ENQUEUE_BATCH) { articles += await queue.enqueue(batch); batch = []; }
    }
    articles += await queue.enqueue(batch);
  } finally {
    await queue.close();
  }
  if (ctx.json()) {
    printJson(io, { queued: articles + urls, articles, urls, rejected, rejectedCount: rejected.length });
  } else {
    const c = palette(io.stdout, io.env);
    io.stdout.write(`${c.bold('Queued')}: ${articles} articles and ${urls} URLs for the workers (kabar worker; kabar jobs shows progress), `
      + `${rejected.length ? c.red(`${rejected.length} rejected`) : '0 rejected'}\n`);
    for (const r of rejected) io.stdout.write(`  ${c.red('rejected')} ${r.origin}: ${r.reason}\n`);
  }
  if (rejected.length > 0) ctx.exitCode = EXIT.rejected;
}
