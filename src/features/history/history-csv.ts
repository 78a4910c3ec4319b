import { toCsv } from '../../lib/csv';
import { formatHistoryValue, historyFieldLabel } from '../../lib/history-values';
import { sv } from '../../lib/strings/for/history';
import type { HistoryGroup } from './group-history';

/**
 * The record's history as CSV for Swedish Excel (UTF-8 with BOM, `;`): one row per field change,
 * newest first, pending local changes marked as not synced.
 */
export function recordHistoryCsv(table: string, recordId: string, groups: HistoryGroup[]): string {
  const t = sv.history;
  // A creation has no field changes of its own: it is one row with an empty field.
  const none = [{ field: '', oldValue: null, newValue: null, locked: false }];
  const rows = groups.flatMap((g) =>
    (g.changes.length > 0 ? g.changes : none).map((c) => [
      g.at,
      g.actor ?? '',
      g.deviceName ?? (g.kind === 'pending' ? t.thisDevice : ''),
      t.tables[table] ?? table,
      recordId,
      c.field ? historyFieldLabel(table, c.field) : '',
      g.kind === 'redaction' || c.locked
        ? ''
        : formatHistoryValue(c.oldValue, c.field ?? undefined),
      g.kind === 'redaction' || c.locked
        ? ''
        : formatHistoryValue(c.newValue, c.field ?? undefined),
      t.csvKinds[g.kind],
      g.kind === 'pending' ? t.no : t.yes,
    ]),
  );
  return toCsv(t.csvColumns, rows);
}
