import type pg from 'pg';
import type { AuditRowShape, HistoryPage, RedactionTx } from './audit-types';
import { HISTORY_COLUMNS, pageBySeq, toHistoryEntry } from './audit-types';
import { inTransaction } from './pg-open';
import type { Queryable, RecordRow } from './pg-rows';
import { RECORD_COLUMNS, queryRows, takeNextVersion, toJson, toStoredRow } from './pg-rows';

type AuditRow = AuditRowShape & { old_value: unknown; new_value: unknown };

/**
 * Audit rows of a workspace with a seq above `since`, in seq order, never splitting one seq.
 * Gap-safe like pullChanges: seq values are taken from the workspace's version counter while
 * holding the workspace row's lock until commit, so they become visible in increasing order.
 */
export async function pgPullHistory(
  db: Queryable,
  workspaceId: string,
  since: number,
  limit: number,
): Promise<HistoryPage> {
  const rows = await queryRows<AuditRow>(
    db,
    `SELECT ${HISTORY_COLUMNS} FROM audit WHERE workspace_id = $1 AND seq > $2
     ORDER BY seq, id LIMIT $3`,
    [workspaceId, Math.max(since, 0), limit + 1],
  );
  const cut = pageBySeq(rows, limit);
  const page =
    'tie' in cut
      ? await queryRows<AuditRow>(
          db,
          `SELECT ${HISTORY_COLUMNS} FROM audit WHERE workspace_id = $1 AND seq = $2 ORDER BY id`,
          [workspaceId, cut.tie],
        )
      : cut.page;
  return {
    entries: page.map((row) => toHistoryEntry(row, row.old_value, row.new_value)),
    more: 'tie' in cut ? true : cut.more,
  };
}

function pgRedactionTx(client: pg.PoolClient, workspaceId: string): RedactionTx {
  return {
    async getRow(table, id) {
      const [row] = await queryRows<RecordRow>(
        client,
        `SELECT ${RECORD_COLUMNS} FROM records WHERE workspace_id = $1 AND tbl = $2 AND id = $3`,
        [workspaceId, table, id],
      );
      return row && toStoredRow(row);
    },
    async putRow(table, id, row) {
      await queryRows(
        client,
        `UPDATE records SET data = $4::json, field_versions = $5::json, field_writers = $6::json,
           field_redactions = $7::json, version = $8
         WHERE workspace_id = $1 AND tbl = $2 AND id = $3`,
        [
          workspaceId,
          table,
          id,
          JSON.stringify(row.data),
          JSON.stringify(row.fieldVersions),
          toJson(row.fieldWriters),
          toJson(row.fieldRedactions),
          row.version,
        ],
      );
    },
    nextVersion() {
      return takeNextVersion(client, workspaceId);
    },
    async auditValues(table, recordId, field, conflictIds) {
      const rows = await queryRows<{ id: number; old_value: unknown; new_value: unknown }>(
        client,
        `SELECT id, old_value, new_value FROM audit WHERE workspace_id = $1 AND (
           (tbl = $2 AND record_id = $3 AND field = $4)
           OR (tbl = 'conflicts' AND record_id = ANY($5::text[]))
         ) ORDER BY id`,
        [workspaceId, table, recordId, field, conflictIds],
      );
      return rows.map((r) => ({ id: r.id, oldValue: r.old_value, newValue: r.new_value }));
    },
    async rewriteAudit(id, oldValue, newValue, seq) {
      await queryRows(
        client,
        `UPDATE audit SET old_value = $1::json, new_value = $2::json, seq = $3
         WHERE id = $4 AND workspace_id = $5`,
        [toJson(oldValue), toJson(newValue), seq, id, workspaceId],
      );
    },
    async conflictsOf(table, recordId, field) {
      const rows = await queryRows<RecordRow>(
        client,
        `SELECT ${RECORD_COLUMNS} FROM records WHERE workspace_id = $1 AND tbl = 'conflicts'
           AND data->>'table' = $2 AND data->>'recordId' = $3 AND data->>'field' = $4`,
        [workspaceId, table, recordId, field],
      );
      return rows.map((row) => ({ id: row.id, row: toStoredRow(row) }));
    },
    async addRedactionAudit(e) {
      await queryRows(
        client,
        `INSERT INTO audit (workspace_id, tbl, record_id, version, seq, device_id, device_name,
           actor, at, field, old_value, new_value, kind)
         VALUES ($1, $2, $3, $4, $4, $5, $6, $7, $8, $9, NULL, NULL, 'redaction')`,
        [
          workspaceId,
          e.table,
          e.recordId,
          e.version,
          e.deviceId,
          e.deviceName,
          e.actor,
          e.at,
          e.field,
        ],
      );
    },
  };
}

/**
 * Runs a redaction in one transaction holding the workspace row's lock (as a push does, see
 * PgPushTransaction in pg-push-tx.ts), so the versions it takes become visible in order with
 * every push's.
 */
export function runPgRedaction<T>(
  pool: pg.Pool,
  workspaceId: string,
  fn: (tx: RedactionTx) => Promise<T>,
): Promise<T> {
  return inTransaction(pool, async (client) => {
    const locked = await queryRows(
      client,
      'SELECT id FROM workspaces WHERE id = $1 FOR NO KEY UPDATE',
      [workspaceId],
    );
    if (locked.length === 0) throw new Error(`workspace ${workspaceId} missing`);
    return fn(pgRedactionTx(client, workspaceId));
  });
}
