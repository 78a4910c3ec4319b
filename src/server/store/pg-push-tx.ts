import type { PoolClient } from 'pg';
import type { StoredRow } from '../../shared/sync/merge';
import type { RecordRow } from './pg-rows';
import { RECORD_COLUMNS, queryRows, takeNextVersion, toJson, toStoredRow } from './pg-rows';
import type { AuditEntry, PushTx } from './types';
import { rowKey } from './types';

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

/**
 * PostgreSQL text cannot hold U+0000 (see pg-rows.ts): text inside array parameters is stored as
 * U+FFFD, as queryRows does for plain parameters.
 */
const storableText = (value: string | null): string | null =>
  value === null ? null : value.replaceAll('\u0000', '\uFFFD');

/**
 * The push transaction's operations on PostgreSQL, bound to one workspace and one device. The
 * batch forms take one statement each (arrays through unnest), so a push of 100 mutations costs a
 * handful of round trips instead of several per mutation.
 */
export function pgPushTx(client: PoolClient, workspaceId: string, deviceId: string): PushTx {
  const upsert = `ON CONFLICT (workspace_id, tbl, id) DO UPDATE SET data = excluded.data,
           field_versions = excluded.field_versions, field_writers = excluded.field_writers,
           version = excluded.version`;
  return {
    async getRow(table, id) {
      const [row] = await queryRows<RecordRow>(
        client,
        `SELECT ${RECORD_COLUMNS} FROM records
         WHERE workspace_id = $1 AND tbl = $2 AND id = $3`,
        [workspaceId, table, id],
      );
      return row && toStoredRow(row);
    },
    async getRows(keys) {
      const found = new Map<string, StoredRow>();
      if (keys.length === 0) return found;
      // A stored id is the storable form of the id asked for: map it back to every key asking.
      const asked = new Map<string, string[]>();
      for (const { table, id } of keys) {
        const stored = rowKey(table, storableText(id)!);
        const list = asked.get(stored) ?? [];
        if (!list.includes(id)) list.push(id);
        asked.set(stored, list);
      }
      const rows = await queryRows<RecordRow>(
        client,
        `SELECT ${RECORD_COLUMNS} FROM records
         WHERE workspace_id = $1 AND (tbl, id) IN (SELECT * FROM unnest($2::text[], $3::text[]))`,
        [workspaceId, keys.map((k) => storableText(k.table)), keys.map((k) => storableText(k.id))],
      );
      for (const row of rows) {
        for (const id of asked.get(rowKey(row.tbl, row.id)) ?? []) {
          found.set(rowKey(row.tbl, id), toStoredRow(row));
        }
      }
      return found;
    },
    async putRow(table, id, row) {
      await queryRows(
        client,
        `INSERT INTO records (workspace_id, tbl, id, data, field_versions, field_writers, version)
         VALUES ($1, $2, $3, $4::json, $5::json, $6::json, $7)
         ${upsert}`,
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
    async putRows(rows) {
      if (rows.length === 0) return;
      await queryRows(
        client,
        `INSERT INTO records (workspace_id, tbl, id, data, field_versions, field_writers, version)
         SELECT $1, t.tbl, t.id, t.data::json, t.fv::json, t.fw::json, t.version
         FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bigint[])
           AS t(tbl, id, data, fv, fw, version)
         ${upsert}`,
        [
          workspaceId,
          rows.map((r) => storableText(r.table)),
          rows.map((r) => storableText(r.id)),
          rows.map((r) => JSON.stringify(r.row.data)),
          rows.map((r) => JSON.stringify(r.row.fieldVersions)),
          rows.map((r) => toJson(r.row.fieldWriters)),
          rows.map((r) => r.row.version),
        ],
      );
    },
    nextVersion() {
      // Inside the push transaction, which already holds this row's lock (lockForPush).
      return takeNextVersion(client, workspaceId);
    },
    async versionCounter() {
      // The row is locked (lockForPush): nobody else moves the counter until this commits.
      const [row] = await queryRows<{ version_counter: number }>(
        client,
        'SELECT version_counter FROM workspaces WHERE id = $1',
        [workspaceId],
      );
      if (!row) throw new Error(`workspace ${workspaceId} missing`);
      return row.version_counter;
    },
    async setVersionCounter(version) {
      await queryRows(
        client,
        'UPDATE workspaces SET version_counter = GREATEST(version_counter, $2) WHERE id = $1',
        [workspaceId, version],
      );
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
      // WITH ORDINALITY and ORDER BY: the rows get their ids in the order given (a change's
      // fields in order), as one INSERT per row would.
      await queryRows(
        client,
        `INSERT INTO audit (workspace_id, tbl, record_id, version, seq, device_id, device_name, actor, at, field, old_value, new_value, kind)
         SELECT $1, t.tbl, t.record_id, t.version, t.version, $2, t.device_name, t.actor, t.at,
           t.field, t.old_value::json, t.new_value::json, t.kind
         FROM unnest($3::text[], $4::text[], $5::bigint[], $6::text[], $7::text[], $8::bigint[],
           $9::text[], $10::text[], $11::text[], $12::text[])
           WITH ORDINALITY AS t(tbl, record_id, version, device_name, actor, at, field, old_value,
             new_value, kind, n)
         ORDER BY t.n`,
        [
          workspaceId,
          deviceId,
          entries.map((e) => storableText(e.table)),
          entries.map((e) => storableText(e.recordId)),
          entries.map((e) => e.version),
          entries.map((e) => storableText(e.deviceName)),
          entries.map((e) => storableText(e.actor)),
          entries.map((e) => e.at),
          entries.map((e) => storableText(e.field)),
          entries.map((e) => toJson(e.oldValue)),
          entries.map((e) => toJson(e.newValue)),
          entries.map((e) => e.kind ?? 'change'),
        ],
      );
    },
  };
}
