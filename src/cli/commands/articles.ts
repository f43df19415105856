import type { Command } from 'commander';
import { EXIT, palette, printJson } from '../io.js';
import type { CommandContext } from '../main.js';
import { positiveInt } from './options.js';

export function registerArticles(program: Command, ctx: CommandContext): void {
  program.command('articles')
    .description('list stored articles, newest first')
    .option('--story <id>', 'only the articles of this story')
    .option('--limit <n>', 'how many', positiveInt, 50)
    .option('--offset <n>', 'skip this many', positiveInt, 0)
    .action(async (opts: { story?: string; limit: number; offset: number }) => {
      const store = await ctx.store();
      const articles = await store.listArticles({ storyId: opts.story, limit: opts.limit, offset: opts.offset });
      if (ctx.json()) return printJson(ctx.io, articles);
      const c = palette(ctx.io.stdout, ctx.io.env);
      for (const a of articles) {
        ctx.io.stdout.write(`${c.cyan(a.id)}  ${a.publishedAt?.slice(0, 10) ?? '          '}  ${a.language}  ${c.dim(a.publisher ?? '-')}  ${a.title}\n`);
      }
    });

  program.command('article')
    .description('show one stored article with its analysis')
    .argument('<id>', 'article id')
    .action(async (id: string) => {
      const store = await ctx.store();
      const article = await store.getArticle(id);
      if (!article) {
        ctx.io.stderr.write(`kabar: no article with id ${id}\n`);
        ctx.exitCode = EXIT.error;
        return;
      }
      if (ctx.json()) return printJson(ctx.io, article);
      const c = palette(ctx.io.stdout, ctx.io.env);
      const out = ctx.io.stdout;
      out.write(`${c.bold(article.title)}\n`);
      out.write(c.dim(`${article.id} · ${article.publisher ?? 'unknown publisher'} · ${article.publishedAt ?? 'undated'} · ${article.language}`
        + `${article.translated ? ' · translated' : ''}${article.originalSource ? ` · from ${article.originalSource}` : ''} · story ${article.storyId}\n\n`));
      out.write(`${article.text}\n\n`);
      if (article.entities.length) out.write(`${c.bold('Entities')}: ${article.entities.filter((e) => e.type !== 'MISC').map((e) => `${e.name} (${e.type.toLowerCase()})`).join(', ')}\n`);
      for (const q of article.quotes) out.write(`${c.bold('Quote')} ${q.speaker ?? 'unknown'}: “${q.text}”\n`);
      for (const n of article.numbers) out.write(`${c.bold('Number')} ${n.value}${n.counted ? ` ${n.counted}` : ''}: ${n.text}\n`);
      for (const d of article.dates) out.write(`${c.bold('Date')} ${d.text} → ${d.date ?? 'unresolved'}\n`);
    });
}
