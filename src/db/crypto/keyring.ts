import { fromBase64, toBase64 } from './base64';

/** PBKDF2-SHA-256 iterations: OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
export const PBKDF2_ITERATIONS = 600_000;

/**
 * What the device stores about its passphrase: the data key wrapped (AES-GCM) under a key derived
 * from the passphrase. Neither the passphrase nor the data key is ever stored in the clear.
 */
export interface Keyring {
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  iv: string;
  wrappedKey: string;
  createdAt: string;
}

/** The passphrase did not unwrap the data key. */
export class WrongPassphraseError extends Error {
  constructor() {
    super('Fel lösenfras.');
    this.name = 'WrongPassphraseError';
  }
}

export async function deriveWrappingKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
) {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/**
 * The device's data keys, held in memory only while unlocked: `enc` encrypts free text (AES-GCM),
 * `mac` fingerprints it (HMAC-SHA-256) so an unchanged text is recognised without decrypting.
 * Neither can be exported.
 */
export interface DataKeys {
  enc: CryptoKey;
  mac: CryptoKey;
}

export async function importDataKeys(raw: Uint8Array<ArrayBuffer>): Promise<DataKeys> {
  const enc = await crypto.subtle.importKey('raw', raw.slice(0, 32), 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
  const mac = await crypto.subtle.importKey(
    'raw',
    raw.slice(32, 64),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return { enc, mac };
}

/** Makes new random data keys and wraps them under the passphrase. */
export async function createKeyring(
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<{ keys: DataKeys; keyring: Keyring }> {
  const raw = crypto.getRandomValues(new Uint8Array(64));
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const wrapping = await deriveWrappingKey(passphrase, salt, iterations);
  const wrapped = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, wrapping, raw),
  );
  const keys = await importDataKeys(raw);
  raw.fill(0);
  return {
    keys,
    keyring: {
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
      iv: toBase64(iv),
      wrappedKey: toBase64(wrapped),
      createdAt: new Date().toISOString(),
    },
  };
}

/** Unwraps the data keys with the passphrase; throws WrongPassphraseError when it does not fit. */
export async function openKeyring(keyring: Keyring, passphrase: string): Promise<DataKeys> {
  const wrapping = await deriveWrappingKey(
    passphrase,
    fromBase64(keyring.kdf.salt),
    keyring.kdf.iterations,
  );
  let raw: Uint8Array<ArrayBuffer>;
  try {
    raw = new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: fromBase64(keyring.iv) },
        wrapping,
        fromBase64(keyring.wrappedKey),
      ),
    );
  } catch {
    throw new WrongPassphraseError();
  }
  const keys = await importDataKeys(raw);
  raw.fill(0);
  return keys;
}
