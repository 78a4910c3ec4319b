import type { VarnaDB } from '../database';
import { getMeta, setMeta } from '../meta';
import { fromBase64, toBase64 } from './base64';
import { deriveWrappingKey, importDataKeys, WrongPassphraseError, type Keyring } from './keyring';
import { sessionOf } from './session';

/** Meta key of the second wrapping of the data keys: under a key from the authenticator's PRF. */
export const BIOMETRIC = 'biometricUnlock';
/** lock.ts's meta keys (the keyring this wrapping belongs to, the failed-unlock counter). */
const KEYRING = 'keyring';
const FAILURES = 'unlockFailures';
const HKDF_INFO = new TextEncoder().encode('Värna data keys wrapping (WebAuthn PRF) v1');

/**
 * The same data keys as the passphrase's keyring, wrapped (AES-GCM) under HKDF-SHA-256 of the
 * platform authenticator's PRF output for `prfSalt`. Neither the PRF output nor the keys are stored.
 */
export interface BiometricWrapping {
  credentialId: string;
  prfSalt: string;
  iv: string;
  wrappedKey: string;
  /** The keyring's salt: a new passphrase makes new data keys, and this wrapping no longer fits. */
  keyringSalt: string;
  createdAt: string;
}

/** The authenticator's PRF output did not unwrap the data keys. */
export class BiometricUnlockError extends Error {
  constructor() {
    super('Upplåsningen med fingeravtryck eller ansikte gick inte att använda.');
    this.name = 'BiometricUnlockError';
  }
}

/** What an enrolment ceremony gives back; null when the authenticator cannot derive a key. */
export type PrfEnrolment = { credentialId: Uint8Array; prfOutput: Uint8Array } | null;

async function prfWrappingKey(prfOutput: Uint8Array, prfSalt: Uint8Array) {
  const material = await crypto.subtle.importKey('raw', new Uint8Array(prfOutput), 'HKDF', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(prfSalt), info: HKDF_INFO },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** The wrapping, if one is stored and it belongs to the current keyring. */
export async function getBiometric(db: VarnaDB): Promise<BiometricWrapping | null> {
  const [wrapping, keyring] = await Promise.all([
    getMeta<BiometricWrapping>(db, BIOMETRIC),
    getMeta<Keyring>(db, KEYRING),
  ]);
  if (!wrapping || !keyring || wrapping.keyringSalt !== keyring.kdf.salt) return null;
  return wrapping;
}

/** The data keys' raw bytes, unwrapped with the passphrase (enrolment proves the passphrase). */
async function rawDataKeys(keyring: Keyring, passphrase: string) {
  const wrapping = await deriveWrappingKey(
    passphrase,
    fromBase64(keyring.kdf.salt),
    keyring.kdf.iterations,
  );
  try {
    const iv = fromBase64(keyring.iv);
    const data = fromBase64(keyring.wrappedKey);
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, wrapping, data));
  } catch {
    throw new WrongPassphraseError();
  }
}

/**
 * Turns on unlocking with the platform authenticator: checks the passphrase (WrongPassphraseError),
 * then runs `ceremony` (creates the credential, returns its PRF output for the salt) and stores a
 * second wrapping of the same data keys. Stores nothing when the ceremony returns null.
 */
export async function enrolBiometric(
  db: VarnaDB,
  passphrase: string,
  ceremony: (prfSalt: Uint8Array<ArrayBuffer>) => Promise<PrfEnrolment>,
): Promise<'enrolled' | 'unsupported'> {
  const keyring = await getMeta<Keyring>(db, KEYRING);
  if (!keyring) throw new Error('No passphrase is set.');
  const raw = await rawDataKeys(keyring, passphrase);
  try {
    const prfSalt = crypto.getRandomValues(new Uint8Array(32));
    const result = await ceremony(prfSalt);
    if (!result) return 'unsupported';
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const key = await prfWrappingKey(result.prfOutput, prfSalt);
    const wrapped = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, raw));
    const wrapping: BiometricWrapping = {
      credentialId: toBase64(result.credentialId),
      prfSalt: toBase64(prfSalt),
      iv: toBase64(iv),
      wrappedKey: toBase64(wrapped),
      keyringSalt: keyring.kdf.salt,
      createdAt: new Date().toISOString(),
    };
    await setMeta(db, BIOMETRIC, wrapping);
    return 'enrolled';
  } finally {
    raw.fill(0);
  }
}

/**
 * Unlocks with the PRF output the authenticator gave for the wrapping's credential and salt.
 * A success resets the failed-passphrase counter; a failure counts nothing (the platform limits
 * biometric attempts) and throws BiometricUnlockError.
 */
export async function unlockWithBiometric(
  db: VarnaDB,
  wrapping: BiometricWrapping,
  prfOutput: Uint8Array,
): Promise<void> {
  let raw: Uint8Array<ArrayBuffer>;
  try {
    const key = await prfWrappingKey(prfOutput, fromBase64(wrapping.prfSalt));
    raw = new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: fromBase64(wrapping.iv) },
        key,
        fromBase64(wrapping.wrappedKey),
      ),
    );
  } catch {
    throw new BiometricUnlockError();
  }
  const keys = await importDataKeys(raw);
  raw.fill(0);
  await setMeta(db, FAILURES, 0);
  sessionOf(db).setState({ state: 'unlocked', keys, cache: new Map() });
}

/** Turns unlocking with the platform authenticator off. */
export async function removeBiometric(db: VarnaDB): Promise<void> {
  await db.meta.delete(BIOMETRIC);
}
