import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { analyzeArticle } from '../../analysis/index.js';
import type { AnalyzedArticle } from '../../article.js';
import { compareArticles } from '../../comparison/compare.js';
import { renderMarkdown, renderText } from '../../comparison/render.js';
import { readSources } from '../../sources/index.js';
import { palette, printJson } from '../io.js';
import type { CommandContext } from '../main.js';

export function registerCompare(program: Command, ctx: CommandContext): void {
  program.command('compare')
    .description('compare what two or more articles say: agreements, discrepancies, facts only one reports')
    .argument('<articles...>', 'files to read, or ids of stored articles')
    .option('--markdown', 'print a Markdown report', false)
    .action(async (refs: string[], opts: { markdown: boolean }) => {
      const articles: AnalyzedArticle[] = [];
      const storyIds: (string | null)[] = [];
      for (const ref of refs) {
        if (existsSync(ref) || /^https?:\/\//.test(ref)) {
          for await (const item of readSources([ref])) {
            if (!item.ok) throw item.error;
            articles.push(await analyzeArticle(item.value));
            storyIds.push(null);
          }
        } else {
          const stored = await (await ctx.store()).getArticle(ref);
          if (!stored) throw new Error(`${ref}: neither a file nor the id of a stored article`);
          articles.push(stored);
          storyIds.push(stored.storyId);
        }
      }
      if (articles.length < 2) throw new Error(`compare needs at least two articles; got ${articles.length}`);
      const comparison = compareArticles(articles, { storyIds });
      if (ctx.json()) printJson(ctx.io, comparison);
      else ctx.io.stdout.write(opts.markdown ? renderMarkdown(comparison) : renderText(comparison, palette(ctx.io.stdout, ctx.io.env)));
    });
}
