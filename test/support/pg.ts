// A real PostgreSQL server for the tests that need one: KABAR_TEST_PG names it (a postgres:// URL
// whose role may create databases). Each suite works in a database of its own, dropped after.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const TEST_PG = process.env.KABAR_TEST_PG ?? '';

/** The URL of `server` with its database replaced by `database`. */
export function withDatabase(server: string, database: string): string {
  const url = new URL(server);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Creates a fresh, empty database on the KABAR_TEST_PG server; returns its URL and a function that drops it. */
export async function freshDatabase(prefix = 'kabar_test'): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_PG });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(TEST_PG, name),
    drop: async () => {
      const client = new pg.Client({ connectionString: TEST_PG });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Empties every Kabar table of the database at `url` (the schema stays). */
export async function truncateKabar(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename != 'kabar_schema'`);
    if (rows.length) await client.query(`TRUNCATE ${rows.map((r) => `"${r.tablename as string}"`).join(', ')} RESTART IDENTITY`);
  } finally {
    await client.end();
  }
}
