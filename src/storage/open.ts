// Opens the store a database location names: a file path (SQLite) or a postgres:// URL.

import { openPgStore } from './postgres/pg-store.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import type { MigrationNotice, Store } from './store.js';

export const DEFAULT_DB = './data/kabar.db';

/** True when `location` names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** The database to use: `--db`, else KABAR_DATABASE_URL, else KABAR_DB, else ./data/kabar.db. */
export function defaultDatabase(env: Record<string, string | undefined>): string {
  return env.KABAR_DATABASE_URL || env.KABAR_DB || DEFAULT_DB;
}

/** Opens the store at `location`; throws with the reason when it cannot. `onMigration` hears of each migration an older database needs. */
export async function openStore(location: string = DEFAULT_DB, options: { onMigration?: (migration: MigrationNotice) => void } = {}): Promise<Store> {
  return isPostgresUrl(location) ? openPgStore(location, options) : openSqliteStore(location, { backgroundCheckpoints: true, ...options });
}
