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

  it('migration 4 marks the fields redacted before it, from their redaction audit rows', () => {
    const file = path.join(dir, 'r.sqlite');
    const before = openSqlite(file, SQLITE_MIGRATIONS.slice(0, 3));
    before.exec(`
      INSERT INTO workspaces (id, name, created_at) VALUES ('w', 'W', 0);
      INSERT INTO records (workspace_id, tbl, id, data, field_versions, version)
        VALUES ('w', 'logEntries', 'a', '{}', '{}', 7), ('w', 'logEntries', 'b', '{}', '{}', 2);
      INSERT INTO audit (workspace_id, tbl, record_id, version, seq, device_id, at, field, kind)
        VALUES ('w', 'logEntries', 'a', 5, 5, 'd', 0, 'summary', 'redaction'),
               ('w', 'logEntries', 'a', 7, 7, 'd', 0, 'summary', 'redaction'),
               ('w', 'logEntries', 'a', 6, 6, 'd', 0, 'topics', 'redaction'),
               ('w', 'logEntries', 'a', 4, 4, 'd', 0, 'summary', 'change'),
               ('w', 'logEntries', 'b', 2, 2, 'd', 0, 'summary', 'change');
    `);
    before.close();
    const after = openSqlite(file);
    const rows = after
      .prepare('SELECT id, field_redactions FROM records ORDER BY id')
      .all() as Array<{ id: string; field_redactions: string | null }>;
    after.close();
    expect(rows.map((r) => [r.id, r.field_redactions && JSON.parse(r.field_redactions)])).toEqual([
      ['a', { summary: 7, topics: 6 }],
      ['b', null],
    ]);
  });
});
