import type { Queryable } from './pg-rows';
import { queryRows } from './pg-rows';

/**
 * Stores a lost device's wipe report in one statement: only a device revoked as lost that has not
 * reported yet is updated (of two concurrent reports, the second waits for the first's row lock and
 * then finds `wiped_at` set), so a report is accepted once. True when this call stored it.
 */
export async function recordPgWipeReport(
  db: Queryable,
  id: string,
  lostChanges: number,
  at: number,
): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    db,
    `UPDATE devices SET wiped_at = $2, lost_changes = $3
     WHERE id = $1 AND revoked_at IS NOT NULL AND revoked_lost AND wiped_at IS NULL
     RETURNING id`,
    [id, at, lostChanges],
  );
  return rows.length === 1;
}
