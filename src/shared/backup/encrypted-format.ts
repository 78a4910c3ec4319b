import * as z from 'zod/mini';

/**
 * An encrypted backup: the backup file's JSON text sealed with AES-GCM (256-bit key) under a
 * key derived from the user's passphrase with PBKDF2-SHA-256. Binary values are base64.
 *
 * ```
 * { format: 'varna-backup-encrypted', version: 1,
 *   kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600000, salt },
 *   cipher: 'AES-GCM', iv, ciphertext }
 * ```
 */
export const ENCRYPTED_FORMAT = 'varna-backup-encrypted';
export const ENCRYPTED_VERSION = 1;
export const KDF_ITERATIONS = 600_000;
/** Bounds for a file's iteration count: weak keys and files that would hang the app are refused. */
export const MIN_KDF_ITERATIONS = 100_000;
export const MAX_KDF_ITERATIONS = 10_000_000;

const base64 = z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/));

export const encryptedBackupSchema = z.object({
  format: z.literal(ENCRYPTED_FORMAT),
  version: z.literal(ENCRYPTED_VERSION),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z
      .number()
      .check(z.int(), z.minimum(MIN_KDF_ITERATIONS), z.maximum(MAX_KDF_ITERATIONS)),
    salt: base64.check(z.minLength(22)),
  }),
  cipher: z.optional(z.literal('AES-GCM')),
  iv: base64.check(z.minLength(16), z.maxLength(16)),
  ciphertext: base64,
});
export type EncryptedBackup = z.infer<typeof encryptedBackupSchema>;
