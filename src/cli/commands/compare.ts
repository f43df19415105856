import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { analyzeArticle } from '../../analysis/index.js';
import type { AnalyzedArticle } from '../../article.js';
import { compareArticles } from '../../comparison/compare.js';
import { renderMarkdown, renderText } from '../../comparison/render.js';
import { readSources } from '../../sources/index.js';
import { storyArticlesToCompare } from '../../queries.js';
import { palette, printJson } from '../io.js';
import type { CommandContext } from '../main.js';

export function registerCompare(program: Command, ctx: CommandContext): void {
  program.command('compare')
    .description('compare what two or more articles say: agreements, discrepancies, facts only one reports')
    .argument('<articles...>', 'files to read, ids of stored articles, or the id of a stored story (its articles, copies left out)')
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
          const store = await ctx.store();
          const stored = await store.getArticle(ref);
          // A story's syndicated copies say what their original says; of a large one, each source's first report is read (articlesToCompare).
          const members = stored ? [stored] : (await storyArticlesToCompare(store, ref)).articles;
          if (members.length === 0) throw new Error(`${ref}: neither a file nor the id of a stored article or story`);
          for (const a of members) { articles.push(a); storyIds.push(a.storyId); }
        }
      }
      if (articles.length < 2) throw new Error(`compare needs at least two articles; got ${articles.length}`);
      const comparison = compareArticles(articles, { storyIds });
      if (ctx.json()) printJson(ctx.io, comparison);
      else ctx.io.stdout.write(opts.markdown ? renderMarkdown(comparison) : renderText(comparison, palette(ctx.io.stdout, ctx.io.env)));
    });
}
