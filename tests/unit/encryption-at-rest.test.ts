import { afterEach, describe, expect, it } from 'vitest';
import {
  VarnaDB,
  lock,
  openRows,
  setMeta,
  setPassphrase,
  unlock,
  writeRecord,
  LOCK_SETTINGS,
  LockedError,
  initLock,
} from '../../src/db';
import { createKeyring, openKeyring, WrongPassphraseError } from '../../src/db/crypto/keyring';
import { seal, unseal } from '../../src/db/crypto/sealed';
import { logEntryFields, type LogEntryFields } from '../fixtures/log-entry';

const ITERATIONS = 1_000; // fast for tests; the app uses 600,000
const MARKER = 'HEMLIG-MARKÖR-7731';
const dbs: VarnaDB[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});
function freshDb(): VarnaDB {
  const db = new VarnaDB(`t-${crypto.randomUUID()}`);
  dbs.push(db);
  return db;
}

function entry(summary: string): LogEntryFields {
  return logEntryFields({
    date: '2026-11-27T10:00',
    meetingForm: 'fysiskt',
    participantRoles: ['Utvecklingsstrateg'],
    orgParticipants: 3,
    topics: ['Demokrati'],
    summary,
    followUps: [{ id: 'f1', text: `Uppföljning ${summary}`, due: null, done: false }],
    updatedAt: new Date().toISOString(),
  });
}

/** Everything stored in IndexedDB, as text, to look for a marker. */
async function everythingStored(db: VarnaDB): Promise<string> {
  const parts: string[] = [];
  for (const table of db.tables) parts.push(JSON.stringify(await table.toArray()));
  return parts.join('\n');
}

describe('keyring', () => {
  it('round-trips a value and refuses a wrong passphrase', async () => {
    const { keys, keyring } = await createKeyring('en lång lösenfras', ITERATIONS);
    const sealed = await seal(keys, { text: 'åäö' });
    const reopened = await openKeyring(keyring, 'en lång lösenfras');
    expect(await unseal(reopened, sealed)).toEqual({ text: 'åäö' });
    await expect(openKeyring(keyring, 'fel lösenfras!!')).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
  });
});

describe('encryption at rest', () => {
  it('seals free text written before and after the passphrase was set, in rows and outbox', async () => {
    const db = freshDb();
    await initLock(db);
    await writeRecord(db, 'logEntries', 'e1', entry(`${MARKER} före`));
    expect(await everythingStored(db)).toContain(MARKER);
    await setPassphrase(db, 'korrekt hästbatteri', ITERATIONS);
    await writeRecord(db, 'logEntries', 'e2', entry(`${MARKER} efter`));
    await db.drafts.put({ id: 'd', data: 'plain', updatedAt: '' });
    expect(await everythingStored(db)).not.toContain(MARKER);
    const rows = await openRows(db, 'logEntries', await db.logEntries.toArray());
    expect(rows.map((r) => r.summary).sort()).toEqual([`${MARKER} efter`, `${MARKER} före`]);
  });

  it('shows empty text while locked, refuses sealed writes, and reopens after unlocking', async () => {
    const db = freshDb();
    await initLock(db);
    await setPassphrase(db, 'korrekt hästbatteri', ITERATIONS);
    await writeRecord(db, 'logEntries', 'e1', entry('Samtal om lokaler'));
    lock(db);
    const [locked] = await openRows(db, 'logEntries', await db.logEntries.toArray());
    expect(locked).toMatchObject({ summary: '', followUps: [], $locked: true, kind: 'dialog' });
    await expect(writeRecord(db, 'logEntries', 'e2', entry('Ny text'))).rejects.toBeInstanceOf(
      LockedError,
    );
    expect(await unlock(db, 'korrekt hästbatteri')).toEqual({ ok: true });
    const [open] = await openRows(db, 'logEntries', await db.logEntries.toArray());
    expect(open?.summary).toBe('Samtal om lokaler');
  });

  it('does not count an unchanged sealed text as a change', async () => {
    const db = freshDb();
    await initLock(db);
    await setPassphrase(db, 'korrekt hästbatteri', ITERATIONS);
    await writeRecord(db, 'logEntries', 'e1', entry('Samma text'));
    await writeRecord(db, 'logEntries', 'e1', { summary: 'Samma text' });
    expect(await db.outbox.count()).toBe(1);
  });

  it('wipes local data after the set number of failed unlocks, warning with the attempts left', async () => {
    const db = freshDb();
    await initLock(db);
    await setPassphrase(db, 'korrekt hästbatteri', ITERATIONS);
    await setMeta(db, LOCK_SETTINGS, { maxFailures: 3 });
    await writeRecord(db, 'logEntries', 'e1', entry('Känsligt'));
    lock(db);
    expect(await unlock(db, 'fel fel fel 1')).toEqual({ ok: false, remaining: 2 });
    expect(await unlock(db, 'fel fel fel 2')).toEqual({ ok: false, remaining: 1 });
    expect(await unlock(db, 'fel fel fel 3')).toEqual({ ok: false, wiped: true });
    expect(await db.logEntries.count()).toBe(0);
    expect(await db.meta.count()).toBe(0);
  });
});
