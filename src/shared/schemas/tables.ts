import type * as z from 'zod/mini';
import { conflictSchema, contactSchema, routineInfoSchema, routineStepSchema } from './contacts';
import { logEntrySchema, organisationSchema } from './log';
import { activitySchema, areaSchema, followUpSchema, interventionSchema } from './plan';

/**
 * Every synced table, by the name used in Dexie, on the wire and in the server's store.
 * Adding a table here makes it sync; its schema validates every record on both sides.
 */
export const SYNCED_SCHEMAS = {
  areas: areaSchema,
  activities: activitySchema,
  followUps: followUpSchema,
  interventions: interventionSchema,
  organisations: organisationSchema,
  logEntries: logEntrySchema,
  contacts: contactSchema,
  routineSteps: routineStepSchema,
  routineInfo: routineInfoSchema,
  conflicts: conflictSchema,
} as const;

export type SyncedTable = keyof typeof SYNCED_SCHEMAS;
export const SYNCED_TABLES = Object.keys(SYNCED_SCHEMAS) as SyncedTable[];
export type RecordOf<T extends SyncedTable> = z.infer<(typeof SYNCED_SCHEMAS)[T]>;
export type AnySyncedRecord = RecordOf<SyncedTable>;

export function isSyncedTable(name: string): name is SyncedTable {
  return Object.prototype.hasOwnProperty.call(SYNCED_SCHEMAS, name);
}
