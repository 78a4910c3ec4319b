import { fromBase64, toBase64 } from './base64';
import type { DataKeys } from './keyring';

/**
 * An encrypted JSON value as stored at rest: AES-GCM with a fresh 96-bit IV per value, and an
 * HMAC fingerprint of the plaintext so equal texts compare equal without decrypting.
 */
export interface Sealed {
  $sealed: 1;
  iv: string;
  ct: string;
  mac: string;
}

export function isSealed(value: unknown): value is Sealed {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { $sealed?: unknown }).$sealed === 1 &&
    typeof (value as { ct?: unknown }).ct === 'string'
  );
}

export async function seal(keys: DataKeys, value: unknown): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(value ?? null));
  const [ct, mac] = await Promise.all([
    crypto.subtle.encrypt({ name: 'AES-GCM', iv }, keys.enc, plain),
    crypto.subtle.sign('HMAC', keys.mac, plain),
  ]);
  return {
    $sealed: 1,
    iv: toBase64(iv),
    ct: toBase64(new Uint8Array(ct)),
    mac: toBase64(new Uint8Array(mac)),
  };
}

export async function unseal(keys: DataKeys, sealed: Sealed): Promise<unknown> {
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: fromBase64(sealed.iv) },
    keys.enc,
    fromBase64(sealed.ct),
  );
  return JSON.parse(new TextDecoder().decode(plain)) as unknown;
}
