import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/server/store/sqlite-store';
import { dbOf, removeDir } from './helpers';

/** SQLite itself (runs only with the SQLite store; store-neutral behaviour is in the other files). */
describe('SQLite store', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'varna-sqlite-'));
  });
  afterEach(() => removeDir(dir));

  it('opens the file in WAL mode, with synchronous FULL and foreign keys on', async () => {
    const store = SqliteStore.open(path.join(dir, 'varna.sqlite'));
    try {
      expect(dbOf(store).pragma('journal_mode', { simple: true })).toBe('wal');
      expect(dbOf(store).pragma('synchronous', { simple: true })).toBe(2);
      expect(dbOf(store).pragma('foreign_keys', { simple: true })).toBe(1);
    } finally {
      await store.close();
    }
  });
});
