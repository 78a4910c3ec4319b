import type { Database as SqliteDatabase } from 'better-sqlite3';
import type { AuditRowShape, HistoryPage, RedactionTx } from './audit-types';
import { HISTORY_COLUMNS, pageBySeq, toHistoryEntry } from './audit-types';
import type { RecordRow } from './sqlite-rows';
import { takeNextVersion, toJson, toStoredRow } from './sqlite-rows';

type AuditRow = AuditRowShape & { old_value: string | null; new_value: string | null };

const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

/**
 * Audit rows of a workspace with a seq above `since`, in seq order, never splitting one seq.
 * Gap-safe like pullChanges: seq values come from the workspace's version counter, taken inside
 * the writing transaction, and the store runs one writer at a time.
 */
export function sqlitePullHistory(
  db: SqliteDatabase,
  workspaceId: string,
  since: number,
  limit: number,
): HistoryPage {
  const rows = db
    .prepare<[string, number, number], AuditRow>(
      `SELECT ${HISTORY_COLUMNS} FROM audit WHERE workspace_id = ? AND seq > ?
       ORDER BY seq, id LIMIT ?`,
    )
    .all(workspaceId, Math.max(since, 0), limit + 1);
  const cut = pageBySeq(rows, limit);
  const page =
    'tie' in cut
      ? db
          .prepare<[string, number], AuditRow>(
            `SELECT ${HISTORY_COLUMNS} FROM audit WHERE workspace_id = ? AND seq = ? ORDER BY id`,
          )
          .all(workspaceId, cut.tie)
      : cut.page;
  return {
    entries: page.map((row) => toHistoryEntry(row, parse(row.old_value), parse(row.new_value))),
    more: 'tie' in cut ? true : cut.more,
  };
}

/** The redaction's operations on SQLite, inside the caller's transaction (BEGIN IMMEDIATE). */
export function sqliteRedactionTx(db: SqliteDatabase, workspaceId: string): RedactionTx {
  const recordColumns = 'tbl, id, data, field_versions, field_writers, field_redactions, version';
  return {
    getRow(table, id) {
      const row = db
        .prepare<[string, string, string], RecordRow>(
          `SELECT ${recordColumns} FROM records WHERE workspace_id = ? AND tbl = ? AND id = ?`,
        )
        .get(workspaceId, table, id);
      return Promise.resolve(row && toStoredRow(row));
    },
    putRow(table, id, row) {
      db.prepare(
        `UPDATE records SET data = ?, field_versions = ?, field_writers = ?, field_redactions = ?,
           version = ?
         WHERE workspace_id = ? AND tbl = ? AND id = ?`,
      ).run(
        JSON.stringify(row.data),
        JSON.stringify(row.fieldVersions),
        row.fieldWriters ? JSON.stringify(row.fieldWriters) : null,
        row.fieldRedactions ? JSON.stringify(row.fieldRedactions) : null,
        row.version,
        workspaceId,
        table,
        id,
      );
      return Promise.resolve();
    },
    nextVersion() {
      return Promise.resolve(takeNextVersion(db, workspaceId));
    },
    auditValues(table, recordId, field, conflictIds) {
      const marks = conflictIds.map(() => '?').join(', ');
      const rows = db
        .prepare<unknown[], { id: number; old_value: string | null; new_value: string | null }>(
          `SELECT id, old_value, new_value FROM audit WHERE workspace_id = ? AND (
             (tbl = ? AND record_id = ? AND field = ?)
             ${conflictIds.length > 0 ? `OR (tbl = 'conflicts' AND record_id IN (${marks}))` : ''}
           ) ORDER BY id`,
        )
        .all(workspaceId, table, recordId, field, ...conflictIds);
      return Promise.resolve(
        rows.map((r) => ({ id: r.id, oldValue: parse(r.old_value), newValue: parse(r.new_value) })),
      );
    },
    rewriteAudit(id, oldValue, newValue, seq) {
      db.prepare(
        'UPDATE audit SET old_value = ?, new_value = ?, seq = ? WHERE id = ? AND workspace_id = ?',
      ).run(toJson(oldValue), toJson(newValue), seq, id, workspaceId);
      return Promise.resolve();
    },
    conflictsOf(table, recordId, field) {
      const rows = db
        .prepare<[string, string, string, string], RecordRow>(
          `SELECT ${recordColumns} FROM records WHERE workspace_id = ? AND tbl = 'conflicts'
             AND json_extract(data, '$.table') = ? AND json_extract(data, '$.recordId') = ?
             AND json_extract(data, '$.field') = ?`,
        )
        .all(workspaceId, table, recordId, field);
      return Promise.resolve(rows.map((row) => ({ id: row.id, row: toStoredRow(row) })));
    },
    addRedactionAudit(e) {
      db.prepare(
        `INSERT INTO audit (workspace_id, tbl, record_id, version, seq, device_id, device_name,
           actor, at, field, old_value, new_value, kind)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, 'redaction')`,
      ).run(
        workspaceId,
        e.table,
        e.recordId,
        e.version,
        e.version,
        e.deviceId,
        e.deviceName,
        e.actor,
        e.at,
        e.field,
      );
      return Promise.resolve();
    },
  };
}

/**
 * Runs a redaction in one IMMEDIATE transaction, then rebuilds the file and empties the WAL, so
 * the removed text does not linger in freed pages or old WAL frames of the SQLite file.
 */
export async function runSqliteRedaction<T>(
  db: SqliteDatabase,
  workspaceId: string,
  fn: (tx: RedactionTx) => Promise<T>,
): Promise<T> {
  db.exec('BEGIN IMMEDIATE');
  let result: T;
  try {
    result = await fn(sqliteRedactionTx(db, workspaceId));
    db.exec('COMMIT');
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
  db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
  return result;
}
