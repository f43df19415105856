import type { Command } from 'commander';
import { loadSampleIfEmpty } from '../../queries.js';
import { startServer } from '../../server/serve.js';
import { warmUpAnalysis } from '../../analysis/warm-up.js';
import type { CommandContext } from '../main.js';
import { positiveInt } from './options.js';

export function registerServe(program: Command, ctx: CommandContext): void {
  program.command('serve')
    .description('serve the web UI and the HTTP API (loads the sample corpus into an empty database)')
    .option('--port <n>', 'port (default: PORT or 8080)', positiveInt)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--sample', 'load the sample corpus into an empty database (the default on SQLite)')
    .option('--no-sample', 'do not (the default on PostgreSQL: a shared database is not a demo)')
    .action(async (opts: { port?: number; host: string; sample?: boolean }) => {
      const { io } = ctx;
      const store = await ctx.store();
      if (opts.sample ?? store.kind === 'sqlite') {
        const loaded = await loadSampleIfEmpty(store);
        if (loaded) io.stderr.write(`The database was empty: loaded the sample corpus (${loaded.ingested} articles, ${loaded.storiesCreated} stories).\n`);
      }
      const port = opts.port ?? Number(io.env.PORT ?? 8080);
      const server = await startServer(store, port, opts.host, {
        token: io.env.KABAR_TOKEN || null,
        allowPrivateUrls: io.env.KABAR_ALLOW_PRIVATE_URLS === '1',
      });
      io.stderr.write(`Kabar is serving on ${server.url} (API: ${server.url}/api/stories, OpenAPI: ${server.url}/openapi.json)\n`);
      if (!io.env.KABAR_TOKEN) io.stderr.write('Writes (POST /api/articles, /api/ingest) are disabled until KABAR_TOKEN is set.\n');
      // A server that accepts articles loads the models now, not while the first one waits for its answer.
      else await warmUpAnalysis();
      const stop = () => { void server.close(); };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      await server.closed;
    });
}
