import type { Database as SqliteDatabase } from 'better-sqlite3';

/**
 * Stores a lost device's wipe report in one statement: only a device revoked as lost that has not
 * reported yet is updated, so a report is accepted once. True when this call stored it.
 */
export function recordSqliteWipeReport(
  db: SqliteDatabase,
  id: string,
  lostChanges: number,
  at: number,
): boolean {
  const result = db
    .prepare(
      `UPDATE devices SET wiped_at = ?, lost_changes = ?
       WHERE id = ? AND revoked_at IS NOT NULL AND revoked_lost = 1 AND wiped_at IS NULL`,
    )
    .run(at, lostChanges, id);
  return result.changes === 1;
}
