import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { copyStore } from '../../storage/copy.js';
import { openStore } from '../../storage/open.js';
import { redactUrl } from '../../storage/postgres/pg-store.js';
import { printJson } from '../io.js';
import type { CommandContext } from '../main.js';

export function registerMigrate(program: Command, ctx: CommandContext): void {
  program.command('migrate')
    .description('copy every article, with its story, from --db into another database (SQLite → PostgreSQL, or back)')
    .requiredOption('--to <location>', 'the database to copy into: a postgres:// URL or a SQLite file')
    .action(async (opts: { to: string }) => {
      const { io } = ctx;
      const source = await ctx.store();
      const target = await openStore(opts.to);
      const total = await source.countArticles();
      const bar = io.stderr.isTTY && !ctx.json()
        ? new cliProgress.SingleBar({ format: 'copying | {bar} | {value}/{total} articles', stream: io.stderr as NodeJS.WritableStream, hideCursor: true })
        : null;
      bar?.start(total, 0);
      try {
        const result = await copyStore(source, target, (n) => bar?.update(n));
        bar?.stop();
        if (ctx.json()) printJson(io, { ...result, from: redactUrl(ctx.database()), to: redactUrl(opts.to) });
        else io.stdout.write(`Copied ${result.copied} articles (${result.alreadyThere} were already there) in ${result.stories} stories to ${redactUrl(opts.to)}\n`);
      } finally {
        bar?.stop();
        await target.close();
      }
    });
}
