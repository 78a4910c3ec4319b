import type { VarnaDB } from '../../db';
import { LockedError, openHistoryRows } from '../../db';
import type { CsvCell } from '../../lib/csv';
import {
  HIDDEN_HISTORY_FIELDS,
  formatHistoryValue,
  historyFieldLabel,
} from '../../lib/history-values';
import { sv } from '../../lib/strings/for/backup';

/**
 * The whole workspace's audit trail as this device has it (pulled at each sync), oldest first:
 * one row per changed field, redactions without any text. The app must be unlocked.
 */
export async function historyRows(db: VarnaDB): Promise<CsvCell[][]> {
  const t = sv.history;
  const rows = await openHistoryRows(db, await db.history.orderBy('seq').toArray());
  if (rows.some((row) => row.locked)) throw new LockedError();
  return rows
    .filter((row) => !HIDDEN_HISTORY_FIELDS.has(row.field))
    .sort((a, b) => a.seq - b.seq || a.id - b.id)
    .map((row) => [
      row.at,
      row.actor ?? '',
      row.deviceName ?? '',
      t.tables[row.table] ?? row.table,
      row.recordId,
      row.field ? historyFieldLabel(row.table, row.field) : '',
      row.kind === 'change' ? formatHistoryValue(row.oldValue, row.field ?? undefined) : '',
      row.kind === 'change' ? formatHistoryValue(row.newValue, row.field ?? undefined) : '',
      t.csvKinds[row.kind],
    ]);
}
