import { afterEach, describe, expect, it } from 'vitest';
import type { VarnaDB } from '../../src/db';
import { LockedError, lock, openRows, setPassphrase, unlock } from '../../src/db';
import { backupFileText, createBackup } from '../../src/features/backup/create-backup';
import { csvExport } from '../../src/features/backup/csv-exports';
import { restoreBackup } from '../../src/features/backup/restore-backup';
import { readBackupText } from '../../src/shared/backup';
import { SECRET_NOTE, populatedDb, snapshot, tablesOf } from './backup-fixture';

/** Devices whose free text is encrypted at rest (app lock with a passphrase). */
const ITERATIONS = 1_000; // fast for tests; the app uses 600,000
const DEVICE_PASSPHRASE = 'enhetens lösenfras';
const open: VarnaDB[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

async function encryptedDevice(): Promise<VarnaDB> {
  const db = await populatedDb();
  open.push(db);
  await setPassphrase(db, DEVICE_PASSPHRASE, ITERATIONS);
  return db;
}

const isSealed = (value: unknown) =>
  typeof value === 'object' && value !== null && '$sealed' in value;

async function read(text: string) {
  const result = await readBackupText(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.value;
}

describe('backups of a device that encrypts at rest', () => {
  it('hold the text opened, so any device can restore them; the device must be unlocked', async () => {
    const source = await encryptedDevice();
    expect(isSealed((await source.organisations.get('o-local'))?.note)).toBe(true);
    const text = await backupFileText(await createBackup(source));
    expect(text).not.toContain('$sealed');
    expect(
      JSON.parse(text).tables.organisations.find((o: { id: string }) => o.id === 'o-local').note,
    ).toBe(SECRET_NOTE);
    lock(source);
    await expect(createBackup(source)).rejects.toBeInstanceOf(LockedError);
    await expect(csvExport(source, 'organisations')).rejects.toBeInstanceOf(LockedError);
  });

  it('restore onto an encrypting device seals the text with its own keys', async () => {
    const source = await populatedDb();
    open.push(source);
    const backup = await read(await backupFileText(await createBackup(source)));
    const target = await encryptedDevice();
    await restoreBackup(target, backup);

    const rawNote = (await target.organisations.get('o-local'))?.note;
    expect(isSealed(rawNote)).toBe(true);
    const [opened] = await openRows(target, 'organisations', [
      (await target.organisations.get('o-local'))!,
    ]);
    expect(opened?.note).toBe(SECRET_NOTE);
    const entry = (await target.outbox.toArray()).find((e) => e.recordId === 'o-local');
    expect(isSealed(entry?.fields.note)).toBe(true);
    expect(isSealed((await target.drafts.get('dialog-new'))?.data)).toBe(true);
    // Opened again, the target holds exactly the backup, and a CSV shows the text.
    const again = await createBackup(target);
    expect(again.tables.organisations).toEqual(
      [...backup.tables.organisations].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(again.tables.drafts).toEqual(backup.tables.drafts);
    expect(await csvExport(target, 'organisations')).toContain(SECRET_NOTE.replaceAll('"', '""'));
  });

  it('restore onto a locked device is refused and changes nothing', async () => {
    const source = await populatedDb();
    open.push(source);
    const backup = await read(await backupFileText(await createBackup(source)));
    const target = await encryptedDevice();
    lock(target);
    const before = await snapshot(target);
    await expect(restoreBackup(target, backup)).rejects.toBeInstanceOf(LockedError);
    expect(await snapshot(target)).toEqual(before);
    expect(await unlock(target, DEVICE_PASSPHRASE)).toEqual({ ok: true });
    await restoreBackup(target, backup);
    expect((await tablesOf(target)).logEntries).toHaveLength(backup.tables.logEntries.length);
  });
});
