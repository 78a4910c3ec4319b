import type { Database as SqliteDatabase } from 'better-sqlite3';
import { newId } from '../../shared/ids';
import type { ServerChange } from '../../shared/sync/protocol';
import { Mutex } from './mutex';
import { runSqliteRedaction, sqlitePullHistory } from './sqlite-audit';
import { openSqlite } from './sqlite-open';
import { sqlitePushTx } from './sqlite-push-tx';
import type { DeviceRow, RecordRow, WorkspaceRow } from './sqlite-rows';
import { DEVICE_COLUMNS, toDevice, toWorkspace } from './sqlite-rows';
import { seedWorkspace } from './sqlite-seed';
import { recordSqliteWipeReport } from './sqlite-wipe-report';
import type { HistoryPage, RedactionTx } from './audit-types';
import { changeJson } from './types';
import type {
  ChangesJson,
  Device,
  NewDevice,
  NewPairingCode,
  PushTx,
  RedeemOutcome,
  Store,
  Workspace,
} from './types';

export interface SqliteStoreOptions {
  /** Name of the workspace created on first open. */
  defaultWorkspaceName?: string;
  now?: () => number;
}

/**
 * The default store: one SQLite file. Every operation runs through one mutex, so a transaction that
 * awaits between statements is never interleaved with another request's statements; across
 * processes (the admin CLI) SQLite's own locking serialises writers.
 */
export class SqliteStore implements Store {
  private readonly mutex = new Mutex();

  private constructor(private readonly db: SqliteDatabase) {}

  /** Opens (creating if needed) the file, migrates it, and makes sure a seeded workspace exists. */
  static open(file: string, options: SqliteStoreOptions = {}): SqliteStore {
    const db = openSqlite(file);
    const now = options.now ?? Date.now;
    db.transaction(() => {
      const workspaces = db.prepare<[], { id: string }>('SELECT id FROM workspaces').all();
      if (workspaces.length === 0) {
        insertWorkspace(db, options.defaultWorkspaceName ?? 'Timrå kommun', now());
      }
      // A raised SEED_REVISION adds the new default records to existing workspaces.
      for (const { id } of db.prepare<[], { id: string }>('SELECT id FROM workspaces').all()) {
        seedWorkspace(db, id);
      }
    }).immediate();
    return new SqliteStore(db);
  }

  private run<T>(task: () => T | Promise<T>): Promise<T> {
    return this.mutex.run(task);
  }

  listWorkspaces(): Promise<Workspace[]> {
    return this.run(() =>
      this.db
        .prepare<[], WorkspaceRow>(
          'SELECT id, name, created_at FROM workspaces ORDER BY created_at, id',
        )
        .all()
        .map(toWorkspace),
    );
  }

  getWorkspace(id: string): Promise<Workspace | undefined> {
    return this.run(() => {
      const row = this.db
        .prepare<[string], WorkspaceRow>('SELECT id, name, created_at FROM workspaces WHERE id = ?')
        .get(id);
      return row && toWorkspace(row);
    });
  }

  createWorkspace(name: string, at: number): Promise<Workspace> {
    return this.run(() =>
      this.db.transaction(() => insertWorkspace(this.db, name, at)).immediate(),
    );
  }

  async defaultWorkspace(): Promise<Workspace> {
    const [first] = await this.listWorkspaces();
    if (!first) throw new Error('no workspace');
    return first;
  }

  savePairingCode(code: NewPairingCode): Promise<void> {
    return this.run(() => {
      this.db
        .prepare(
          `INSERT INTO pairing_codes (code_hash, workspace_id, role, expires_at, created_at)
           VALUES (?, ?, ?, ?, ?)`,
        )
        .run(code.codeHash, code.workspaceId, code.role, code.expiresAt, code.createdAt);
    });
  }

  redeemPairingCode(codeHash: string, device: NewDevice, at: number): Promise<RedeemOutcome> {
    return this.run(() =>
      this.db
        .transaction((): RedeemOutcome => {
          const code = this.db
            .prepare<
              [string],
              {
                workspace_id: string;
                role: 'office' | 'field';
                expires_at: number;
                used_at: number | null;
              }
            >(
              'SELECT workspace_id, role, expires_at, used_at FROM pairing_codes WHERE code_hash = ?',
            )
            .get(codeHash);
          if (!code) return { ok: false, reason: 'unknown' };
          if (code.used_at !== null) return { ok: false, reason: 'used' };
          if (code.expires_at <= at) return { ok: false, reason: 'expired' };
          this.db
            .prepare('UPDATE pairing_codes SET used_at = ? WHERE code_hash = ?')
            .run(at, codeHash);
          this.db
            .prepare(
              `INSERT INTO devices (id, workspace_id, name, role, token_hash, created_at, last_seen_at)
               VALUES (?, ?, ?, ?, ?, ?, ?)`,
            )
            .run(device.id, code.workspace_id, device.name, code.role, device.tokenHash, at, at);
          const workspace = this.db
            .prepare<[string], WorkspaceRow>(
              'SELECT id, name, created_at FROM workspaces WHERE id = ?',
            )
            .get(code.workspace_id)!;
          return {
            ok: true,
            device: this.deviceById(device.id)!,
            workspace: toWorkspace(workspace),
          };
        })
        .immediate(),
    );
  }

  private deviceById(id: string): Device | undefined {
    const row = this.db
      .prepare<[string], DeviceRow>(`SELECT ${DEVICE_COLUMNS} FROM devices WHERE id = ?`)
      .get(id);
    return row && toDevice(row);
  }

