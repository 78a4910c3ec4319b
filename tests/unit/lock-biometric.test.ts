import { afterEach, describe, expect, it } from 'vitest';
import {
  BiometricUnlockError,
  VarnaDB,
  WrongPassphraseError,
  enrolBiometric,
  getBiometric,
  getMeta,
  initLock,
  loadDraft,
  lock,
  removeBiometric,
  removePassphrase,
  saveDraft,
  sessionOf,
  setMeta,
  setPassphrase,
  unlock,
  unlockWithBiometric,
  wipeLocalData,
  LOCK_SETTINGS,
} from '../../src/db';
import { toBase64 } from '../../src/db/crypto/base64';

const ITERATIONS = 1_000; // fast for tests; the app uses 600,000
const PASSPHRASE = 'korrekt hästbatteri';
const MARKER = 'HEMLIG-MARKÖR-4410';
/** A fixed stand-in for what the platform authenticator's PRF gives for the stored salt. */
const PRF_OUTPUT = new Uint8Array(32).map((_, i) => (i * 37 + 11) % 256);
const CREDENTIAL_ID = new Uint8Array([9, 8, 7, 6, 5, 4, 3, 2, 1]);

const dbs: VarnaDB[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

/** A device with a passphrase set and a sealed draft holding MARKER. */
async function lockedDevice(): Promise<VarnaDB> {
  const db = new VarnaDB(`t-${crypto.randomUUID()}`);
  dbs.push(db);
  await initLock(db);
  await setPassphrase(db, PASSPHRASE, ITERATIONS);
  await saveDraft(db, 'utkast', { summary: MARKER });
  return db;
}

const salts: Uint8Array[] = [];
const ceremony = (prfOutput: Uint8Array) => (prfSalt: Uint8Array) => {
  salts.push(prfSalt);
  return Promise.resolve({ credentialId: CREDENTIAL_ID, prfOutput });
};

async function everythingStored(db: VarnaDB): Promise<string> {
  const parts: string[] = [];
  for (const table of db.tables) parts.push(JSON.stringify(await table.toArray()));
  return parts.join('\n');
}

describe('unlocking with a platform authenticator (PRF)', () => {
  it('wraps the same data keys: lock, unlock with the PRF output, read the sealed draft', async () => {
    const db = await lockedDevice();
    expect(await enrolBiometric(db, PASSPHRASE, ceremony(PRF_OUTPUT))).toBe('enrolled');
    const wrapping = await getBiometric(db);
    expect(wrapping).toMatchObject({ credentialId: toBase64(CREDENTIAL_ID) });
    expect(wrapping?.prfSalt).toBe(toBase64(salts.at(-1)!));
    // The PRF output itself is stored nowhere, and the free text is still sealed.
    const stored = await everythingStored(db);
    expect(stored).not.toContain(toBase64(PRF_OUTPUT));
    expect(stored).not.toContain(MARKER);

    lock(db);
    expect(await loadDraft(db, 'utkast')).toBeUndefined(); // unreadable while locked
    await unlockWithBiometric(db, wrapping!, PRF_OUTPUT);
    expect(sessionOf(db).getState().state).toBe('unlocked');
    expect(await loadDraft(db, 'utkast')).toEqual({ summary: MARKER });
    // The passphrase still opens the same keys.
    lock(db);
    expect(await unlock(db, PASSPHRASE)).toEqual({ ok: true });
    expect(await loadDraft(db, 'utkast')).toEqual({ summary: MARKER });
  });

  it('refuses a wrong PRF output and leaves the passphrase failure counter alone', async () => {
    const db = await lockedDevice();
    await enrolBiometric(db, PASSPHRASE, ceremony(PRF_OUTPUT));
    const wrapping = (await getBiometric(db))!;
    lock(db);
    expect(await unlock(db, 'fel lösenfras 1')).toEqual({ ok: false, remaining: 9 });
    const wrong = PRF_OUTPUT.map((b, i) => (i === 0 ? b ^ 1 : b));
    await expect(unlockWithBiometric(db, wrapping, wrong)).rejects.toBeInstanceOf(
      BiometricUnlockError,
    );
    expect(sessionOf(db).getState().state).toBe('locked');
    expect(await getMeta(db, 'unlockFailures')).toBe(1);
    // A right one unlocks and, as the owner has proved themselves, restarts the count.
    await unlockWithBiometric(db, wrapping, PRF_OUTPUT);
    expect(await getMeta(db, 'unlockFailures')).toBe(0);
  });

  it('stores nothing for a wrong passphrase or an authenticator without PRF', async () => {
    const db = await lockedDevice();
    const before = salts.length;
    await expect(
      enrolBiometric(db, 'inte min lösenfras', ceremony(PRF_OUTPUT)),
    ).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(salts.length).toBe(before); // the authenticator was never asked
    expect(await enrolBiometric(db, PASSPHRASE, () => Promise.resolve(null))).toBe('unsupported');
    expect(await db.meta.get('biometricUnlock')).toBeUndefined();
  });

  it('is removed with the passphrase, when the passphrase changes, when turned off and by a wipe', async () => {
    const db = await lockedDevice();
    await enrolBiometric(db, PASSPHRASE, ceremony(PRF_OUTPUT));
    await removePassphrase(db);
    expect(await db.meta.get('biometricUnlock')).toBeUndefined();

    // Changing the passphrase (remove, then set) makes new data keys: the old wrapping must go.
    await setPassphrase(db, PASSPHRASE, ITERATIONS);
    await enrolBiometric(db, PASSPHRASE, ceremony(PRF_OUTPUT));
    await removePassphrase(db);
    await setPassphrase(db, 'en helt ny lösenfras', ITERATIONS);
    expect(await db.meta.get('biometricUnlock')).toBeUndefined();

    await enrolBiometric(db, 'en helt ny lösenfras', ceremony(PRF_OUTPUT));
    expect(await getBiometric(db)).not.toBeNull();
    await removeBiometric(db);
    expect(await getBiometric(db)).toBeNull();

    await enrolBiometric(db, 'en helt ny lösenfras', ceremony(PRF_OUTPUT));
    await wipeLocalData(db);
    expect(await db.meta.get('biometricUnlock')).toBeUndefined();
  });

  it('keeps the passphrase wipe: too many wrong passphrases wipe the wrapping too', async () => {
    const db = await lockedDevice();
    await setMeta(db, LOCK_SETTINGS, { maxFailures: 3 });
    await enrolBiometric(db, PASSPHRASE, ceremony(PRF_OUTPUT));
    lock(db);
    await unlock(db, 'fel fel fel 1');
    await unlock(db, 'fel fel fel 2');
    expect(await unlock(db, 'fel fel fel 3')).toEqual({ ok: false, wiped: true });
    expect(await getBiometric(db)).toBeNull();
    expect(await db.meta.count()).toBe(0);
  });
});
