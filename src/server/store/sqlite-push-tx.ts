import type { Database as SqliteDatabase, Statement } from 'better-sqlite3';
import type { StoredRow } from '../../shared/sync/merge';
import type { RecordRow } from './sqlite-rows';
import { takeNextVersion, toJson, toStoredRow } from './sqlite-rows';
import type { AuditEntry, PushTx } from './types';
import { rowKey } from './types';

/** The push's statements, prepared once per connection (preparing costs more than running). */
interface Statements {
  getRow: Statement<[string, string, string], RecordRow>;
  putRow: Statement;
  versionCounter: Statement<[string], { version_counter: number }>;
  setVersionCounter: Statement;
  getLastSeq: Statement<[string], { last_seq: number }>;
  setLastSeq: Statement;
  addAudit: Statement;
}

const prepared = new WeakMap<SqliteDatabase, Statements>();

function statementsOf(db: SqliteDatabase): Statements {
  let s = prepared.get(db);
  if (s) return s;
  s = {
    getRow: db.prepare(
      'SELECT tbl, id, data, field_versions, field_writers, field_redactions, version FROM records WHERE workspace_id = ? AND tbl = ? AND id = ?',
    ),
    // A push never writes `field_redactions`: only a redaction does (sqlite-audit.ts).
    putRow: db.prepare(
      `INSERT INTO records (workspace_id, tbl, id, data, field_versions, field_writers, version)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (workspace_id, tbl, id)
       DO UPDATE SET data = excluded.data, field_versions = excluded.field_versions,
         field_writers = excluded.field_writers, version = excluded.version`,
    ),
    versionCounter: db.prepare('SELECT version_counter FROM workspaces WHERE id = ?'),
    // Never moves the counter down: committed versions only ever grow.
    setVersionCounter: db.prepare(
      'UPDATE workspaces SET version_counter = MAX(version_counter, ?) WHERE id = ?',
    ),
    getLastSeq: db.prepare('SELECT last_seq FROM devices WHERE id = ?'),
    setLastSeq: db.prepare('UPDATE devices SET last_seq = ? WHERE id = ?'),
    addAudit: db.prepare(
      `INSERT INTO audit (workspace_id, tbl, record_id, version, seq, device_id, device_name, actor, at, field, old_value, new_value, kind)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
  prepared.set(db, s);
  return s;
}

/**
 * The push transaction's operations on SQLite, bound to one workspace and one device. SQLite runs
 * in this process, so a statement per row costs no round trip: the batch forms loop over prepared
 * statements.
 */
export function sqlitePushTx(db: SqliteDatabase, workspaceId: string, deviceId: string): PushTx {
  const s = statementsOf(db);
  const putRow = (table: string, id: string, row: StoredRow) =>
    s.putRow.run(
      workspaceId,
      table,
      id,
      JSON.stringify(row.data),
      JSON.stringify(row.fieldVersions),
      row.fieldWriters ? JSON.stringify(row.fieldWriters) : null,
      row.version,
    );
  return {
    getRow(table, id) {
      const row = s.getRow.get(workspaceId, table, id);
      return Promise.resolve(row && toStoredRow(row));
    },
    getRows(keys) {
      const found = new Map<string, StoredRow>();
      for (const { table, id } of keys) {
        const key = rowKey(table, id);
        if (found.has(key)) continue;
        const row = s.getRow.get(workspaceId, table, id);
        if (row) found.set(key, toStoredRow(row));
      }
      return Promise.resolve(found);
    },
    putRow(table, id, row) {
      putRow(table, id, row);
      return Promise.resolve();
    },
    putRows(rows) {
      for (const { table, id, row } of rows) putRow(table, id, row);
      return Promise.resolve();
    },
    nextVersion() {
      return Promise.resolve(takeNextVersion(db, workspaceId));
    },
    versionCounter() {
      const row = s.versionCounter.get(workspaceId);
      if (!row) throw new Error(`workspace ${workspaceId} missing`);
      return Promise.resolve(row.version_counter);
    },
    setVersionCounter(version) {
      s.setVersionCounter.run(version, workspaceId);
      return Promise.resolve();
    },
    getLastSeq() {
      return Promise.resolve(s.getLastSeq.get(deviceId)?.last_seq ?? 0);
    },
    setLastSeq(seq) {
      s.setLastSeq.run(seq, deviceId);
      return Promise.resolve();
    },
    addAudit(entries: AuditEntry[]) {
      for (const e of entries) {
        s.addAudit.run(
          workspaceId,
          e.table,
          e.recordId,
          e.version,
          e.version,
          deviceId,
          e.deviceName,
          e.actor,
          e.at,
          e.field,
          toJson(e.oldValue),
          toJson(e.newValue),
          e.kind ?? 'change',
        );
      }
      return Promise.resolve();
    },
  };
}
