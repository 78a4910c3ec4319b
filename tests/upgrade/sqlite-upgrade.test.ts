import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import { SQLITE_MIGRATIONS } from '../../src/server/store/sqlite-migrations';
import { SqliteStore } from '../../src/server/store/sqlite-store';
import type { PullResponse, PushResponse } from '../../src/shared/sync/protocol';
import { FIXTURE_TOKENS } from '../fixtures/fixture-tokens';

/**
 * Server migrations (issue 8): every shipped migration N has a fixture of an endpoint database at
 * N (tests/fixtures/sqlite-migration-<N>.sql). Each is upgraded by the current store to the latest
 * migration: no row of any table may be lost or changed, and a device that was offline across the
 * update still syncs: its retry is `duplicate`, its next change applies.
 */
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const fixtures = readdirSync(FIXTURES)
  .map((name) => /^sqlite-migration-(\d+)\.sql$/.exec(name))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ migration: Number(m[1]), sql: readFileSync(path.join(FIXTURES, m[0]), 'utf8') }));

const NOW = Date.parse('2025-02-10T08:01:00Z');
const DATA_TABLES = ['workspaces', 'devices', 'pairing_codes', 'records', 'audit'];
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A database file at the fixture's migration, and every row of it as it was. */
function restore(sql: string): { file: string; dir: string; before: Record<string, unknown[]> } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'varna-upgrade-'));
  dirs.push(dir);
  const file = path.join(dir, 'varna.sqlite');
  const db = new Database(file);
  db.exec(sql);
  const before = Object.fromEntries(
    DATA_TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()]),
  );
  db.close();
  return { file, dir, before };
}

describe('SQLite migrations from every shipped migration', () => {
  it('there is a fixture for every migration', () => {
    expect(fixtures.map((f) => f.migration).sort()).toEqual(SQLITE_MIGRATIONS.map((m) => m.id));
  });

  for (const { migration, sql } of fixtures) {
    it(`upgrades a database at migration ${migration} to ${SQLITE_MIGRATIONS.length}: 0 rows lost`, async () => {
      const { file, before } = restore(sql);
      const store = SqliteStore.open(file, { now: () => NOW });
      await store.close();
      const db = new Database(file, { readonly: true });
      try {
        const applied = db.prepare('SELECT id FROM schema_migrations ORDER BY id').all();
        expect(applied).toEqual(SQLITE_MIGRATIONS.map((m) => ({ id: m.id })));
        for (const table of DATA_TABLES) {
          const after = db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all() as Array<
            Record<string, unknown>
          >;
          expect(after, `rows of ${table}`).toHaveLength(before[table]!.length);
          // Every old column keeps its value; new columns may be added.
          after.forEach((row, i) =>
            expect(row, `${table} row ${i}`).toMatchObject(before[table]![i]!),
          );
        }
      } finally {
        db.close();
      }
    });

    it(`a device offline across the update from migration ${migration} still syncs`, async () => {
      const { file, dir } = restore(sql);
      const store = SqliteStore.open(file, { now: () => NOW });
      const config = loadConfig({ DATA_DIR: dir, STATIC_DIR: path.join(dir, 'none') });
      const app = await buildApp({ store, config, now: () => NOW });
      try {
        const auth = { authorization: `Bearer ${FIXTURE_TOKENS.field}` };
        const org = '01962a3c-1f00-7a00-8000-0000000aa002';
        const edit = (seq: number, note: string) => ({
          seq,
          table: 'organisations',
          id: org,
          fields: { note, updatedAt: '2025-02-10T10:00:00.000Z' },
          baseVersion: 2,
          v: 1,
        });
        // Its last push (seq 3) was applied before the update; the retry and the next change:
        const res = await app.inject({
          method: 'POST',
          url: '/api/v1/push',
          headers: auth,
          payload: { mutations: [edit(3, 'gammal'), edit(4, 'Imamen är kontakt')] },
        });
        expect(res.statusCode).toBe(200);
        expect(res.json<PushResponse>().results).toEqual([
          { seq: 3, status: 'duplicate' },
          { seq: 4, status: 'applied', version: 5 },
        ]);
        const pull = await app.inject({
          method: 'GET',
          url: '/api/v1/pull?since=0',
          headers: auth,
        });
        const changes = pull.json<PullResponse>().changes;
        expect(changes.map((c) => c.version)).toEqual([1, 3, 4, 5]);
        expect(changes.at(-1)).toMatchObject({ id: org, data: { note: 'Imamen är kontakt' } });
        // The device revoked as lost before the update is still refused and told to wipe.
        const lost = await app.inject({
          method: 'GET',
          url: '/api/v1/me',
          headers: { authorization: `Bearer ${FIXTURE_TOKENS.lost}` },
        });
        expect(lost.statusCode).toBe(401);
        expect(lost.json()).toMatchObject({ error: 'revoked', wipe: true });
        // A code issued before the update still pairs (once).
        const pair = () =>
          app.inject({ method: 'POST', url: '/api/v1/pair', payload: { code: 'JKMN-PQRS' } });
        expect((await pair()).statusCode).toBe(200);
        expect((await pair()).statusCode).toBe(410);
      } finally {
        await app.close();
        await store.close();
      }
    });
  }
});
