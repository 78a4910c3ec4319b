import { afterEach, describe, expect, it } from 'vitest';
import { VarnaDB } from '../../src/db';
import { backupFileText, createBackup } from '../../src/features/backup/create-backup';
import { restoreBackup } from '../../src/features/backup/restore-backup';
import { KDF_ITERATIONS, encryptedBackupSchema, readBackupText } from '../../src/shared/backup';
import { sv } from '../../src/lib/strings';
import { SECRET_NOTE, populatedDb, snapshot, tablesOf } from './backup-fixture';

const open: VarnaDB[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

const PASSPHRASE = 'korrekt häst batteri häftklammer';

describe('encrypted backups', () => {
  it('are sealed with AES-GCM under PBKDF2-SHA-256, 600 000 iterations, and hide the notes', async () => {
    const db = await populatedDb();
    open.push(db);
    const text = await backupFileText(await createBackup(db), PASSPHRASE);
    const envelope = encryptedBackupSchema.parse(JSON.parse(text));
    expect(envelope.format).toBe('varna-backup-encrypted');
    expect(envelope.kdf).toMatchObject({
      name: 'PBKDF2',
      hash: 'SHA-256',
      iterations: KDF_ITERATIONS,
    });
    expect(KDF_ITERATIONS).toBe(600_000);
    expect(atob(envelope.kdf.salt)).toHaveLength(16);
    expect(atob(envelope.iv)).toHaveLength(12);
    expect(text).not.toContain('Känslig');
    expect(text).not.toContain('Ängets förening');
    // Two backups of the same data never share salt, IV or ciphertext.
    const again = encryptedBackupSchema.parse(
      JSON.parse(await backupFileText(await createBackup(db), PASSPHRASE)),
    );
    expect(again.kdf.salt).not.toBe(envelope.kdf.salt);
    expect(again.iv).not.toBe(envelope.iv);
  });

  it('restore with the right passphrase; a wrong one is refused with a clear message and changes nothing', async () => {
    const source = await populatedDb();
    open.push(source);
    const text = await backupFileText(await createBackup(source), PASSPHRASE);
    const target = new VarnaDB(`t-${crypto.randomUUID()}`);
    open.push(target);
    const before = await snapshot(target);

    const withoutPassphrase = await readBackupText(text);
    expect(withoutPassphrase).toEqual({ ok: false, problem: { kind: 'needsPassphrase' } });

    const wrong = await readBackupText(text, 'fel lösenfras');
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(sv.backup.problem(wrong.problem)).toBe('Fel lösenfras eller skadad fil');
    expect(await snapshot(target)).toEqual(before);

    const right = await readBackupText(text, PASSPHRASE);
    expect(right.ok).toBe(true);
    if (right.ok) await restoreBackup(target, right.value);
    expect(await tablesOf(target)).toEqual(await tablesOf(source));
    expect((await target.organisations.get('o-local'))?.note).toBe(SECRET_NOTE);
  });

  it('refuses a file whose ciphertext or header was changed', async () => {
    const db = await populatedDb();
    open.push(db);
    const envelope = JSON.parse(await backupFileText(await createBackup(db), PASSPHRASE)) as {
      ciphertext: string;
      kdf: { iterations: number };
    };
    const bytes = Uint8Array.from(atob(envelope.ciphertext), (c) => c.charCodeAt(0));
    bytes[10] = bytes[10]! ^ 0xff;
    const tampered = { ...envelope, ciphertext: btoa(String.fromCharCode(...bytes)) };
    expect(await readBackupText(JSON.stringify(tampered), PASSPHRASE)).toEqual({
      ok: false,
      problem: { kind: 'wrongPassphrase' },
    });
    const fewerIterations = { ...envelope, kdf: { ...envelope.kdf, iterations: 500_000 } };
    expect(await readBackupText(JSON.stringify(fewerIterations), PASSPHRASE)).toEqual({
      ok: false,
      problem: { kind: 'wrongPassphrase' },
    });
  });
});
