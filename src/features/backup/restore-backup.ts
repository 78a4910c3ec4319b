import type { VarnaDB } from '../../db';
import { LockedError, META, getMeta, setMeta } from '../../db';
import { sv } from '../../lib/strings/for/backup';
import { changesToQueue, type BackupFile } from '../../shared/backup';
import { newId } from '../../shared/ids';
import { SYNCED_TABLES } from '../../shared/schemas';
import { getPairing } from '../../sync';
import { isStorageFull } from '../../lib/save-failed';
import { sealForDevice } from './at-rest';

/** A paired device still has changes the server has not answered: restoring would lose them. */
export class PendingChangesError extends Error {
  constructor(readonly count: number) {
    super(`${count} pending changes on this device`);
    this.name = 'PendingChangesError';
  }
}

/** What the restore step says when the restore failed; in every case nothing on the device changed. */
export function restoreFailureMessage(error: unknown): string {
  const t = sv.backup.restore;
  if (error instanceof PendingChangesError) return t.pendingOnDevice(error.count);
  if (error instanceof LockedError) return `${error.message} ${t.nothingChanged}`;
  return isStorageFull(error) ? t.storageFull : t.failed;
}

export interface RestoreOutcome {
  /** Changes queued for the server (the backup's unsynced work). */
  queued: number;
  deviceId: string;
}

async function defaultRecordIds(): Promise<Set<string>> {
  const { defaultRecords } = await import('../../shared/seed');
  return new Set(defaultRecords().map(({ record }) => record.id));
}

/**
 * Replaces everything on the device with a checked backup, all or nothing: one Dexie transaction
 * over every table, so a failure anywhere leaves the device exactly as it was.
 *
 * - Every synced table and the drafts become the backup's rows, as they were.
 * - The outbox is rebuilt from the backup's unsynced changes (see `changesToQueue`), so they sync.
 * - Unpaired device: it gets a new device id and its numbers restart at 1 (pairing renumbers them).
 * - Paired device: the pairing is kept. The server numbers this device's changes by its token, so
 *   the restored changes continue the device's own sequence (a restart at 1 would be skipped as
 *   already applied). Its id stays the one the server gave. If it still has unanswered changes,
 *   nothing is done (`PendingChangesError`): they would be lost, and dropping their numbers would
 *   leave a gap the server refuses.
 * - The checkpoint restarts at 0, so a paired device pulls everything again, with the restored
 *   changes re-applied on top.
 * - A device that encrypts at rest gets the backup's text sealed with its own keys (it must be
 *   unlocked: LockedError otherwise, and nothing changes).
 *
 * This is the one place besides pull that puts synced rows directly: a restore writes the state a
 * backup recorded, not a new change (those are queued from the backup's outbox).
 */
export async function restoreBackup(db: VarnaDB, file: BackupFile): Promise<RestoreOutcome> {
  const { backup, queue } = await sealForDevice(
    db,
    file,
    changesToQueue(file, await defaultRecordIds()),
  );
  const tables = [...SYNCED_TABLES.map((t) => db.table(t)), db.drafts, db.outbox, db.meta];
  return db.transaction('rw', tables, async () => {
    const pairing = await getPairing(db);
    const paired = pairing !== undefined && pairing.revoked !== true;
    if (paired) {
      const unanswered = await db.outbox.count();
      if (unanswered > 0) throw new PendingChangesError(unanswered);
    }
    for (const table of SYNCED_TABLES) {
      await db.table(table).clear();
      await db.table(table).bulkAdd(backup.tables[table]);
    }
    await db.drafts.clear();
    await db.drafts.bulkAdd(backup.tables.drafts);
    await db.outbox.clear();
    const deviceId = paired ? ((await getMeta<string>(db, META.deviceId)) ?? newId()) : newId();
    let seq = paired ? ((await getMeta<number>(db, META.nextSeq)) ?? 1) : 1;
    for (const change of queue) await db.outbox.add({ ...change, seq: seq++ });
    await setMeta(db, META.deviceId, deviceId);
    await setMeta(db, META.nextSeq, seq);
    await setMeta(db, META.checkpoint, 0);
    await setMeta(db, META.seedRevision, backup.meta.seedRevision);
    await db.meta.delete('lastSyncedAt');
    return { queued: queue.length, deviceId };
  });
}
