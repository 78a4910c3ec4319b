import type { PoolClient } from 'pg';
import type { StoredRow } from '../../shared/sync/merge';
import type { RecordRow } from './pg-rows';
import { queryRows, toJson } from './pg-rows';
import type { AuditEntry, PushTx } from './types';

/**
 * Takes the locks a push holds until it commits, right after BEGIN and before reading anything:
 *
 * 1. The device row (`FOR UPDATE`): two pushes of the same device (a retry racing the original,
 *    possibly in another endpoint process) run one after the other, so the second sees the first's
 *    last sequence number and answers `duplicate` instead of applying twice.
 * 2. The workspace row, whose `version_counter` hands out versions. A plain sequence is not
 *    gap-safe: a later value can commit first, a pull returns it, the device's checkpoint moves past
 *    the earlier value, and that row is never pulled. Here a push takes its versions with
 *    `UPDATE workspaces SET version_counter = version_counter + 1 … RETURNING` while holding this
 *    row's lock, which only its COMMIT (or ROLLBACK) releases. The next push of the workspace gets
 *    the lock, and so its first version, only after this one's rows are committed and visible. So
 *    versions become visible in increasing order per workspace, and a pull (one statement, one
 *    snapshot) never returns a version while a lower one is still to come.
 *    Taking it before the records are read also means the merge reads each record as the previous
 *    push left it: pushes of one workspace are serialised, as on SQLite; different workspaces run
 *    in parallel.
 *
 * Lock order is always device, then workspace, so pushes cannot deadlock each other.
 */
export async function lockForPush(
  client: PoolClient,
  workspaceId: string,
  deviceId: string,
): Promise<void> {
  await queryRows(client, 'SELECT id FROM devices WHERE id = $1 FOR UPDATE', [deviceId]);
  const locked = await queryRows(
    client,
    'SELECT id FROM workspaces WHERE id = $1 FOR NO KEY UPDATE',
    [workspaceId],
  );
  if (locked.length === 0) throw new Error(`workspace ${workspaceId} missing`);
}

/** The push transaction's operations on PostgreSQL, bound to one workspace and one device. */
export function pgPushTx(client: PoolClient, workspaceId: string, deviceId: string): PushTx {
  return {
    async getRow(table, id) {
      const [row] = await queryRows<RecordRow>(
        client,
        `SELECT tbl, id, data, field_versions, field_writers, version FROM records
         WHERE workspace_id = $1 AND tbl = $2 AND id = $3`,
        [workspaceId, table, id],
      );
      if (!row) return undefined;
      const stored: StoredRow = {
        data: row.data,
        fieldVersions: row.field_versions,
        version: row.version,
      };
      if (row.field_writers !== null) stored.fieldWriters = row.field_writers;
      return stored;
    },
    async putRow(table, id, row) {
      await queryRows(
        client,
        `INSERT INTO records (workspace_id, tbl, id, data, field_versions, field_writers, version)
         VALUES ($1, $2, $3, $4::json, $5::json, $6::json, $7)
         ON CONFLICT (workspace_id, tbl, id) DO UPDATE SET data = excluded.data,
           field_versions = excluded.field_versions, field_writers = excluded.field_writers,
           version = excluded.version`,
        [
          workspaceId,
          table,
          id,
          JSON.stringify(row.data),
          JSON.stringify(row.fieldVersions),
          toJson(row.fieldWriters),
          row.version,
        ],
      );
    },
    async nextVersion() {
      // Inside the push transaction, which already holds this row's lock (lockForPush).
      const [row] = await queryRows<{ version_counter: number }>(
        client,
        'UPDATE workspaces SET version_counter = version_counter + 1 WHERE id = $1 RETURNING version_counter',
        [workspaceId],
      );
      if (!row) throw new Error(`workspace ${workspaceId} missing`);
      return row.version_counter;
    },
    async getLastSeq() {
      const [row] = await queryRows<{ last_seq: number }>(
        client,
        'SELECT last_seq FROM devices WHERE id = $1',
        [deviceId],
      );
      return row?.last_seq ?? 0;
    },
    async setLastSeq(seq) {
      await queryRows(client, 'UPDATE devices SET last_seq = $1 WHERE id = $2', [seq, deviceId]);
    },
    async addAudit(entries: AuditEntry[]) {
      if (entries.length === 0) return;
      const params: unknown[] = [workspaceId, deviceId];
      const values = entries.map((e) => {
        const at = params.length;
        params.push(e.table, e.recordId, e.version, e.actor, e.at, e.field);
        params.push(toJson(e.oldValue), toJson(e.newValue), e.deviceName);
        const p = (i: number) => `$${at + i}`;
        return `($1, ${p(1)}, ${p(2)}, ${p(3)}, ${p(3)}, $2, ${p(9)}, ${p(4)}, ${p(5)}, ${p(6)}, ${p(7)}::json, ${p(8)}::json)`;
      });
      await queryRows(
        client,
        `INSERT INTO audit (workspace_id, tbl, record_id, version, seq, device_id, device_name, actor, at, field, old_value, new_value)
         VALUES ${values.join(', ')}`,
        params,
      );
    },
  };
}
