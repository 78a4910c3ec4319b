import { MUTATION_FORMAT } from '../sync/protocol';
import { RESERVED_FIELDS, SYNCED_TABLES } from '../schemas';
import type { BackupFile, BackupOutboxEntry } from './format';

/** An outbox entry to re-create on restore; the device numbers it. */
export type RestoredChange = Omit<BackupOutboxEntry, 'seq'>;

/**
 * The changes a restore must queue so that what the server lacks reaches it. Pure.
 *
 * Rules:
 * - Every pending change of the backup is queued again as it was (same fields, base version and
 *   previous values), in its original order, with its attempts and error reset. Keeping the base
 *   version keeps conflict detection honest: a change made before another device's edit still
 *   raises a conflict instead of silently overwriting it.
 * - Changes the server had already refused are not queued again (they were undone locally).
 * - A record at version 0 that is not default data, is not deleted and has no pending change was
 *   made on a device but never seen back from the server: it is queued as a creation (first, so
 *   the changes that follow may refer to it). Sending it again is harmless if the server has it:
 *   an unchanged value changes nothing there.
 */
export function changesToQueue(
  backup: BackupFile,
  defaultIds: ReadonlySet<string>,
): RestoredChange[] {
  const pending = backup.outbox
    .filter((entry) => entry.status === 'pending')
    .sort((a, b) => a.seq - b.seq)
    .map(({ seq: _seq, ...entry }): RestoredChange => ({ ...entry, error: null, attempts: 0 }));
  const covered = new Set(pending.map((entry) => `${entry.table}:${entry.recordId}`));
  const creations: RestoredChange[] = [];
  for (const table of SYNCED_TABLES) {
    for (const row of backup.tables[table] as Array<Record<string, unknown>>) {
      const id = row.id as string;
      if (row.version !== 0 || row.deleted === true || defaultIds.has(id)) continue;
      if (covered.has(`${table}:${id}`)) continue;
      const fields = Object.fromEntries(
        Object.entries(row).filter(
          ([key, value]) => !RESERVED_FIELDS.has(key) && value !== undefined,
        ),
      );
      creations.push({
        table,
        recordId: id,
        fields,
        baseVersion: 0,
        before: null,
        createdAt: typeof row.updatedAt === 'string' ? row.updatedAt : new Date().toISOString(),
        v: MUTATION_FORMAT,
        status: 'pending',
        error: null,
        attempts: 0,
      });
    }
  }
  return [...creations, ...pending];
}
