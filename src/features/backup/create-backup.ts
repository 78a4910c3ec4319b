import type { VarnaDB } from '../../db';
import { META, getMeta } from '../../db';
import { BACKUP_FORMAT, BACKUP_VERSION, encryptBackupText } from '../../shared/backup';
import type { BackupFile, BackupOutboxEntry, BackupTables } from '../../shared/backup';
import { SYNCED_TABLES } from '../../shared/schemas';
import { openSealedValues } from './at-rest';

/**
 * A backup of everything on the device, read in one transaction so the tables agree with each
 * other and with the outbox. Works offline. Device settings (pairing, device id, sequence numbers,
 * names, the at-rest keyring) are left out: the file may be restored on another device. Text sealed
 * at rest is opened (the app must be unlocked: LockedError otherwise).
 */
export async function createBackup(db: VarnaDB): Promise<BackupFile> {
  const tables = [...SYNCED_TABLES.map((t) => db.table(t)), db.drafts, db.outbox, db.meta];
  const raw = await db.transaction('r', tables, async (): Promise<BackupFile> => {
    const out: Record<string, unknown[]> = {};
    for (const table of SYNCED_TABLES) out[table] = await db.table(table).toArray();
    out.drafts = await db.drafts.toArray();
    const outbox = (await db.outbox.orderBy('seq').toArray()) as BackupOutboxEntry[];
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      tables: out as BackupTables,
      outbox,
      meta: {
        checkpoint: (await getMeta<number>(db, META.checkpoint)) ?? 0,
        seedRevision: (await getMeta<number>(db, META.seedRevision)) ?? 0,
      },
    };
  });
  return openSealedValues(db, raw);
}

/** The backup as the file's text: encrypted under the passphrase, or plain when none is given. */
export async function backupFileText(backup: BackupFile, passphrase?: string): Promise<string> {
  const plain = JSON.stringify(backup);
  if (!passphrase) return plain;
  return JSON.stringify(await encryptBackupText(plain, passphrase));
}
