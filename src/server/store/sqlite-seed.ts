import type { Database as SqliteDatabase } from 'better-sqlite3';
import { SEED_REVISION, defaultRecords } from '../../shared/seed';

/**
 * Gives a workspace the default records it does not have yet, at version 0 with no field versions.
 * Idempotent: a record already there (edited, deleted, or seeded before) is never touched, and the
 * version counter does not move. Runs inside the caller's transaction.
 */
export function seedWorkspace(db: SqliteDatabase, workspaceId: string): void {
  const current = db
    .prepare<[string], { seed_revision: number }>(
      'SELECT seed_revision FROM workspaces WHERE id = ?',
    )
    .get(workspaceId);
  if (!current || current.seed_revision >= SEED_REVISION) return;
  const insert = db.prepare(
    `INSERT OR IGNORE INTO records (workspace_id, tbl, id, data, field_versions, version)
     VALUES (?, ?, ?, ?, '{}', 0)`,
  );
  for (const { table, record } of defaultRecords()) {
    const { id, version: _version, ...data } = record;
    insert.run(workspaceId, table, id, JSON.stringify(data));
  }
  db.prepare('UPDATE workspaces SET seed_revision = ? WHERE id = ?').run(
    SEED_REVISION,
    workspaceId,
  );
}
