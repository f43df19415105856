import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { analyzeArticle } from '../../analysis/index.js';
import { readSources } from '../../sources/index.js';
import { printJson } from '../io.js';
import type { CommandContext } from '../main.js';

export function registerAnalyze(program: Command, ctx: CommandContext): void {
  program.command('analyze')
    .description('the whole analysis of one article: language, sentences, numbers, dates, entities, quotes')
    .argument('<article>', 'a file, or the id of a stored article')
    .action(async (ref: string) => {
      const results = [];
      if (existsSync(ref)) {
        for await (const item of readSources([ref])) {
          if (!item.ok) throw item.error;
          results.push(await analyzeArticle(item.value));
        }
      } else {
        const stored = await (await ctx.store()).getArticle(ref);
        if (!stored) throw new Error(`${ref}: neither a file nor the id of a stored article`);
        results.push(stored);
      }
      // Readable output is JSON too: the analysis is a structure, and --json keeps the contract.
      printJson(ctx.io, results.length === 1 ? results[0] : results);
    });
}
