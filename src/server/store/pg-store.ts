import type pg from 'pg';
import { newId } from '../../shared/ids';
import type { ServerChange } from '../../shared/sync/protocol';
import type { HistoryPage, RedactionTx } from './audit-types';
import { pgPullHistory, runPgRedaction } from './pg-audit';
import { PG_LOCKS, applyPgMigrations, inTransaction, openPgPool } from './pg-open';
import { redeemPgPairingCode, savePgPairingCode } from './pg-pairing';
import { PgPushQueue } from './pg-push-queue';
import type { DeviceRow, Queryable, RecordRow, WorkspaceRow } from './pg-rows';
import { DEVICE_COLUMNS, WORKSPACE_COLUMNS, queryRows, toDevice, toWorkspace } from './pg-rows';
import { seedPgWorkspace } from './pg-seed';
import { recordPgWipeReport } from './pg-wipe-report';
import { changeJson } from './types';
import type {
  ChangesJson,
  Device,
  NewDevice,
  NewPairingCode,
  PushTx,
  RecordKey,
  RedeemOutcome,
  Store,
  Workspace,
} from './types';

export interface PgStoreOptions {
  /** Name of the workspace created when the database has none. */
  defaultWorkspaceName?: string;
  now?: () => number;
  /** Connections in the pool (default 10). */
  poolSize?: number;
}

/**
 * The store on PostgreSQL (`DATABASE_URL=postgres://…`), for larger deployments: several endpoint
 * processes may share one database. It keeps no state in memory; every guarantee comes from the
 * database (row locks in push transactions, advisory locks at start-up, unique keys).
 */
export class PgStore implements Store {
  private readonly pushes: PgPushQueue;

  private constructor(private readonly pool: pg.Pool) {
    this.pushes = new PgPushQueue(pool);
  }

