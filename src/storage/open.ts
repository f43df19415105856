// Opens the store a database location names: a file path (SQLite) today, a postgres:// URL later.

import { openSqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

export const DEFAULT_DB = './data/kabar.db';

/** Opens the store at `location`; throws with the reason when it cannot. */
export async function openStore(location: string = DEFAULT_DB): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw new Error(`${location.replace(/\/\/[^@]*@/, '//…@')}: PostgreSQL storage is not available in this version yet; use a SQLite file path`);
  }
  return openSqliteStore(location);
}
