import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../src/storage/sqlite/migrations.js';
import { openSqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import { analyzeFiles, SEEDS, tempDir } from './helpers.js';
import { starts, storeContract } from './storage.contract.js';

const cleanups: (() => void)[] = [];
afterEach(() => { while (cleanups.length) cleanups.pop()!(); });

storeContract('SQLite', async () => {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  return openSqliteStore(join(dir, 'kabar.db'));
});

describe('SQLite specifics', () => {
  it('creates the schema at the latest version in WAL mode, and keeps data across reopening', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const path = join(dir, 'nested', 'kabar.db');
    const [a] = await analyzeFiles(SEEDS[0]!);
    const store = openSqliteStore(path);
    await store.addArticle(a!, starts('s1'));
    await store.close();
    const db = new Database(path);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS[MIGRATIONS.length - 1]!.version);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    const again = openSqliteStore(path);
    expect(await again.countArticles()).toBe(1);
    await again.close();
  });

  it('refuses a database written by a newer Kabar', () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const path = join(dir, 'future.db');
    const db = new Database(path);
    db.pragma('user_version = 999');
    db.close();
    expect(() => openSqliteStore(path)).toThrow(/schema version 999 is newer than this Kabar/);
  });
});
