import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { FILE_INGEST_BATCH, ingestAll, type IngestEvent } from '../../pipeline.js';
import { defaultAnalysisThreads } from '../../analysis/pool.js';
import { openQueue, queueSettings, type JobData } from '../../queue/queue.js';
import { readSources, type ReadOptions } from '../../sources/index.js';
import type { SourceFormat } from '../../article.js';
import { isPostgresUrl } from '../../storage/open.js';
import { EXIT, palette, printJson } from '../io.js';
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
    .action(async (inputs: string[], opts: { format?: string; allowPrivate: boolean; events: boolean; direct: boolean; batch?: string; threads?: string }) => {
      if (opts.format && !FORMATS.includes(opts.format as SourceFormat)) {
        throw new Error(`--format must be one of ${FORMATS.join(', ')}, not '${opts.format}'`);
      }
      const { io } = ctx;
      const readOptions: ReadOptions = {
        stdin: io.stdin,
        format: opts.format as SourceFormat | undefined,
        fetch: { allowPrivate: opts.allowPrivate || io.env.KABAR_ALLOW_PRIVATE_URLS === '1' },
      };
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
        io.stdout.write(`${c.bold('Ingest summary')}: ${c.green(`${summary.ingested} ingested`)}, ${summary.duplicates} duplicates, `
          + `${summary.rejected.length ? c.red(`${summary.rejected.length} rejected`) : '0 rejected'}, ${summary.storiesCreated} new stories (${seconds.toFixed(1)} s`
          + `${summary.analysedOnThreads ? `; ${summary.analysedOnThreads} analysed on ${threads} thread${threads > 1 ? 's' : ''}` : ''})\n`);
        for (const r of summary.rejected) io.stdout.write(`  ${c.red('rejected')} ${r.origin}: ${r.reason}\n`);
      }
      if (summary.rejected.length > 0) ctx.exitCode = EXIT.rejected;
    });
}


function batchSize(given: string | undefined, kind: string, inputs: string[]): number {
  if (given !== undefined) {
    const n = Number(given);
    if (!Number.isInteger(n) || n < 1 || n > 1000) throw new Error(`--batch must be a whole number from 1 to 1000, not '${given}'`);
    return n;
  }
  return kind === 'sqlite' && !inputs.includes('-') ? FILE_INGEST_BATCH : 1;
}

function threadCount(given: string | undefined): number {
  if (given === undefined) return defaultAnalysisThreads();
  const n = Number(given);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new Error(`--threads must be a whole number from 0 to 64, not '${given}'`);
  return n;
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