  findDeviceByTokenHash(tokenHash: string): Promise<Device | undefined> {
    return this.run(() => {
      const row = this.db
        .prepare<[string], DeviceRow>(`SELECT ${DEVICE_COLUMNS} FROM devices WHERE token_hash = ?`)
        .get(tokenHash);
      return row && toDevice(row);
    });
  }

  getDevice(id: string): Promise<Device | undefined> {
    return this.run(() => this.deviceById(id));
  }

  listDevices(workspaceId?: string): Promise<Device[]> {
    return this.run(() => {
      const sql = `SELECT ${DEVICE_COLUMNS} FROM devices ${workspaceId ? 'WHERE workspace_id = ?' : ''} ORDER BY created_at, id`;
      const rows = workspaceId
        ? this.db.prepare<[string], DeviceRow>(sql).all(workspaceId)
        : this.db.prepare<[], DeviceRow>(sql).all();
      return rows.map(toDevice);
    });
  }

  renameDevice(id: string, name: string): Promise<void> {
    return this.run(() => {
      this.db.prepare('UPDATE devices SET name = ? WHERE id = ?').run(name, id);
    });
  }

  revokeDevice(id: string, lost: boolean, at: number): Promise<void> {
    return this.run(() => {
      // A device revoked as lost stays so even if revoked again without the flag.
      this.db
        .prepare(
          `UPDATE devices SET revoked_at = COALESCE(revoked_at, ?),
             revoked_lost = MAX(revoked_lost, ?) WHERE id = ?`,
        )
        .run(at, lost ? 1 : 0, id);
    });
  }

  touchDevice(id: string, at: number): Promise<void> {
    return this.run(() => {
      this.db.prepare('UPDATE devices SET last_seen_at = ? WHERE id = ?').run(at, id);
    });
  }

  recordWipeReport(id: string, lostChanges: number, at: number): Promise<boolean> {
    return this.run(() => recordSqliteWipeReport(this.db, id, lostChanges, at));
  }

  countActiveDevices(workspaceId: string): Promise<number> {
    return this.run(
      () =>
        this.db
          .prepare<[string], { n: number }>(
            'SELECT COUNT(*) AS n FROM devices WHERE workspace_id = ? AND revoked_at IS NULL',
          )
          .get(workspaceId)!.n,
    );
  }

  withPushTx<T>(workspaceId: string, deviceId: string, fn: (tx: PushTx) => Promise<T>): Promise<T> {
    return this.mutex.run(async () => {
      // IMMEDIATE takes the write lock up front: the version counter is read and bumped inside.
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(sqlitePushTx(this.db, workspaceId, deviceId));
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
    });
  }

  pullChanges(
    workspaceId: string,
    since: number,
    limit: number,
  ): Promise<{ changes: ServerChange[]; more: boolean }> {
    // One writer at a time and versions taken inside the writing transaction: a committed row
    // never has a version below one already visible, so `since` checkpoints never skip a row.
    return this.run(() => {
      const rows = this.db
        .prepare<[string, number, number], RecordRow>(
          `SELECT tbl, id, data, version FROM records
           WHERE workspace_id = ? AND version > ? ORDER BY version LIMIT ?`,
        )
        .all(workspaceId, Math.max(since, 0), limit + 1);
      const page = rows.slice(0, limit);
      return {
        changes: page.map((row) => ({
          table: row.tbl,
          id: row.id,
          version: row.version,
          data: JSON.parse(row.data) as Record<string, unknown>,
        })),
        more: rows.length > limit,
      };
    });
  }

  pullChangesJson(workspaceId: string, since: number, limit: number): Promise<ChangesJson> {
    // The same rows as pullChanges, under the same mutex (never inside a push's transaction).
    return this.run(() => {
      const rows = this.db
        .prepare<[string, number, number], Omit<RecordRow, 'field_versions'>>(
          `SELECT tbl, id, data, version FROM records
           WHERE workspace_id = ? AND version > ? ORDER BY version LIMIT ?`,
        )
        .all(workspaceId, Math.max(since, 0), limit + 1);
      const page = rows.slice(0, limit);
      return {
        json: `[${page.map((row) => changeJson(row.tbl, row.id, row.version, row.data)).join(',')}]`,
        count: page.length,
        lastVersion: page.at(-1)?.version ?? null,
        more: rows.length > limit,
      };
    });
  }

  pullHistory(workspaceId: string, since: number, limit: number): Promise<HistoryPage> {
    return this.run(() => sqlitePullHistory(this.db, workspaceId, since, limit));
  }

  withRedactionTx<T>(workspaceId: string, fn: (tx: RedactionTx) => Promise<T>): Promise<T> {
    return this.run(() => runSqliteRedaction(this.db, workspaceId, fn));
  }

  close(): Promise<void> {
    return this.run(() => {
      if (this.db.open) this.db.close();
    });
  }
}

/** Inserts a workspace and its default records; runs inside the caller's transaction. */
function insertWorkspace(db: SqliteDatabase, name: string, at: number): Workspace {
  const workspace: Workspace = { id: newId(), name, createdAt: at };
  db.prepare('INSERT INTO workspaces (id, name, created_at) VALUES (?, ?, ?)').run(
    workspace.id,
    workspace.name,
    workspace.createdAt,
  );
  seedWorkspace(db, workspace.id);
  return workspace;
}
