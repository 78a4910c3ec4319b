import type { Database as SqliteDatabase } from 'better-sqlite3';
import type { StoredRow } from '../../shared/sync/merge';
import type { RecordRow } from './sqlite-rows';
import { toJson } from './sqlite-rows';
import type { AuditEntry, PushTx } from './types';

/** The push transaction's operations on SQLite, bound to one workspace and one device. */
export function sqlitePushTx(db: SqliteDatabase, workspaceId: string, deviceId: string): PushTx {
  const getRow = db.prepare<[string, string, string], RecordRow>(
    'SELECT tbl, id, data, field_versions, field_writers, version FROM records WHERE workspace_id = ? AND tbl = ? AND id = ?',
  );
  const putRow = db.prepare(
    `INSERT INTO records (workspace_id, tbl, id, data, field_versions, field_writers, version)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (workspace_id, tbl, id)
     DO UPDATE SET data = excluded.data, field_versions = excluded.field_versions,
       field_writers = excluded.field_writers, version = excluded.version`,
  );
  const nextVersion = db.prepare<[string], { version_counter: number }>(
    'UPDATE workspaces SET version_counter = version_counter + 1 WHERE id = ? RETURNING version_counter',
  );
  const getLastSeq = db.prepare<[string], { last_seq: number }>(
    'SELECT last_seq FROM devices WHERE id = ?',
  );
  const setLastSeq = db.prepare('UPDATE devices SET last_seq = ? WHERE id = ?');
  const addAudit = db.prepare(
    `INSERT INTO audit (workspace_id, tbl, record_id, version, seq, device_id, device_name, actor, at, field, old_value, new_value)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  return {
    getRow(table, id) {
      const row = getRow.get(workspaceId, table, id);
      const stored: StoredRow | undefined = row && {
        data: JSON.parse(row.data) as Record<string, unknown>,
        fieldVersions: JSON.parse(row.field_versions) as Record<string, number>,
        ...(row.field_writers
          ? { fieldWriters: JSON.parse(row.field_writers) as Record<string, string> }
          : {}),
        version: row.version,
      };
      return Promise.resolve(stored);
    },
    putRow(table, id, row) {
      putRow.run(
        workspaceId,
        table,
        id,
        JSON.stringify(row.data),
        JSON.stringify(row.fieldVersions),
        row.fieldWriters ? JSON.stringify(row.fieldWriters) : null,
        row.version,
      );
      return Promise.resolve();
    },
    nextVersion() {
      const row = nextVersion.get(workspaceId);
      if (!row) throw new Error(`workspace ${workspaceId} missing`);
      return Promise.resolve(row.version_counter);
    },
    getLastSeq() {
      return Promise.resolve(getLastSeq.get(deviceId)?.last_seq ?? 0);
    },
    setLastSeq(seq) {
      setLastSeq.run(seq, deviceId);
      return Promise.resolve();
    },
    addAudit(entries: AuditEntry[]) {
      for (const e of entries) {
        addAudit.run(
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
        );
      }
      return Promise.resolve();
    },
  };
}
