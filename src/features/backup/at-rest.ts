import type { VarnaDB } from '../../db';
import { LockedError, isEncrypting, sealFields, sessionOf, unsealFields } from '../../db';
// Sealing a whole value (a draft) is not part of src/db's public API yet; this is its one use here.
import { isSealed, seal } from '../../db';
import type { BackupFile, BackupOutboxEntry, RestoredChange } from '../../shared/backup';
import { SYNCED_TABLES } from '../../shared/schemas';

/**
 * A backup holds plain values, so that it can be restored on any device: text sealed at rest on
 * this device (app lock with a passphrase) is opened when the backup is made, and sealed again
 * with the target device's own keys when it is restored. Both need the app unlocked
 * (LockedError otherwise), and both run before any Dexie transaction opens (WebCrypto inside one
 * would end it early).
 */

type Row = Record<string, unknown>;

async function openOutboxEntry(db: VarnaDB, entry: BackupOutboxEntry): Promise<BackupOutboxEntry> {
  return {
    ...entry,
    fields: await unsealFields(db, entry.fields),
    before: entry.before ? await unsealFields(db, entry.before) : null,
  };
}

/** The backup with every value sealed at rest opened. */
export async function openSealedValues(db: VarnaDB, backup: BackupFile): Promise<BackupFile> {
  const tables: Record<string, unknown[]> = {};
  for (const table of SYNCED_TABLES) {
    tables[table] = await Promise.all(
      (backup.tables[table] as Row[]).map((row) => unsealFields(db, row)),
    );
  }
  tables.drafts = await Promise.all(
    backup.tables.drafts.map(async (draft) =>
      isSealed(draft.data)
        ? { ...draft, ...(await unsealFields(db, { data: draft.data })) }
        : draft,
    ),
  );
  return {
    ...backup,
    tables: tables as BackupFile['tables'],
    outbox: await Promise.all(backup.outbox.map((entry) => openOutboxEntry(db, entry))),
  };
}

export interface SealedRestore {
  backup: BackupFile;
  queue: RestoredChange[];
}

/** The backup's rows and the changes to queue, sealed with this device's keys if it encrypts at rest. */
export async function sealForDevice(
  db: VarnaDB,
  backup: BackupFile,
  queue: RestoredChange[],
): Promise<SealedRestore> {
  if (!isEncrypting(db)) return { backup, queue };
  const keys = sessionOf(db).getState().keys;
  if (!keys) throw new LockedError();
  const tables: Record<string, unknown[]> = {};
  for (const table of SYNCED_TABLES) {
    tables[table] = await Promise.all(
      (backup.tables[table] as Row[]).map((row) => sealFields(db, table, row)),
    );
  }
  tables.drafts = await Promise.all(
    backup.tables.drafts.map(async (draft) => ({ ...draft, data: await seal(keys, draft.data) })),
  );
  const sealedQueue = await Promise.all(
    queue.map(async (change) => ({
      ...change,
      fields: await sealFields(db, change.table, change.fields),
      before: change.before ? await sealFields(db, change.table, change.before) : null,
    })),
  );
  return { backup: { ...backup, tables: tables as BackupFile['tables'] }, queue: sealedQueue };
}
