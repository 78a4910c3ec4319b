import { decryptBackupText, WrongPassphraseError } from './encryption';
import { ENCRYPTED_FORMAT, ENCRYPTED_VERSION, encryptedBackupSchema } from './encrypted-format';
import type { BackupFile } from './format';
import { fail, type BackupResult } from './problems';
import { checkHeader, parseBackupJson, validateBackup } from './validate';

/** True when the text is an encrypted backup (so the app asks for the passphrase). */
export function looksEncrypted(text: string): boolean {
  const parsed = parseBackupJson(text);
  return (
    parsed.ok &&
    typeof parsed.value === 'object' &&
    parsed.value !== null &&
    (parsed.value as { format?: unknown }).format === ENCRYPTED_FORMAT
  );
}

/**
 * Reads a file offered for restore: plain or encrypted JSON, checked completely before anything
 * is changed. An encrypted file without a passphrase answers `needsPassphrase`; a wrong
 * passphrase (or a changed file) answers `wrongPassphrase`.
 */
export async function readBackupText(
  text: string,
  passphrase?: string,
): Promise<BackupResult<BackupFile>> {
  const parsed = parseBackupJson(text);
  if (!parsed.ok) return parsed;
  const value = parsed.value as { format?: unknown } | null;
  if (typeof value !== 'object' || value === null || value.format !== ENCRYPTED_FORMAT) {
    return validateBackup(parsed.value);
  }
  const header = checkHeader(value, ENCRYPTED_FORMAT, ENCRYPTED_VERSION);
  if (header) return fail(header);
  const envelope = encryptedBackupSchema.safeParse(value);
  if (!envelope.success) {
    const path = envelope.error.issues[0]?.path ?? [];
    return fail({ kind: 'invalidPart', part: 'encryption', field: path.map(String).join('.') });
  }
  if (!passphrase) return fail({ kind: 'needsPassphrase' });
  let inner: string;
  try {
    inner = await decryptBackupText(envelope.data, passphrase);
  } catch (error) {
    if (error instanceof WrongPassphraseError) return fail({ kind: 'wrongPassphrase' });
    throw error;
  }
  const innerJson = parseBackupJson(inner);
  return innerJson.ok ? validateBackup(innerJson.value) : innerJson;
}
