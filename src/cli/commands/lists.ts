import type { Command } from 'commander';
import type { EntityType } from '../../article.js';
import { entityOverview } from '../../queries.js';
import { EXIT, palette, printJson, storyDay } from '../io.js';
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

  program.command('entity')
    .description('one entity: its names as written, its roles, the stories that mention it, what it said')
    .argument('<name>', 'canonical name (any case) or key, e.g. "Mark Rutte" or place:KP')
    .option('--limit <n>', 'stories and quotes to show', positiveInt, 10)
    .action(async (name: string, opts: { limit: number }) => {
      const page = await entityOverview(await ctx.store(), name, opts.limit);
      if (!page) {
        if (ctx.json()) printJson(ctx.io, { error: { message: `no entity '${name}'` } });
        ctx.io.stderr.write(`kabar: no entity '${name}' (kabar entities lists them)\n`);
        ctx.exitCode = EXIT.error;
        return;
      }
      if (ctx.json()) return printJson(ctx.io, page);
      const { entity, stories, quotes } = page;
      const c = palette(ctx.io.stdout, ctx.io.env);
      const o = ctx.io.stdout;
      o.write(`${c.bold(entity.name)}  ${c.dim(`${entity.type.toLowerCase()} · ${entity.key} · in ${entity.articles} articles`)}\n`);
      if (entity.mentions.length) o.write(`  written as: ${entity.mentions.join(', ')}\n`);
      if (entity.roles.length) o.write(`  roles: ${entity.roles.join('; ')}\n`);
      if (stories.length) o.write(`${c.bold('Stories')}\n`);
      for (const s of stories) o.write(`  ${s.id}  ${String(s.articleCount).padStart(3)} art.  ${storyDay(s)}  ${s.headline}\n`);
      if (quotes.length) o.write(`${c.bold('Said')}\n`);
      for (const q of quotes) o.write(`  ${q.kind === 'direct' ? `“${q.text}”` : `${c.dim('(reported)')} ${q.text}`} ${c.dim(`(${q.publisher ?? '-'}, ${q.articleId})`)}\n`);
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
