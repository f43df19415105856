// The `kabar` command: wires the commands; each lives in commands/<name>.ts and returns an exit code.

import { Command, CommanderError } from 'commander';
import { InputError } from '../sources/errors.js';
import type { Store } from '../storage/store.js';
import { defaultDatabase, openStore } from '../storage/open.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerArticles } from './commands/articles.js';
import { registerBench } from './commands/bench.js';
import { registerCompare } from './commands/compare.js';
import { registerEval } from './commands/eval.js';
import { registerExport } from './commands/export.js';
import { registerIngest } from './commands/ingest.js';
import { registerLists } from './commands/lists.js';
import { registerMigrate } from './commands/migrate.js';
import { registerSearch } from './commands/search.js';
import { registerServe } from './commands/serve.js';
import { registerStories } from './commands/stories.js';
import { registerTrain } from './commands/train.js';
import { registerWorker } from './commands/worker.js';
import { EXIT, processIO, type CliIO } from './io.js';

/** What every command gets: the IO, the global options, and the store (opened on first use). */
export interface CommandContext {
  io: CliIO;
  json(): boolean;
  store(): Promise<Store>;
  /** Where the store is: a SQLite path or a postgres:// URL. */
  database(): string;
  /** Set by a command that finishes with something other than success. */
  exitCode: number;
}

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const program = new Command('kabar')
    .description('News intelligence for Indonesian and English media: ingest articles, group them into stories, compare the sources.')
    .option('--db <location>', 'SQLite database file or postgres:// URL (default: $KABAR_DATABASE_URL, $KABAR_DB or ./data/kabar.db)', defaultDatabase(io.env))
    .option('--json', 'print machine-readable JSON', false)
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  let opened: Store | null = null;
  const ctx: CommandContext = {
    io,
    exitCode: EXIT.ok,
    json: () => Boolean(program.opts().json),
    database: () => program.opts().db as string,
    store: async () => {
      // Some migrations take a while on a large store (16 took 5 to 7 s on 200,000 articles): say what is happening.
      opened ??= await openStore(program.opts().db as string, {
        onMigration: (m) => io.stderr.write(`kabar: updating the database to schema version ${m.version}: ${m.description}\n`),
      });
      return opened;
    },
  };
  for (const register of [registerIngest, registerArticles, registerStories, registerCompare, registerSearch, registerExport, registerServe, registerAnalyze, registerLists, registerEval, registerTrain, registerBench, registerWorker, registerMigrate]) {
    register(program, ctx);
  }
  for (const command of program.commands) {
    command.exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  }

  try {
    await program.parseAsync(argv.slice(2), { from: 'user' });
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.error;
    }
    const message = error instanceof InputError ? error.message : (error as Error).message;
    if (ctx.json()) io.stdout.write(`${JSON.stringify({ error: { message } })}\n`);
    io.stderr.write(`kabar: ${message}\n`);
    return EXIT.error;
  } finally {
    // Long-running commands (serve) return only when they are done with the store.
    if (opened) await (opened as Store).close();
  }
}
