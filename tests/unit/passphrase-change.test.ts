import { afterEach, describe, expect, it } from 'vitest';
import {
  VarnaDB,
  changePassphrase,
  initLock,
  lock,
  openRows,
  setPassphrase,
  unlock,
  writeRecord,
} from '../../src/db';
import { logEntryFields } from '../fixtures/log-entry';

const ITERATIONS = 1_000; // fast for tests; the app uses 600,000
const OLD = 'korrekt hästbatteri';
const NEW = 'en helt ny lösenfras';
const MARKER = 'HEMLIG-MARKÖR-4410';
const dbs: VarnaDB[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

/** A device with a passphrase set, unlocked, holding one log entry whose summary is MARKER. */
async function encryptedDevice(): Promise<VarnaDB> {
  const db = new VarnaDB(`t-${crypto.randomUUID()}`);
  dbs.push(db);
  await initLock(db);
  await setPassphrase(db, OLD, ITERATIONS);
  await writeRecord(
    db,
    'logEntries',
    'e1',
    logEntryFields({ date: '2026-11-27T10:00', summary: `${MARKER} samtal` }),
  );
  return db;
}

/** Everything stored in IndexedDB, as text. */
async function everythingStored(db: VarnaDB): Promise<string> {
  const parts: string[] = [];
  for (const table of db.tables) parts.push(JSON.stringify(await table.toArray()));
  return parts.join('\n');
}

const summaries = async (db: VarnaDB) =>
  (await openRows(db, 'logEntries', await db.logEntries.toArray())).map((r) => r.summary);

describe('changing the passphrase', () => {
  it('reseals every value under the new passphrase without ever storing it in the clear', async () => {
    const db = await encryptedDevice();
    // Every row written during the change, as stored.
    const written: string[] = [];
    for (const table of db.tables) {
      table.hook('creating', (_key, row) => void written.push(JSON.stringify(row)));
      table.hook('updating', (changes, _key, row) => {
        written.push(JSON.stringify({ ...(row as object), ...changes }));
      });
    }
    await changePassphrase(db, NEW, ITERATIONS);
    expect(written.length).toBeGreaterThan(0);
    expect(written.join('\n')).not.toContain(MARKER);
    expect(await everythingStored(db)).not.toContain(MARKER);
    expect(await summaries(db)).toEqual([`${MARKER} samtal`]);

    lock(db);
    expect(await unlock(db, OLD)).toMatchObject({ ok: false });
    expect(await unlock(db, NEW)).toEqual({ ok: true });
    expect(await summaries(db)).toEqual([`${MARKER} samtal`]);
  });

  it('changes nothing when it fails: the old passphrase still opens the same data', async () => {
    const db = await encryptedDevice();
    const before = await everythingStored(db);
    // The new keyring cannot be stored: the one transaction of the change is aborted.
    const refuse = (key: unknown) => {
      if (key === 'keyring') throw new Error('disk full');
    };
    db.meta.hook('creating', (key) => refuse(key));
    db.meta.hook('updating', (_changes, key) => refuse(key));
    await expect(changePassphrase(db, NEW, ITERATIONS)).rejects.toThrow();
    expect(await everythingStored(db)).toBe(before);

    lock(db);
    expect(await unlock(db, NEW)).toMatchObject({ ok: false });
    expect(await unlock(db, OLD)).toEqual({ ok: true });
    expect(await summaries(db)).toEqual([`${MARKER} samtal`]);
  });

  it('refuses a passphrase that is too short before touching anything', async () => {
    const db = await encryptedDevice();
    const before = await everythingStored(db);
    await expect(changePassphrase(db, 'kort', ITERATIONS)).rejects.toThrow(/minst 10 tecken/);
    expect(await everythingStored(db)).toBe(before);
  });
});
