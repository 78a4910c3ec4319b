import { createHash, randomBytes, randomInt } from 'node:crypto';
import { normalisePairingCode } from '../shared/sync/protocol';

/**
 * Pairing codes and device tokens. Only their SHA-256 hashes are stored, so a copy of the database
 * does not let anyone pair or act as a device; neither is ever logged.
 */

/** No 0/O, 1/I/L: a code read aloud or typed from a screen cannot be misread. */
export const PAIRING_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const PAIRING_CODE_LENGTH = 8;
export const PAIRING_CODE_TTL_MS = 15 * 60 * 1000;

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** A fresh code, displayed as `ABCD-EFGH`. */
export function newPairingCode(): string {
  let raw = '';
  for (let i = 0; i < PAIRING_CODE_LENGTH; i++) {
    raw += PAIRING_ALPHABET[randomInt(PAIRING_ALPHABET.length)];
  }
  return `${raw.slice(0, 4)}-${raw.slice(4)}`;
}

/** The stored hash of a code as typed: case, spaces and dashes do not matter. */
export const pairingCodeHash = (input: string): string => sha256(normalisePairingCode(input));

/** A device token: 32 random bytes, base64url. */
export const newDeviceToken = (): string => randomBytes(32).toString('base64url');

export const deviceTokenHash = (token: string): string => sha256(token);
