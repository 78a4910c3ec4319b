import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPgMigrations, openPgPool } from '../../src/server/store/pg-open';
import { PG_MIGRATIONS } from '../../src/server/store/pg-migrations';
import { PgStore } from '../../src/server/store/pg-store';
import type { PushTx, Store } from '../../src/server/store/types';
import { defaultRecords } from '../../src/shared/seed';
import { databaseUrlOf, prepareStore, removeDir } from './test-store';

/** PostgreSQL itself: migrations, start-up by several processes, and the push locks. */
describe('PostgreSQL store', () => {
  let dir = '';
  let url = '';
  const closers: Array<{ close(): Promise<void> } | { end(): Promise<void> }> = [];
  beforeEach(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'varna-pg-'));
    await prepareStore(dir);
    url = databaseUrlOf(dir);
  });
  afterEach(async () => {
    for (const c of closers.splice(0)) await ('close' in c ? c.close() : c.end());
    removeDir(dir);
  });

  const pool = (): pg.Pool => {
    const p = openPgPool(url, 2);
    closers.push(p);
    return p;
  };
  const open = async (): Promise<PgStore> => {
    const store = await PgStore.open(url);
    closers.push(store);
    return store;
  };

  async function addDevice(store: Store, workspaceId: string, id: string): Promise<void> {
    const codeHash = `code-${id}`;
    await store.savePairingCode({
      codeHash,
      workspaceId,
      role: 'field',
      expiresAt: 2,
      createdAt: 0,
    });
    const outcome = await store.redeemPairingCode(codeHash, { id, name: id, tokenHash: id }, 1);
    expect(outcome.ok).toBe(true);
  }

  /** Resolves once `n` sessions of this database wait for a lock another one holds. */
  async function untilWaitingOnLock(db: pg.Pool, n: number): Promise<void> {
    for (let polls = 0; ; polls++) {
      if (polls === 500) throw new Error(`fewer than ${n} sessions ever waited for a lock`);
      const { rows } = await db.query<{ n: number }>(
        `SELECT COUNT(*) AS n FROM pg_stat_activity
         WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      if (rows[0]!.n >= n) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('applies migrations numbered from 1 without gaps, each once, on top of existing data', async () => {
    expect(PG_MIGRATIONS.map((m) => m.id)).toEqual(PG_MIGRATIONS.map((_, i) => i + 1));
    const db = pool();
    await applyPgMigrations(db);
    await db.query("INSERT INTO workspaces (id, name, created_at) VALUES ('w', 'W', 0)");
    const next = [
      ...PG_MIGRATIONS,
      {
        id: PG_MIGRATIONS.length + 1,
        name: 'test',
        sql: 'ALTER TABLE workspaces ADD COLUMN x int',
      },
    ];
    // Two processes upgrading at once: the advisory lock lets one apply it, the other skips it.
    await Promise.all([applyPgMigrations(db, next), applyPgMigrations(pool(), next)]);
    expect((await db.query('SELECT id, name, x FROM workspaces')).rows).toEqual([
      { id: 'w', name: 'W', x: null },
    ]);
    const applied = await db.query('SELECT id, name FROM schema_migrations ORDER BY id');
    expect(applied.rows).toEqual(next.map(({ id, name }) => ({ id, name })));
  });

  it('migration 3 marks the fields redacted before it, from their redaction audit rows', async () => {
    const db = pool();
    await applyPgMigrations(db, PG_MIGRATIONS.slice(0, 2));
    await db.query(`
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
    await applyPgMigrations(db);
    const { rows } = await db.query<{ id: string; field_redactions: unknown }>(
      'SELECT id, field_redactions FROM records ORDER BY id',
    );
    expect(rows).toEqual([
      { id: 'a', field_redactions: { summary: 7, topics: 6 } },
      { id: 'b', field_redactions: null },
    ]);
  });

  it('four processes starting at once on an empty database create one workspace, seeded once', async () => {
    const stores = await Promise.all([open(), open(), open(), open()]);
    const lists = await Promise.all(stores.map((s) => s.listWorkspaces()));
    expect(new Set(lists.map((l) => JSON.stringify(l))).size).toBe(1);
    expect(lists[0]).toHaveLength(1);
    const { rows } = await pool().query<{ n: number; v: number }>(
      'SELECT COUNT(*) AS n, MAX(version) AS v FROM records',
    );
    expect(rows).toEqual([{ n: defaultRecords().length, v: 0 }]);
  });

  it('a push of the workspace waits for the one in flight, so versions become visible in order', async () => {
    const [a, b] = [await open(), await open()];
    const workspace = await a.defaultWorkspace();
    await addDevice(a, workspace.id, 'd1');
    await addDevice(a, workspace.id, 'd2');
    const put = async (tx: PushTx, id: string) => {
      const version = await tx.nextVersion();
      await tx.putRow('contacts', id, { data: { note: id }, fieldVersions: {}, version });
      return version;
    };
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let first!: () => void;
    const firstHasVersion = new Promise<void>((resolve) => (first = resolve));
    const pushA = a.withPushTx(workspace.id, 'd1', async (tx) => {
      const version = await put(tx, 'A');
      first();
      await held;
      return version;
    });
    await firstHasVersion;
    const pushB = b.withPushTx(workspace.id, 'd2', async (tx) => {
      // Runs only once A has committed: A's row is visible to a new snapshot by then.
      const seen = await a.pullChanges(workspace.id, 0, 10);
      return { version: await put(tx, 'B'), seen: seen.changes.map((c) => c.id) };
    });
    await untilWaitingOnLock(pool(), 1);
    expect((await a.pullChanges(workspace.id, 0, 10)).changes).toEqual([]);
    release();
    const [versionA, resultB] = await Promise.all([pushA, pushB]);
    expect(resultB.seen).toEqual(['A']);
    expect(resultB.version).toBe(versionA + 1);
    const pulled = await b.pullChanges(workspace.id, 0, 10);
    expect(pulled.changes.map((c) => [c.id, c.version])).toEqual([
      ['A', versionA],
      ['B', versionA + 1],
    ]);
  });

  it('two pushes of one device at once run one after the other', async () => {
    const [a, b] = [await open(), await open()];
    const workspace = await a.defaultWorkspace();
    await addDevice(a, workspace.id, 'd1');
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let first!: () => void;
    const firstRead = new Promise<void>((resolve) => (first = resolve));
    const bump = async (tx: PushTx, wait: boolean) => {
      const seq = await tx.getLastSeq();
      if (wait) {
        first();
        await held;
      }
      await tx.setLastSeq(seq + 1);
      return seq;
    };
    const pushA = a.withPushTx(workspace.id, 'd1', (tx) => bump(tx, true));
    await firstRead;
    const pushB = b.withPushTx(workspace.id, 'd1', (tx) => bump(tx, false));
    await untilWaitingOnLock(pool(), 1);
    release();
    expect(await Promise.all([pushA, pushB])).toEqual([0, 1]);
    expect((await b.getDevice('d1'))!.lastSeq).toBe(2);
  });

  it('pushes queued behind a busy workspace apply in arrival order; one that fails fails alone', async () => {
    const store = await open();
    const workspace = await store.defaultWorkspace();
    for (const id of ['d0', 'd1', 'd2', 'd3', 'd4', 'd5', 'd6']) {
      await addDevice(store, workspace.id, id);
    }
    const put = async (tx: PushTx, id: string) => {
      const version = await tx.nextVersion();
      await tx.putRow('contacts', id, { data: { note: id }, fieldVersions: {}, version });
      await tx.setLastSeq((await tx.getLastSeq()) + 1);
      return version;
    };
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let first!: () => void;
    const firstHasVersion = new Promise<void>((resolve) => (first = resolve));
    const pushes = [
      store.withPushTx(workspace.id, 'd0', async (tx) => {
        const version = await put(tx, 'P0');
        first();
        await held;
        return version;
      }),
    ];
    await firstHasVersion;
    // The second waits at the database for the workspace's lock; the rest queue in the process.
    pushes.push(store.withPushTx(workspace.id, 'd1', (tx) => put(tx, 'P1')));
    await untilWaitingOnLock(pool(), 1);
    for (const i of [2, 3, 4, 5, 6]) {
      pushes.push(
        store.withPushTx(workspace.id, `d${i}`, async (tx) => {
          if (i === 4) throw new Error('push 4 fails');
          return put(tx, `P${i}`);
        }),
      );
    }
    release();
    const outcomes = await Promise.allSettled(pushes);
    expect(outcomes[4]).toMatchObject({ status: 'rejected', reason: { message: 'push 4 fails' } });
    const versions = outcomes.filter((o) => o.status === 'fulfilled').map((o) => o.value);
    expect(versions).toHaveLength(6);
    expect([...versions].sort((x, y) => x - y)).toEqual(versions);
    const pulled = await store.pullChanges(workspace.id, 0, 20);
    expect(pulled.changes.map((c) => c.id)).toEqual(['P0', 'P1', 'P2', 'P3', 'P5', 'P6']);
    for (const id of ['d0', 'd1', 'd2', 'd3', 'd5', 'd6']) {
      expect((await store.getDevice(id))!.lastSeq).toBe(1);
    }
    expect((await store.getDevice('d4'))!.lastSeq).toBe(0);
  });
});
