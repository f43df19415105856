import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import { evaluateLangid } from '../../eval/langid.js';
import { evaluateCompare } from '../../eval/compare.js';
import { evaluateEntities } from '../../eval/entities.js';
import { evaluateNer } from '../../eval/ner.js';
import { evaluatePeople, readPeopleGold } from '../../eval/people.js';
import { evaluateQuotes, readGoldQuotes } from '../../eval/quotes.js';
import { shippedTagger } from '../../analysis/ner/tagger.js';
import { evaluateStemmer } from '../../eval/stem.js';
import { evaluateStories } from '../../eval/stories.js';
import { readSources } from '../../sources/index.js';
import { printJson } from '../io.js';
import type { CommandContext } from '../main.js';

/** Where the shared evaluation data lives, relative to the project root. */
const DEFAULT_DATA = '../shared/data';

function dataPath(ctx: CommandContext, opts: { data?: string }, ...parts: string[]): string {
  const path = join(opts.data ?? ctx.io.env.KABAR_DATA ?? DEFAULT_DATA, ...parts);
  if (!existsSync(path)) throw new Error(`${path}: evaluation data not found (give --data <dir> or KABAR_DATA)`);
  return path;
}

export function registerEval(program: Command, ctx: CommandContext): void {
  const evaluate = program.command('eval').description('measure Kabar against gold data');

  evaluate.command('langid')
    .description('sentence language identification on langid-lingua')
    .option('--data <dir>', 'the shared data folder', undefined)
    .action(async (opts: { data?: string }) => {
      const report = await evaluateLangid(dataPath(ctx, opts, 'langid-lingua'));
      if (ctx.json()) return printJson(ctx.io, report);
      ctx.io.stdout.write(`Language identification, ${report.n} sentences (langid-lingua)\n`);
      for (const [language, accuracy] of Object.entries(report.accuracy)) {
        const top = Object.entries(report.confusions[language] ?? {}).slice(0, 3).map(([l, n]) => `${l} ${n}`).join(', ');
        ctx.io.stdout.write(`  ${language}  ${accuracy.toFixed(3)}  ${top ? `(mistaken for ${top})` : ''}\n`);
      }
    });

  evaluate.command('ner')
    .description('the shipped entity tagger on the NERGrit and idner-news-2k test splits (entity-level exact match)')
    .option('--data <dir>', 'the shared data folder', undefined)
    .option('--split <name>', 'test, or valid (what training choices were made on)', 'test')
    .action((opts: { data?: string; split: string }) => {
      const tagger = shippedTagger();
      if (!tagger) throw new Error('no trained entity model: run kabar train ner');
      if (opts.split !== 'test' && opts.split !== 'valid') throw new Error(`--split ${opts.split}: expected test or valid`);
      const report = evaluateNer(dataPath(ctx, opts), tagger.model, opts.split);
      if (ctx.json()) return printJson(ctx.io, report);
      for (const [name, d] of Object.entries(report.datasets)) {
        ctx.io.stdout.write(`${name}: P ${d.precision}  R ${d.recall}  F1 ${d.f1}\n`);
        for (const [type, s] of Object.entries(d.perType)) ctx.io.stdout.write(`  ${type.padEnd(13)} P ${s.precision}  R ${s.recall}  F1 ${s.f1}  (${s.support})\n`);
        ctx.io.stdout.write('  errors: gold entities tagged with another type / with other boundaries / missed; predictions overlapping nothing\n');
        for (const [type, e] of Object.entries(d.errors)) ctx.io.stdout.write(`  ${type.padEnd(13)} ${e.wrongType} / ${e.boundary} / ${e.missed}; ${e.spurious} spurious\n`);
      }
    });

  evaluate.command('entities')
    .description('entities as the analysis finds them (gazetteer, offices, rules and tagger) on the NERGrit and idner-news-2k test splits (surface and type, exact)')
    .option('--data <dir>', 'the shared data folder', undefined)
    .option('--split <name>', 'test, or valid (what choices were made on)', 'test')
    .action((opts: { data?: string; split: string }) => {
      if (opts.split !== 'test' && opts.split !== 'valid') throw new Error(`--split ${opts.split}: expected test or valid`);
      const report = evaluateEntities(dataPath(ctx, opts), opts.split);
      if (ctx.json()) return printJson(ctx.io, report);
      for (const [name, d] of Object.entries(report.datasets)) {
        ctx.io.stdout.write(`${name} (${report.split}): P ${d.precision}  R ${d.recall}  F1 ${d.f1}\n`);
        for (const [type, s] of Object.entries(d.perType)) ctx.io.stdout.write(`  ${type.padEnd(13)} P ${s.precision}  R ${s.recall}  F1 ${s.f1}  (${s.support})\n`);
      }
    });

  evaluate.command('quotes')
    .description('quotations and their speakers against gold (Kabar\'s format, or GenderGapTracker annotations)')
    .option('--input <file>', 'gold articles, JSON Lines (default: the shared quotes-en-ggt annotations)')
    .option('--split <name>', 'only the articles of this split (eval-data/quotes-id-talas.jsonl: tune or test)')
    .option('--data <dir>', 'the shared data folder', undefined)
    .action(async (opts: { input?: string; data?: string; split?: string }) => {
      const input = opts.input ?? dataPath(ctx, opts, 'quotes-en-ggt', 'annotations.jsonl');
      const gold = readGoldQuotes(input).filter((a) => !opts.split || a.split === opts.split);
      if (gold.length === 0) throw new Error(`${input}: no articles${opts.split ? ` in split '${opts.split}'` : ''}`);
      const report = await evaluateQuotes(gold);
      if (ctx.json()) return printJson(ctx.io, report);
      ctx.io.stdout.write(`Quotes on ${input}: ${report.n} articles, ${report.gold} gold quotes, ${report.predicted} found\n`
        + `  P ${report.precision.toFixed(3)}  R ${report.recall.toFixed(3)}  F1 ${report.f1.toFixed(3)}  speaker accuracy ${report.speakerAccuracy.toFixed(3)}\n`
        + report.skipped.map((s) => `  skipped ${s.id} (${s.goldQuotes} gold quotes): ${s.reason}\n`).join(''));
    });

  evaluate.command('people')
    .description('persons found in English news against the people GenderGapTracker\'s annotators list per article')
    .option('--input <file>', 'annotations, JSON Lines with articleBodyText and people (default: the shared quotes-en-ggt)')
    .option('--data <dir>', 'the shared data folder', undefined)
    .action(async (opts: { input?: string; data?: string }) => {
      const input = opts.input ?? dataPath(ctx, opts, 'quotes-en-ggt', 'annotations.jsonl');
      const report = await evaluatePeople(readPeopleGold(input));
      if (ctx.json()) return printJson(ctx.io, report);
      ctx.io.stdout.write(`People in ${input}: ${report.n} articles, ${report.gold} gold names, ${report.predicted} found\n`
        + `  exact name: P ${report.precision.toFixed(3)}  R ${report.recall.toFixed(3)}  F1 ${report.f1.toFixed(3)}\n`
        + `  same surname: P ${report.bySurname.precision.toFixed(3)}  R ${report.bySurname.recall.toFixed(3)}  F1 ${report.bySurname.f1.toFixed(3)}\n`);
    });

  evaluate.command('compare')
    .description('what compare flags against hand labels (discrepancies and agreements)')
    .option('--input <file>', 'labelled pairs, JSON Lines', 'eval-data/compare-pairs.jsonl')
    .action(async (opts: { input: string }) => {
      const report = await evaluateCompare(opts.input);
      if (ctx.json()) return printJson(ctx.io, report);
      const line = (name: string, s: { precision: number; recall: number; flagged: number; labelled: number }) =>
        `  ${name}: precision ${s.precision.toFixed(3)} (${s.flagged} flagged), recall ${s.recall.toFixed(3)} (${s.labelled} labelled)\n`;
      ctx.io.stdout.write(`Compare on ${opts.input}: ${report.pairs.length} pairs\n${line('discrepancies', report.discrepancies)}${line('agreements', report.agreements)}`);
      for (const p of report.pairs) {
        for (const [what, items] of [['false discrepancy', p.falseDiscrepancies], ['missed discrepancy', p.missedDiscrepancies], ['false agreement', p.falseAgreements], ['missed agreement', p.missedAgreements]] as const) {
          for (const item of items) ctx.io.stdout.write(`    ${p.name}: ${what}: ${item}\n`);
        }
      }
    });

  evaluate.command('stem')
    .description('the Indonesian stemmer on Sastrawi\'s functional test pairs')
    .option('--data <dir>', 'the shared data folder', undefined)
    .action((opts: { data?: string }) => {
      const report = evaluateStemmer(dataPath(ctx, opts, 'stems-id-sastrawi', 'stem_pairs_functional_test.tsv'));
      if (ctx.json()) return printJson(ctx.io, report);
      ctx.io.stdout.write(`Stemmer accuracy ${report.accuracy.toFixed(3)} on ${report.n} pairs (rules alone ${report.rulesOnly.toFixed(3)}); ${report.failures.length} failures:\n`);
      for (const f of report.failures) ctx.io.stdout.write(`  ${f.word} → ${f.got} (expected ${f.expected})\n`);
    });

  evaluate.command('stories')
    .description('story clustering against gold labels (gold, event or topic field), in publication order')
    .requiredOption('--input <file>', 'articles with gold labels (JSON Lines, JSON or CSV)')
    .action(async (opts: { input: string }) => {
      const bar = ctx.io.stderr.isTTY && !ctx.json()
        ? new cliProgress.SingleBar({ format: 'clustering | {bar} | {value}/{total}', stream: ctx.io.stderr as NodeJS.WritableStream }, cliProgress.Presets.shades_classic)
        : null;
      let started = false;
      const report = await evaluateStories(readSources([opts.input]), (done, total) => {
        if (!started) { bar?.start(total, 0); started = true; }
        bar?.update(done);
      });
      bar?.stop();
      if (ctx.json()) return printJson(ctx.io, report);
      ctx.io.stdout.write(`Stories on ${opts.input}: ${report.n} articles, ${report.clusters} stories (gold ${report.goldClusters})\n`
        + `  B-cubed   P ${report.bcubed.precision.toFixed(3)}  R ${report.bcubed.recall.toFixed(3)}  F1 ${report.bcubed.f1.toFixed(3)}\n`
        + `  pairwise  P ${report.pairwise.precision.toFixed(3)}  R ${report.pairwise.recall.toFixed(3)}  F1 ${report.pairwise.f1.toFixed(3)}\n`);
    });
}
