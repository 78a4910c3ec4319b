import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqlite } from '../../src/server/store/sqlite-open';
import { SQLITE_MIGRATIONS } from '../../src/server/store/sqlite-migrations';
import { removeDir } from './helpers';

describe('SQLite migrations', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'varna-migrations-'));
  });
  afterEach(() => removeDir(dir));

  it('are numbered without gaps, starting at 1', () => {
    expect(SQLITE_MIGRATIONS.map((m) => m.id)).toEqual(SQLITE_MIGRATIONS.map((_, i) => i + 1));
  });

  it('a later migration applies on top of data written by the earlier ones, once', () => {
    const file = path.join(dir, 'v.sqlite');
    const first = openSqlite(file);
    first.prepare("INSERT INTO workspaces (id, name, created_at) VALUES ('w', 'W', 0)").run();
    first.close();
    const next = [
      ...SQLITE_MIGRATIONS,
      {
        id: SQLITE_MIGRATIONS.length + 1,
        name: 'test',
        sql: 'ALTER TABLE workspaces ADD COLUMN x INTEGER',
      },
    ];
    const second = openSqlite(file, next);
    expect(second.prepare('SELECT id, name, x FROM workspaces').all()).toEqual([
      { id: 'w', name: 'W', x: null },
    ]);
    second.close();
    const third = openSqlite(file, next);
    expect(third.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get()).toEqual({
      n: next.length,
    });
    third.close();
  });
});
