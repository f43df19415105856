import type { Command } from 'commander';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { InvalidArgumentError } from 'commander';
import { realCorpus, runBench } from '../../bench/run.js';
import { benchWorkers } from '../../bench/workers.js';
import { isPostgresUrl } from '../../storage/open.js';
import { printJson } from '../io.js';
import type { CommandContext } from '../main.js';
import { positiveInt } from './options.js';
import { defaultAnalysisThreads } from '../../analysis/pool.js';

export function registerBench(program: Command, ctx: CommandContext): void {
  program.command('bench')
    .description('measure speed and scale: the real corpora replayed, a synthetic stream, and the scikit-learn peer')
    .option('--size <n>', 'articles in the synthetic stream (1000000 for the full scale run)', positiveInt, 2000)
    .option('--data <dir>', 'the shared data folder (falls back to the sample corpus)', '../shared/data')
    .option('--out <file>', 'also write the figures to this JSON file', 'bench-results.json')
    .option('--keep <file>', 'keep the database the synthetic stream built (scripts/replay-stream.ts replays more of the stream on it)', keptFile)
    .option('--threads <n>', `threads that analyse ahead of the store in the ingest run and the synthetic stream (default: the cores less one, at most 4: ${defaultAnalysisThreads()} here)`, positiveInt, defaultAnalysisThreads())
    .option('--workers <list>', 'with --db postgres://…: worker processes per run, comma-separated', workerList, [1, 2])
    .action(async (opts: { size: number; data: string; out: string; workers: number[]; threads: number; keep?: string }) => {
      if (isPostgresUrl(ctx.database())) {
        const say = (m: string) => { if (!ctx.json()) ctx.io.stderr.write(`${m}\n`); };
        const articles = await realCorpus(opts.data);
        const runs = await benchWorkers(ctx.database(), articles, opts.workers, say);
        const report = { suite: 'bench-postgres', node: process.version, cores: availableParallelism(), runs };
        writeFileSync(opts.out, `${JSON.stringify(report, null, 2)}\n`);
        if (ctx.json()) return printJson(ctx.io, report);
        const o = ctx.io.stdout;
        o.write(`Kabar bench on PostgreSQL (${report.node}, ${report.cores} cores; figures also in ${opts.out}): the real corpora through the job queue\n`);
        o.write('  workers  articles  articles/s  wall s  stories  agreement with 1st run\n');
        for (const r of runs) {
          o.write(`  ${String(r.workers).padStart(7)}  ${String(r.articles).padStart(8)}  ${String(r.articlesPerSecond).padStart(10)}  ${String(r.wallSeconds).padStart(6)}  ${String(r.stories).padStart(7)}  ${r.agreementWithFirst}\n`);
        }
        return;
      }
      const report = await runBench({ dataDir: opts.data, size: opts.size, threads: opts.threads, keepStore: opts.keep, onProgress: (m) => { if (!ctx.json()) ctx.io.stderr.write(`${m}\n`); } });
      writeFileSync(opts.out, `${JSON.stringify(report, null, 2)}\n`);
      if (ctx.json()) return printJson(ctx.io, report);
      const o = ctx.io.stdout;
      o.write(`Kabar bench (${report.node}; figures also in ${opts.out})\n`);
      o.write(`  whole pipeline, ${report.real.corpus === 'sample' ? 'the SAMPLE corpus (the shared data was not found; give --data <dir>)' : 'real corpora'}: ${report.real.articles} articles of ${report.real.meanBytes} bytes on average, ${report.real.articlesPerSecond} articles/s (analysis ${Math.round(report.real.analysisShare * 100)}% of the time; loading the models first took ${Math.round(report.real.startupMs)} ms)\n`);
      o.write(`    analysis per article: ${Object.entries(report.real.analysisStagesMs).map(([stage, ms]) => `${stage} ${ms}`).join(', ')} ms\n`);
      o.write(`  the same files through kabar ingest, in a process of its own (transactions of ${report.ingest.batch}, analysis on ${report.ingest.threads} thread${report.ingest.threads === 1 ? '' : 's'} beside the store's): ${report.ingest.articles} articles, ${report.ingest.articlesPerSecond} articles/s\n`);
      o.write(`  synthetic stream: ${report.scale.size} articles (analysis on ${report.scale.threads} thread${report.scale.threads === 1 ? '' : 's'}), ${report.scale.articlesPerSecond} articles/s, peak RSS ${report.scale.peakRssMb} MB, ${report.scale.dbBytesPerArticle} database bytes per article\n`);
      const { stories } = report.scale;
      o.write(`  its stories: ${stories.found} found for the ${stories.built} it was built with, B-cubed F1 ${stories.bcubed.f1} (P ${stories.bcubed.precision}, R ${stories.bcubed.recall})\n`);
      o.write('  assignment latency (story assignment and storage, after analysis):\n');
      for (const c of report.scale.checkpoints) {
        const w = c.perArticleMs;
        o.write(`    at ${String(c.stored).padStart(8)} stored: p50 ${c.p50ms} ms, p99 ${c.p99ms} ms, slowest ${c.maxMs} ms; RSS ${c.rssMb} MB (peak so far ${c.peakRssMb})\n`);
        o.write(`      per article since the last mark: candidates ${w.candidates}, centroids ${w.centroids}, frequencies ${w.frequencies}, storing ${w.storing}, the rest (weighing, commit) ${w.rest} ms\n`);
      }
      o.write(`  reads on the store it built (${report.scale.size} articles; each once, cold):\n`);
      for (const r of report.scale.reads) o.write(`    ${r.read.padEnd(60)} ${String(r.ms).padStart(9)} ms  (${r.size})\n`);
      o.write('  the largest inputs accepted, analysed once each:\n');
      for (const l of report.largest) o.write(`    ${l.input.padEnd(48)} ${String(l.chars).padStart(9)} characters ${String(l.ms).padStart(7)} ms  (${l.sentences} sentences, ${l.quotes} quotations)\n`);
      if (report.peer.available) {
        o.write(`  peer (scikit-learn TF-IDF + clustering, ${report.peer.articles} English articles): ${report.peer.secondsPerRun} s per clustering; Kabar's whole pipeline on the same articles: ${report.peer.kabarSecondsForSameArticles} s (ratio ${report.peer.ratio})\n`);
      } else {
        o.write(`  peer: not run (${report.peer.note})\n`);
      }
      o.write('  against the targets:\n');
      for (const t of report.targets) o.write(`    ${(t.met === null ? 'not measured' : t.met ? 'met' : 'NOT MET').padEnd(12)}  ${t.target}: ${t.measured.replace(/^not measured: /, '')}\n`);
    });
}

/** Said before the run, not after an hour of it: the folder to keep the database in must exist. */
function keptFile(value: string): string {
  const folder = dirname(resolve(value));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new InvalidArgumentError(`'${value}': no folder ${folder} to keep the database in`);
  return value;
}

function workerList(value: string): number[] {
  const list = value.split(',').map((v) => Number(v.trim()));
  if (list.length === 0 || list.some((n) => !Number.isInteger(n) || n < 1 || n > 64)) throw new InvalidArgumentError(`'${value}' is not a list of worker counts like 1,2,4`);
  return list;
}
