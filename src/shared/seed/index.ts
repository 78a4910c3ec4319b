import type { AnySyncedRecord, SyncedTable } from '../schemas';
import { DEFAULT_CONTACTS } from './contacts-data';
import { DEFAULT_ACTIVITIES, DEFAULT_AREAS, DEFAULT_INTERVENTIONS } from './plan-data';
import { DEFAULT_ROUTINE_INFO, DEFAULT_ROUTINE_STEPS } from './routine-data';

export * from './plan-data';
export * from './contacts-data';
export * from './routine-data';

export { SEED_REVISION } from './revision';

/**
 * Every default record with its table: stored at version 0, with no outbox entry. Returns fresh
 * copies, so a caller may change them without touching the constants.
 */
export function defaultRecords(): Array<{ table: SyncedTable; record: AnySyncedRecord }> {
  const records: Array<{ table: SyncedTable; record: AnySyncedRecord }> = [
    ...DEFAULT_AREAS.map((record) => ({ table: 'areas' as const, record })),
    ...DEFAULT_ACTIVITIES.map((record) => ({ table: 'activities' as const, record })),
    ...DEFAULT_INTERVENTIONS.map((record) => ({ table: 'interventions' as const, record })),
    ...DEFAULT_CONTACTS.map((record) => ({ table: 'contacts' as const, record })),
    ...DEFAULT_ROUTINE_STEPS.map((record) => ({ table: 'routineSteps' as const, record })),
    { table: 'routineInfo' as const, record: DEFAULT_ROUTINE_INFO },
  ];
  return records.map(({ table, record }) => ({ table, record: structuredClone(record) }));
}
