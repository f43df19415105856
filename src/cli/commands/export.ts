import type { Command } from 'commander';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { CommandContext } from '../main.js';

export function registerExport(program: Command, ctx: CommandContext): void {
  program.command('export')
    .description('export every stored article with its analysis and story as JSON Lines')
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .action(async (opts: { output?: string }) => {
      const store = await ctx.store();
      const file = opts.output ? createWriteStream(opts.output) : null;
      let n = 0;
      for await (const article of store.exportArticles()) {
        const line = `${JSON.stringify(article)}\n`;
        if (file) { if (!file.write(line)) await once(file, 'drain'); } else ctx.io.stdout.write(line);
        n++;
      }
      if (file) {
        file.end();
        await once(file, 'finish');
        ctx.io.stderr.write(`exported ${n} articles to ${opts.output}\n`);
      }
    });
}
