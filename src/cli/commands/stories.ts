import type { Command } from 'commander';
import { renderMarkdown, renderText } from '../../comparison/render.js';
import { compareStory, storyDetail } from '../../queries.js';
import { EXIT, palette, printJson, storyDay } from '../io.js';
import type { CommandContext } from '../main.js';
import { positiveInt } from './options.js';
import { sourceOf } from '../../article.js';
import { silencesBefore } from '../../stories/silences.js';

export function registerStories(program: Command, ctx: CommandContext): void {
  program.command('stories')
    .description('list stories, most articles first')
    .option('--language <code>', 'with an article in this language (id, en, ...)')
    .option('--source <name>', 'with an article from this publisher or original source')
    .option('--entity <name>', 'mentioning this entity (name or key)')
    .option('--since <date>', 'updated on or after this ISO date')
    .option('--limit <n>', 'how many', positiveInt, 20)
    .option('--offset <n>', 'skip this many', positiveInt, 0)
    .action(async (opts: { language?: string; source?: string; entity?: string; since?: string; limit: number; offset: number }) => {
      const store = await ctx.store();
      const stories = await store.listStories(opts);
      if (ctx.json()) return printJson(ctx.io, stories);
      const c = palette(ctx.io.stdout, ctx.io.env);
      if (stories.length === 0) ctx.io.stdout.write('No stories yet: ingest some articles first (kabar ingest <files>).\n');
      for (const s of stories) {
        ctx.io.stdout.write(`${c.cyan(s.id)}  ${String(s.articleCount).padStart(3)} art.  ${storyDay(s)}  ${c.bold(s.headline)}\n`);
        ctx.io.stdout.write(c.dim(`      ${s.sources.join(', ') || 'unknown sources'} · ${s.languages.join(', ')} · ${s.topEntities.slice(0, 5).map((e) => e.name).join(', ')}\n`));
      }
    });

  program.command('story')
    .description('show one story: its articles in time order, sources and entities')
    .argument('<id>', 'story id')
    .option('--compare', 'also compare its articles (as kabar compare)', false)
    .option('--markdown', 'print the comparison as Markdown', false)
    .action(async (id: string, opts: { compare: boolean; markdown: boolean }) => {
      const store = await ctx.store();
      const detail = await storyDetail(store, id);
      if (!detail) {
        ctx.io.stderr.write(`kabar: no story with id ${id}\n`);
        ctx.exitCode = EXIT.error;
        return;
      }
      const comparison = opts.compare ? await compareStory(store, detail.story.id) : null;
      if (ctx.json()) return printJson(ctx.io, { ...detail, ...(opts.compare ? { comparison } : {}) });
      const c = palette(ctx.io.stdout, ctx.io.env);
      const s = detail.story;
      ctx.io.stdout.write(`${c.bold(s.headline)}\n${c.dim(`${s.id} · ${s.articleCount} articles${s.copies ? ` (${s.copies} syndicated ${s.copies === 1 ? 'copy' : 'copies'})` : ''} · ${s.dated ? `${s.firstSeen} → ${s.lastUpdated}` : `undated (stored ${s.firstSeen} → ${s.lastUpdated})`}`)}\n`);
      ctx.io.stdout.write(`Sources: ${s.sources.join(', ') || 'unknown'}\nEntities: ${s.topEntities.map((e) => e.name).join(', ')}\n\nTimeline:\n`);
      const silences = silencesBefore(detail.articles);
      for (const [i, a] of detail.articles.entries()) {
        if (silences[i] !== null) ctx.io.stdout.write(c.dim(`  … ${silences[i]} days without news …\n`));
        const copy = a.duplicateOf ? c.yellow(` [copy of ${a.duplicateOf}]`) : '';
        ctx.io.stdout.write(`  ${(a.publishedAt?.slice(0, 16) ?? 'undated').padEnd(16)}  ${c.cyan(a.id)}  ${c.dim(sourceOf(a) ?? '-')}  ${a.title}${copy}\n`);
      }
      if (opts.compare) {
        ctx.io.stdout.write('\n');
        if (!comparison) ctx.io.stdout.write('Nothing to compare: the story has one article.\n');
        else {
          if (comparison.independentArticles > comparison.articles.length) {
            ctx.io.stdout.write(`Compared ${comparison.articles.length} of ${comparison.independentArticles} articles: each source's first report, then the earliest others.\n\n`);
          }
          ctx.io.stdout.write(opts.markdown ? renderMarkdown(comparison) : renderText(comparison, c));
        }
      }
    });
}
