import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { setMeta, writeRecord, type VarnaDB } from '../../src/db';
import { backupFileText, createBackup } from '../../src/features/backup/create-backup';
import {
  PendingChangesError,
  restoreBackup,
  restoreFailureMessage,
} from '../../src/features/backup/restore-backup';
import { readBackupText, type BackupFile } from '../../src/shared/backup';
import { exportPendingChanges } from '../../src/sync';
import { sv } from '../../src/lib/strings';
import { populatedDb, snapshot } from './backup-fixture';
import { followUp, organisation } from './report-fixture';

const open: VarnaDB[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

async function setup() {
  const source = await populatedDb();
  const target = await populatedDb();
  open.push(source, target);
  await writeRecord(target, 'organisations', 'o-target', organisation('o-target', 'Bara på målet'));
  const backup = await createBackup(source);
  return { source, target, backup, text: await backupFileText(backup) };
}

/** Reads a file as the restore page does, restores only if it is accepted, and says why not. */
async function attempt(db: VarnaDB, text: string): Promise<string> {
  const result = await readBackupText(text);
  if (!result.ok) return sv.backup.problem(result.problem);
  await restoreBackup(db, result.value);
  return 'restored';
}

/** A backup as plain JSON data, to break on purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

const mutate = (backup: BackupFile, change: (b: Loose) => void): string => {
  const copy = structuredClone(backup) as unknown as Loose;
  change(copy);
  return JSON.stringify(copy);
};

describe('a restore refuses bad files with a precise message and changes nothing', () => {
  it.each([
    [
      'a truncated file',
      (text: string) => text.slice(0, Math.floor(text.length / 2)),
      /ofullständig eller skadad/,
    ],
    ['an empty file', () => '', /Filen är tom/],
    [
      'a CSV file',
      () => '\uFEFFTyp;Datum\r\nDialogmöte;2026-03-05',
      /inte en säkerhetskopia från Värna \(den är inte JSON\)/,
    ],
    [
      'some other JSON',
      () => JSON.stringify({ name: 'package', version: 1 }),
      /inte en säkerhetskopia från Värna/,
    ],
  ])('%s', async (_name, make, message) => {
    const { target, text } = await setup();
    const before = await snapshot(target);
    expect(await attempt(target, make(text))).toMatch(message);
    expect(await snapshot(target)).toEqual(before);
  });

  it('a backup of a version this app cannot read', async () => {
    const { target, backup } = await setup();
    const before = await snapshot(target);
    const text = mutate(backup, (b) => (b.version = 2));
    expect(await attempt(target, text)).toBe(
      'Filen är en säkerhetskopia av version 2, som den här versionen av Värna inte kan läsa.',
    );
    expect(await snapshot(target)).toEqual(before);
  });

  it('the pending-changes export (the wrong type of Värna file)', async () => {
    const { source, target } = await setup();
    const before = await snapshot(target);
    expect(await attempt(target, await exportPendingChanges(source))).toMatch(
      /export av osynkade ändringar, inte en säkerhetskopia/,
    );
    expect(await snapshot(target)).toEqual(before);
  });

  it('a record that fails its table schema: the table, record and field are named', async () => {
    const { target, backup } = await setup();
    const before = await snapshot(target);
    const text = mutate(backup, (b) => {
      const entry = b.tables.logEntries.find((e: { id: string }) => e.id === 'e-local');
      entry.date = '5 mars 2026';
    });
    const index = backup.tables.logEntries.findIndex((e) => e.id === 'e-local');
    expect(await attempt(target, text)).toBe(
      `Post ${index + 1} i tabellen Dialogloggen (logEntries) (id e-local) har ett ogiltigt värde i fältet ”date”.`,
    );
    expect(await snapshot(target)).toEqual(before);
  });

  it.each([
    [
      'a missing table',
      (b: Loose) => delete b.tables.contacts,
      /Tabellen Kontakter \(contacts\) saknas/,
    ],
    [
      'a duplicated id',
      (b: Loose) => b.tables.organisations.push(b.tables.organisations[0]),
      /Tabellen Organisationer \(organisations\) har två poster med samma id/,
    ],
    [
      'a broken outbox',
      (b: Loose) => (b.outbox[0].seq = 'ett'),
      /de osynkade ändringarna .* ”0\.seq”/,
    ],
    [
      'a status that does not exist',
      (b: Loose) => b.tables.followUps.push({ ...followUp('a1', 2026, 'helt'), status: 'klar' }),
      /^Post 1 i tabellen Uppföljningar \(followUps\) \(id [0-9a-f-]+\) har ett ogiltigt värde i fältet ”status”\.$/,
    ],
  ])('%s', async (_name, change, message) => {
    const { target, backup } = await setup();
    const before = await snapshot(target);
    expect(await attempt(target, mutate(backup, change))).toMatch(message);
    expect(await snapshot(target)).toEqual(before);
  });

  it('a failure inside the restore rolls every table back', async () => {
    const { target, backup } = await setup();
    const before = await snapshot(target);
    const broken = structuredClone(backup);
    // Accepted rows in the first tables, then a row Dexie cannot store (no primary key).
    (broken.tables.contacts as unknown[]).push({ role: 'utan id' });
    await expect(restoreBackup(target, broken)).rejects.toThrow();
    expect(await snapshot(target)).toEqual(before);
  });

  it('a paired device with changes not yet synced is refused, so they are not lost', async () => {
    const { target, backup } = await setup();
    await setMeta(target, 'pairing', {
      serverUrl: 'https://varna.example',
      token: 't',
      deviceId: 'dev-1',
      workspaceId: 'w',
      workspaceName: 'Timrå',
      role: 'field',
      pairedAt: '2026-01-01T00:00:00.000Z',
    });
    const before = await snapshot(target);
    const pending = await target.outbox.count();
    const error = await restoreBackup(target, backup).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PendingChangesError);
    expect(restoreFailureMessage(error)).toMatch(
      new RegExp(`Enheten har ${pending} ändringar som inte är synkade`),
    );
    expect(await snapshot(target)).toEqual(before);
  });

  it('a restore that does not fit on the device says so, not just that it failed', async () => {
    const { target, backup } = await setup();
    const before = await snapshot(target);
    // What Dexie rejects with when IndexedDB aborts the restore's transaction for lack of space
    // (a middleware takes effect when the database opens, so it is opened again).
    const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    target.close();
    target.use({
      stack: 'dbcore',
      name: 'device-full',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return name === 'contacts'
            ? { ...table, mutate: () => Promise.reject(new Dexie.AbortError('aborted', full)) }
            : table;
        },
      }),
    });
    await target.open();
    const error = await restoreBackup(target, backup).catch((e: unknown) => e);
    expect(restoreFailureMessage(error)).toBe(
      'Återställningen fick inte plats: enhetens lagring är full. Inget på enheten har ändrats. Frigör utrymme på enheten och försök igen.',
    );
    expect(restoreFailureMessage(new Error('other'))).toBe(
      'Återställningen misslyckades. Inget på enheten har ändrats.',
    );
    target.unuse({ stack: 'dbcore', name: 'device-full' });
    expect(await snapshot(target)).toEqual(before);
  });
});
