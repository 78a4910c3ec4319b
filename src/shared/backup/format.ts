import * as z from 'zod/mini';
import { SYNCED_SCHEMAS, SYNCED_TABLES, idSchema, isoInstant } from '../schemas';
import type { RecordOf, SyncedTable } from '../schemas';

/**
 * The backup file, version 1: all of a device's data as one JSON document.
 *
 * ```
 * { format: 'varna-backup', version: 1, createdAt,
 *   tables: { areas: […], …every synced table…, drafts: […] },
 *   outbox: […the device's changes not yet synced…],
 *   meta: { checkpoint, seedRevision } }
 * ```
 * Append-only: a new shape is a new `version`, and readers keep reading the old ones. Device
 * settings (pairing, device id, sequence numbers, names) are not part of a backup: the file may
 * be opened on another device.
 */
export const BACKUP_FORMAT = 'varna-backup';
export const BACKUP_VERSION = 1;

const count = z.number().check(z.int(), z.minimum(0));

/** An unsaved form kept on the device. */
export const backupDraftSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  data: z.unknown(),
  updatedAt: z.string().check(z.maxLength(40)),
});
export type BackupDraft = z.infer<typeof backupDraftSchema>;

/** A change of the device that was not yet synced when the backup was made. */
export const backupOutboxEntrySchema = z.object({
  seq: z.number().check(z.int(), z.minimum(1)),
  table: z.enum(SYNCED_TABLES as [SyncedTable, ...SyncedTable[]]),
  recordId: idSchema,
  fields: z.record(z.string(), z.unknown()),
  baseVersion: count,
  before: z.nullable(z.record(z.string(), z.unknown())),
  createdAt: z.string().check(z.maxLength(40)),
  v: z.number().check(z.int()),
  status: z.enum(['pending', 'rejected']),
  error: z.nullable(z.string()),
  attempts: count,
});
export type BackupOutboxEntry = z.infer<typeof backupOutboxEntrySchema>;

export type BackupTables = { [T in SyncedTable]: Array<RecordOf<T>> } & { drafts: BackupDraft[] };

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  tables: BackupTables;
  outbox: BackupOutboxEntry[];
  meta: { checkpoint: number; seedRevision: number };
}

/** Every table a backup holds, synced tables first. */
export const BACKUP_TABLES: ReadonlyArray<SyncedTable | 'drafts'> = [...SYNCED_TABLES, 'drafts'];

const tableShapes = Object.fromEntries([
  ...SYNCED_TABLES.map((table) => [table, z.array(SYNCED_SCHEMAS[table])]),
  ['drafts', z.array(backupDraftSchema)],
]) as Record<string, z.ZodMiniArray<z.ZodMiniType>>;

/**
 * The whole file. Every record is checked against its table's schema, the same one writes and the
 * endpoint use. An issue's path names the place: `tables.logEntries.3.date`.
 */
export const backupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: isoInstant,
  tables: z.object(tableShapes),
  outbox: z.array(backupOutboxEntrySchema),
  meta: z.object({ checkpoint: count, seedRevision: count }),
});
