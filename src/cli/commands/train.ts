import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NER_MODEL_URL } from '../../analysis/ner/tagger.js';
import { NER_TRAINING, trainNer } from '../../train/ner.js';
import { WORDS_MODEL_URL } from '../../analysis/word-counts.js';
import { trainWords } from '../../train/words.js';
import { FREQUENCIES_MODEL_URL } from '../../stories/background-frequencies.js';
import { trainFrequencies } from '../../train/frequencies.js';
import { printJson } from '../io.js';
import type { CommandContext } from '../main.js';

export function registerTrain(program: Command, ctx: CommandContext): void {
  const train = program.command('train').description('train Kabar\'s models from the shared data');
  train.command('ner')
    .description('train the Indonesian entity tagger on the NERGrit and idner-news-2k train splits (deterministic)')
    .option('--data <dir>', 'the shared data folder', '../shared/data')
    .option('--output <file>', 'where to write the model', fileURLToPath(NER_MODEL_URL))
    .action(async (opts: { data: string; output: string }) => {
      if (!existsSync(opts.data)) throw new Error(`${opts.data}: training data not found (give --data <dir>)`);
      const started = Date.now();
      const model = await trainNer(opts.data, opts.output, (epoch) => {
        if (!ctx.json()) ctx.io.stderr.write(`epoch ${epoch}/${NER_TRAINING.epochs * NER_TRAINING.seeds.length}\n`);
      });
      const summary = { output: opts.output, features: Object.keys(model.weights).length, seconds: (Date.now() - started) / 1000, trainedOn: model.trainedOn };
      if (ctx.json()) printJson(ctx.io, summary);
      else ctx.io.stdout.write(`wrote ${summary.output}: ${summary.features} features in ${summary.seconds.toFixed(1)} s\n`);
    });
  train.command('words')
    .description('count the Indonesian words of the shared corpora, for the stemmer (deterministic)')
    .option('--data <dir>', 'the shared data folder', '../shared/data')
    .option('--output <file>', 'where to write the list', fileURLToPath(WORDS_MODEL_URL))
    .action(async (opts: { data: string; output: string }) => {
      if (!existsSync(opts.data)) throw new Error(`${opts.data}: training data not found (give --data <dir>)`);
      const list = await trainWords(opts.data, opts.output);
      const summary = { output: opts.output, words: Object.keys(list.counts).length, minCount: list.minCount, derivedFrom: list.derivedFrom };
      if (ctx.json()) printJson(ctx.io, summary);
      else ctx.io.stdout.write(`wrote ${summary.output}: ${summary.words} words seen at least ${summary.minCount} times\n`);
    });
  train.command('frequencies')
    .description('count in how many articles of the shared news corpora each stem occurs, for story similarity (deterministic; again after the stemmer changes)')
    .option('--data <dir>', 'the shared data folder', '../shared/data')
    .option('--output <file>', 'where to write the counts', fileURLToPath(FREQUENCIES_MODEL_URL))
    .action(async (opts: { data: string; output: string }) => {
      if (!existsSync(opts.data)) throw new Error(`${opts.data}: training data not found (give --data <dir>)`);
      const model = await trainFrequencies(opts.data, opts.output);
      const languages = Object.fromEntries(Object.entries(model.languages).map(([l, t]) => [l, { documents: t.documents, stems: Object.keys(t.df).length }]));
      if (ctx.json()) printJson(ctx.io, { output: opts.output, languages, derivedFrom: model.derivedFrom });
      else ctx.io.stdout.write(`wrote ${opts.output}: ${Object.entries(languages).map(([l, t]) => `${l} ${t.stems} stems over ${t.documents} articles`).join(', ')}\n`);
    });
}
