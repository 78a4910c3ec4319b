import type { VarnaDB } from '../db';
import { recordWrite, writeRecords, type RecordWrite } from '../db';
import type { Conflict } from '../shared/schemas';
import { isSyncedTable } from '../shared/schemas';

/**
 * Resolves a conflict with a person's choice. Choosing the other value writes it to the record;
 * either way the conflict is marked resolved. Both writes commit together with their outbox
 * entries and sync like any change, so every device sees the choice.
 */
export async function resolveConflict(
  db: VarnaDB,
  conflict: Conflict,
  choice: 'shown' | 'other',
): Promise<void> {
  const writes: RecordWrite[] = [recordWrite('conflicts', conflict.id, { resolved: true })];
  if (choice === 'other' && isSyncedTable(conflict.table)) {
    writes.unshift(
      recordWrite(conflict.table, conflict.recordId, { [conflict.field]: conflict.otherValue }),
    );
  }
  await writeRecords(db, writes);
}
