import { base64ToBytes, bytesToBase64 } from './base64';
import {
  ENCRYPTED_FORMAT,
  ENCRYPTED_VERSION,
  KDF_ITERATIONS,
  type EncryptedBackup,
} from './encrypted-format';

/**
 * Passphrase encryption of a backup with WebCrypto (browsers and Node 20 alike): a 256-bit AES-GCM
 * key from PBKDF2-SHA-256 over the passphrase with a random 16-byte salt, a random 12-byte IV per
 * file, and the format and version as additional data, so a changed header fails to open too.
 * The passphrase is never stored anywhere.
 */

/** The file could not be opened: the passphrase is wrong or the file was changed or damaged. */
export class WrongPassphraseError extends Error {
  constructor() {
    super('Wrong passphrase or damaged file');
    this.name = 'WrongPassphraseError';
  }
}

const additionalData = (): Uint8Array<ArrayBuffer> =>
  new TextEncoder().encode(`${ENCRYPTED_FORMAT}:${ENCRYPTED_VERSION}`);

async function deriveKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
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

/** Seals a backup's JSON text under the passphrase. */
export async function encryptBackupText(
  plainText: string,
  passphrase: string,
  iterations: number = KDF_ITERATIONS,
): Promise<EncryptedBackup> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, iterations);
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData() },
    key,
    new TextEncoder().encode(plainText),
  );
  return {
    format: ENCRYPTED_FORMAT,
    version: ENCRYPTED_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: bytesToBase64(salt) },
    cipher: 'AES-GCM',
    iv: bytesToBase64(iv),
    ciphertext: bytesToBase64(new Uint8Array(sealed)),
  };
}

/** Opens an encrypted backup; throws WrongPassphraseError when it cannot be opened. */
export async function decryptBackupText(
  envelope: EncryptedBackup,
  passphrase: string,
): Promise<string> {
  try {
    const salt = base64ToBytes(envelope.kdf.salt);
    const key = await deriveKey(passphrase, salt, envelope.kdf.iterations);
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: base64ToBytes(envelope.iv), additionalData: additionalData() },
      key,
      base64ToBytes(envelope.ciphertext),
    );
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    throw new WrongPassphraseError();
  }
}
