import type { Command } from 'commander';
import type { EntityType } from '../../article.js';
import { palette, printJson } from '../io.js';
import type { CommandContext } from '../main.js';
import { positiveInt } from './options.js';

const TYPES = ['PERSON', 'ORGANISATION', 'PLACE', 'MISC'];

export function registerLists(program: Command, ctx: CommandContext): void {
  program.command('entities')
    .description('entities by the number of articles that mention them')
    .option('--type <type>', `one of ${TYPES.join(', ')}`)
    .option('--limit <n>', 'how many', positiveInt, 50)
    .action(async (opts: { type?: string; limit: number }) => {
      const type = opts.type?.toUpperCase();
      if (type && !TYPES.includes(type)) throw new Error(`--type must be one of ${TYPES.join(', ')}, not '${opts.type}'`);
      const entities = await (await ctx.store()).listEntities({ type: type as EntityType | undefined, limit: opts.limit });
      if (ctx.json()) return printJson(ctx.io, entities);
      const c = palette(ctx.io.stdout, ctx.io.env);
      for (const e of entities) ctx.io.stdout.write(`${String(e.articles).padStart(4)}  ${c.bold(e.name)}  ${c.dim(`${e.type.toLowerCase()} · ${e.key}`)}\n`);
    });

  program.command('quotes')
    .description('quotations with their speakers, newest first')
    .option('--speaker <name>', 'only this speaker (name or part of it)')
    .option('--limit <n>', 'how many', positiveInt, 50)
    .action(async (opts: { speaker?: string; limit: number }) => {
      const quotes = await (await ctx.store()).listQuotes(opts);
      if (ctx.json()) return printJson(ctx.io, quotes);
      const c = palette(ctx.io.stdout, ctx.io.env);
      for (const q of quotes) {
        const said = q.kind === 'direct' ? `“${q.text}”` : `${c.dim('(reported)')} ${q.text}`;
        ctx.io.stdout.write(`${c.bold(q.speaker ?? 'unknown')}: ${said} ${c.dim(`(${q.publisher ?? '-'}, ${q.articleId})`)}\n`);
      }
    });
}