  /** Connects, migrates, and makes sure a seeded workspace exists. */
  static async open(connectionString: string, options: PgStoreOptions = {}): Promise<PgStore> {
    const pool = openPgPool(connectionString, options.poolSize);
    try {
      await applyPgMigrations(pool);
      const now = options.now ?? Date.now;
      await inTransaction(pool, async (client) => {
        // Two processes starting on an empty database must not both create a default workspace.
        await client.query('SELECT pg_advisory_xact_lock($1)', [PG_LOCKS.startup]);
        const existing = await queryRows<{ id: string }>(client, 'SELECT id FROM workspaces');
        if (existing.length === 0) {
          await insertWorkspace(client, options.defaultWorkspaceName ?? 'Timrå kommun', now());
        }
        // A raised SEED_REVISION adds the new default records to existing workspaces.
        for (const { id } of existing) await seedPgWorkspace(client, id);
      });
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PgStore(pool);
  }

  async listWorkspaces(): Promise<Workspace[]> {
    const rows = await queryRows<WorkspaceRow>(
      this.pool,
      `SELECT ${WORKSPACE_COLUMNS} FROM workspaces ORDER BY created_at, id`,
    );
    return rows.map(toWorkspace);
  }

  async getWorkspace(id: string): Promise<Workspace | undefined> {
    const [row] = await queryRows<WorkspaceRow>(
      this.pool,
      `SELECT ${WORKSPACE_COLUMNS} FROM workspaces WHERE id = $1`,
      [id],
    );
    return row && toWorkspace(row);
  }

  createWorkspace(name: string, at: number): Promise<Workspace> {
    return inTransaction(this.pool, (client) => insertWorkspace(client, name, at));
  }

  async defaultWorkspace(): Promise<Workspace> {
    const [row] = await queryRows<WorkspaceRow>(
      this.pool,
      `SELECT ${WORKSPACE_COLUMNS} FROM workspaces ORDER BY created_at, id LIMIT 1`,
    );
    if (!row) throw new Error('no workspace');
    return toWorkspace(row);
  }

  savePairingCode(code: NewPairingCode): Promise<void> {
    return savePgPairingCode(this.pool, code);
  }

  redeemPairingCode(codeHash: string, device: NewDevice, at: number): Promise<RedeemOutcome> {
    return inTransaction(this.pool, (client) => redeemPgPairingCode(client, codeHash, device, at));
  }

  private async deviceWhere(column: 'id' | 'token_hash', value: string) {
    const [row] = await queryRows<DeviceRow>(
      this.pool,
      `SELECT ${DEVICE_COLUMNS} FROM devices WHERE ${column} = $1`,
      [value],
    );
    return row && toDevice(row);
  }

  findDeviceByTokenHash(tokenHash: string): Promise<Device | undefined> {
    return this.deviceWhere('token_hash', tokenHash);
  }

  getDevice(id: string): Promise<Device | undefined> {
    return this.deviceWhere('id', id);
  }

  async listDevices(workspaceId?: string): Promise<Device[]> {
    const where = workspaceId === undefined ? '' : 'WHERE workspace_id = $1';
    const rows = await queryRows<DeviceRow>(
      this.pool,
      `SELECT ${DEVICE_COLUMNS} FROM devices ${where} ORDER BY created_at, id`,
      workspaceId === undefined ? [] : [workspaceId],
    );
    return rows.map(toDevice);
  }

  async renameDevice(id: string, name: string): Promise<void> {
    await queryRows(this.pool, 'UPDATE devices SET name = $2 WHERE id = $1', [id, name]);
  }

  async revokeDevice(id: string, lost: boolean, at: number): Promise<void> {
    // A device revoked as lost stays so even if revoked again without the flag.
    await queryRows(
      this.pool,
      `UPDATE devices SET revoked_at = COALESCE(revoked_at, $2), revoked_lost = revoked_lost OR $3
       WHERE id = $1`,
      [id, at, lost],
    );
  }

  async touchDevice(id: string, at: number): Promise<void> {
    await queryRows(this.pool, 'UPDATE devices SET last_seen_at = $2 WHERE id = $1', [id, at]);
  }

  recordWipeReport(id: string, lostChanges: number, at: number): Promise<boolean> {
    return recordPgWipeReport(this.pool, id, lostChanges, at);
  }

  async countActiveDevices(workspaceId: string): Promise<number> {
    const [row] = await queryRows<{ n: number }>(
      this.pool,
      'SELECT COUNT(*) AS n FROM devices WHERE workspace_id = $1 AND revoked_at IS NULL',
      [workspaceId],
    );
    return row?.n ?? 0;
  }

  withPushTx<T>(
    workspaceId: string,
    deviceId: string,
    fn: (tx: PushTx) => Promise<T>,
    reads: RecordKey[] = [],
  ): Promise<T> {
    return this.pushes.run(workspaceId, deviceId, reads, fn);
  }

  async pullChanges(
    workspaceId: string,
    since: number,
    limit: number,
  ): Promise<{ changes: ServerChange[]; more: boolean }> {
    // One statement, one snapshot. Versions become visible in increasing order per workspace (see
    // PgPushTransaction in pg-push-tx.ts), so no row committed later can carry a version at or
    // below one returned here.
    const rows = await queryRows<Pick<RecordRow, 'tbl' | 'id' | 'data' | 'version'>>(
      this.pool,
      `SELECT tbl, id, data, version FROM records
       WHERE workspace_id = $1 AND version > $2 ORDER BY version LIMIT $3`,
      [workspaceId, Math.max(since, 0), limit + 1],
    );
    const page = rows.slice(0, limit);
    return {
      changes: page.map((row) => ({
        table: row.tbl,
        id: row.id,
        version: row.version,
        data: row.data,
      })),
      more: rows.length > limit,
    };
  }

  async pullChangesJson(workspaceId: string, since: number, limit: number): Promise<ChangesJson> {
    // The same statement as pullChanges; `json` columns read as their stored text (not parsed).
    const rows = await queryRows<{ tbl: string; id: string; data: string; version: number }>(
      this.pool,
      `SELECT tbl, id, data::text AS data, version FROM records
       WHERE workspace_id = $1 AND version > $2 ORDER BY version LIMIT $3`,
      [workspaceId, Math.max(since, 0), limit + 1],
    );
    const page = rows.slice(0, limit);
    return {
      json: `[${page.map((row) => changeJson(row.tbl, row.id, row.version, row.data)).join(',')}]`,
      count: page.length,
      lastVersion: page.at(-1)?.version ?? null,
      more: rows.length > limit,
    };
  }

  pullHistory(workspaceId: string, since: number, limit: number): Promise<HistoryPage> {
    return pgPullHistory(this.pool, workspaceId, since, limit);
  }

  withRedactionTx<T>(workspaceId: string, fn: (tx: RedactionTx) => Promise<T>): Promise<T> {
    return runPgRedaction(this.pool, workspaceId, fn);
  }

  async close(): Promise<void> {
    if (!this.pool.ended && !this.pool.ending) await this.pool.end();
  }
}

/** Inserts a workspace and its default records; runs inside the caller's transaction. */
async function insertWorkspace(db: Queryable, name: string, at: number): Promise<Workspace> {
  const workspace: Workspace = { id: newId(), name, createdAt: at };
  await queryRows(db, 'INSERT INTO workspaces (id, name, created_at) VALUES ($1, $2, $3)', [
    workspace.id,
    workspace.name,
    workspace.createdAt,
  ]);
  await seedPgWorkspace(db, workspace.id);
  return workspace;
}
