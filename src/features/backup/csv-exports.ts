import type { VarnaDB } from '../../db';
import { unsealFields } from '../../db';
import { toCsv } from '../../lib/csv';
import { sv } from '../../lib/strings/for/backup';
import { contactRows, followUpRows, logEntryRows, organisationRows } from './csv-rows';
import { historyRows } from './history-rows';

export type CsvExportKind = 'logEntries' | 'followUps' | 'contacts' | 'organisations' | 'history';
export const CSV_EXPORTS: readonly CsvExportKind[] = [
  'logEntries',
  'followUps',
  'contacts',
  'organisations',
  'history',
];

/** Rows with their text sealed at rest opened; throws LockedError while the app is locked. */
function opened<T extends object>(db: VarnaDB, rows: Promise<T[]>): Promise<T[]> {
  return rows.then((list) =>
    Promise.all(
      list.map(async (row) => (await unsealFields(db, { ...row } as Record<string, unknown>)) as T),
    ),
  );
}

/** The CSV text of one export, read from the device (works offline; the app must be unlocked). */
export async function csvExport(db: VarnaDB, kind: CsvExportKind): Promise<string> {
  const header = sv.backup.csv.columns[kind];
  switch (kind) {
    case 'logEntries': {
      const [entries, organisations, activities] = await Promise.all([
        opened(db, db.logEntries.toArray()),
        db.organisations.toArray(),
        db.activities.toArray(),
      ]);
      return toCsv(header, logEntryRows(entries, organisations, activities));
    }
    case 'followUps': {
      const [followUps, activities, areas] = await Promise.all([
        opened(db, db.followUps.toArray()),
        db.activities.toArray(),
        db.areas.toArray(),
      ]);
      return toCsv(header, followUpRows(followUps, activities, areas));
    }
    case 'contacts':
      return toCsv(header, contactRows(await db.contacts.toArray()));
    case 'organisations': {
      const [organisations, entries] = await Promise.all([
        opened(db, db.organisations.toArray()),
        db.logEntries.toArray(),
      ]);
      return toCsv(header, organisationRows(organisations, entries));
    }
    case 'history':
      return toCsv(header, await historyRows(db));
  }
}
