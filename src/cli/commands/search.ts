import type { Command } from 'commander';
import { sourceOf } from '../../article.js';
import { searchArticles } from '../../queries.js';
import { palette, printJson } from '../io.js';
import type { CommandContext } from '../main.js';
import { positiveInt } from './options.js';

export function registerSearch(program: Command, ctx: CommandContext): void {
  program.command('search')
    .description('full-text search over stems (Indonesian and English)')
    .argument('<query...>', 'words to find; every word must match (in any inflection)')
    .option('--limit <n>', 'how many', positiveInt, 20)
    .action(async (words: string[], opts: { limit: number }) => {
      const hits = await searchArticles(await ctx.store(), words.join(' '), opts.limit);
      if (ctx.json()) return printJson(ctx.io, hits);
      const c = palette(ctx.io.stdout, ctx.io.env);
      if (hits.length === 0) ctx.io.stdout.write('No matches.\n');
      for (const h of hits) {
        ctx.io.stdout.write(`${c.cyan(h.articleId)}  ${c.dim(sourceOf(h) ?? '-')}  ${c.bold(h.title)}\n    ${h.snippet}\n`);
      }
    });
}
