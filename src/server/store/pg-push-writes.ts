import type { StoredRow } from '../../shared/sync/merge';
import { sqlInt, sqlJson, sqlText } from './pg-literal';
import { toJson } from './pg-rows';
import type { AuditEntry } from './types';

/**
 * PostgreSQL text cannot hold U+0000 (see pg-rows.ts): text inside array parameters is stored as
 * U+FFFD, as queryRows does for plain parameters.
 */
export const storableText = (value: string | null): string | null =>
  value === null ? null : value.replaceAll('\u0000', '\uFFFD');

/** What a push transaction writes, gathered in memory until it commits. */
export interface PendingWrites {
  /** Each record's last state, by rowKey. */
  rows: Map<string, { table: string; id: string; row: StoredRow }>;
  /** Audit rows in order, each with the device whose push made it. */
  audit: Array<{ deviceId: string; entry: AuditEntry }>;
  /** Move the workspace's version counter up to this, if set. */
  versionCounter: number | null;
  /** Devices' last applied sequence numbers. */
  lastSeq: Map<string, number>;
}

export const noWrites = (): PendingWrites => ({
  rows: new Map(),
  audit: [],
  versionCounter: null,
  lastSeq: new Map(),
});

export const hasWrites = (w: PendingWrites): boolean =>
  w.rows.size > 0 || w.audit.length > 0 || w.versionCounter !== null || w.lastSeq.size > 0;

/** A push never writes `field_redactions`: only a redaction does (pg-audit.ts). */
function recordsPart(ws: string, rows: PendingWrites['rows']): string {
  const values = [...rows.values()].map(
    ({ table, id, row }) =>
      `(${ws}, ${sqlText(table)}, ${sqlText(id)}, ${sqlJson(JSON.stringify(row.data))},
        ${sqlJson(JSON.stringify(row.fieldVersions))}, ${sqlJson(toJson(row.fieldWriters))},
        ${sqlInt(row.version)})`,
  );
  return `INSERT INTO records (workspace_id, tbl, id, data, field_versions, field_writers, version)
    VALUES ${values.join(',\n')}
    ON CONFLICT (workspace_id, tbl, id) DO UPDATE SET data = excluded.data,
      field_versions = excluded.field_versions, field_writers = excluded.field_writers,
      version = excluded.version`;
}

function auditPart(ws: string, audit: PendingWrites['audit']): string {
  const values = audit.map(
    ({ deviceId, entry: e }, n) =>
      `(${sqlText(deviceId)}, ${sqlText(e.table)}, ${sqlText(e.recordId)}, ${sqlInt(e.version)}, ${sqlText(e.deviceName)},
        ${sqlText(e.actor)}, ${sqlInt(e.at)}, ${sqlText(e.field)}, ${sqlJson(toJson(e.oldValue))},
        ${sqlJson(toJson(e.newValue))}, ${sqlText(e.kind ?? 'change')}, ${n})`,
  );
  // Ordered by n: the rows get their ids in the order given (a change's fields in order), as one
  // INSERT per row would.
  return `INSERT INTO audit (workspace_id, tbl, record_id, version, seq, device_id, device_name,
      actor, at, field, old_value, new_value, kind)
    SELECT ${ws}, t.tbl, t.record_id, t.version, t.version, t.device_id, t.device_name, t.actor,
      t.at, t.field, t.old_value, t.new_value, t.kind
    FROM (VALUES ${values.join(',\n')})
      AS t(device_id, tbl, record_id, version, device_name, actor, at, field, old_value,
        new_value, kind, n)
    ORDER BY t.n`;
}

/**
 * Everything a push gathered, as one statement of literals (see pg-literal.ts), or null when there
 * is nothing to write: each part a data-modifying `WITH` query, which PostgreSQL runs to completion
 * whether or not the main query reads it. The parts touch different tables, so their order inside
 * the statement does not matter. Built before anything is sent, so a value that cannot be written
 * throws here, with nothing sent.
 */
export function pendingWritesSql(workspaceId: string, w: PendingWrites): string | null {
  if (!hasWrites(w)) return null;
  const ws = sqlText(workspaceId);
  const parts: string[] = [];
  if (w.rows.size > 0) parts.push(recordsPart(ws, w.rows));
  if (w.audit.length > 0) parts.push(auditPart(ws, w.audit));
  if (w.versionCounter !== null) {
    parts.push(
      `UPDATE workspaces SET version_counter = GREATEST(version_counter, ${sqlInt(w.versionCounter)})
       WHERE id = ${ws}`,
    );
  }
  if (w.lastSeq.size > 0) {
    const values = [...w.lastSeq].map(([id, seq]) => `(${sqlText(id)}, ${sqlInt(seq)})`);
    parts.push(
      `UPDATE devices SET last_seq = v.seq FROM (VALUES ${values.join(', ')}) AS v(id, seq)
       WHERE devices.id = v.id`,
    );
  }
  return `WITH ${parts.map((sql, i) => `w${i} AS (${sql})`).join(',\n')}\nSELECT 1`;
}
