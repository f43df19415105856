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
  modelCommand(train, 'ner', 'train the Indonesian entity tagger on the NERGrit and idner-news-2k train splits (deterministic)', NER_MODEL_URL, 'model')
    .action(async (opts: { data: string; output: string }) => {
      needData(opts.data);
      const started = Date.now();
      const model = await trainNer(opts.data, opts.output, (epoch) => {
        if (!ctx.json()) ctx.io.stderr.write(`epoch ${epoch}/${NER_TRAINING.epochs * NER_TRAINING.seeds.length}\n`);
      });
      const summary = { output: opts.output, features: Object.keys(model.weights).length, seconds: (Date.now() - started) / 1000, trainedOn: model.trainedOn };
      if (ctx.json()) printJson(ctx.io, summary);
      else ctx.io.stdout.write(`wrote ${summary.output}: ${summary.features} features in ${summary.seconds.toFixed(1)} s\n`);
    });
  modelCommand(train, 'words', 'count the Indonesian words of the shared corpora, for the stemmer (deterministic)', WORDS_MODEL_URL, 'list')
    .action(async (opts: { data: string; output: string }) => {
      needData(opts.data);
      const list = await trainWords(opts.data, opts.output);
      const summary = { output: opts.output, words: Object.keys(list.counts).length, minCount: list.minCount, derivedFrom: list.derivedFrom };
      if (ctx.json()) printJson(ctx.io, summary);
      else ctx.io.stdout.write(`wrote ${summary.output}: ${summary.words} words seen at least ${summary.minCount} times\n`);
    });
  modelCommand(train, 'frequencies', 'count in how many articles of the shared news corpora each stem occurs, for story similarity (deterministic; again after the stemmer changes)', FREQUENCIES_MODEL_URL, 'counts')
    .action(async (opts: { data: string; output: string }) => {
      needData(opts.data);
      const model = await trainFrequencies(opts.data, opts.output);
      const languages = Object.fromEntries(Object.entries(model.languages).map(([l, t]) => [l, { documents: t.documents, stems: Object.keys(t.df).length }]));
      if (ctx.json()) printJson(ctx.io, { output: opts.output, languages, derivedFrom: model.derivedFrom });
      else ctx.io.stdout.write(`wrote ${opts.output}: ${Object.entries(languages).map(([l, t]) => `${l} ${t.stems} stems over ${t.documents} articles`).join(', ')}\n`);
    });
}

/** A `train` subcommand: it reads the shared data folder (`--data`) and writes one model file (`--output`, by default the shipped one). */
function modelCommand(train: Command, name: string, description: string, model: URL, what: string): Command {
  return train.command(name).description(description)
    .option('--data <dir>', 'the shared data folder', '../shared/data')
    .option('--output <file>', `where to write the ${what}`, fileURLToPath(model));
}

function needData(dir: string): void {
  if (!existsSync(dir)) throw new Error(`${dir}: training data not found (give --data <dir>)`);
}
