import type { VarnaDB } from './database';
import { isEncrypting, requireKeys, sessionOf } from './crypto/session';
import { isSealed, seal, unseal } from './crypto/sealed';

/**
 * Unsaved forms, stored on every change so they survive a reload or a crash. A draft holds free
 * text, so it is sealed like the log when a passphrase is set (sealed before the write opens).
 */
export async function saveDraft(db: VarnaDB, id: string, data: unknown): Promise<void> {
  const stored = isEncrypting(db) ? await seal(requireKeys(db), data) : data;
  await db.drafts.put({ id, data: stored, updatedAt: new Date().toISOString() });
}

/** The draft's data, or undefined when there is none (or it cannot be opened while locked). */
export async function loadDraft<T>(db: VarnaDB, id: string): Promise<T | undefined> {
  const row = await db.drafts.get(id);
  if (!row) return undefined;
  if (!isSealed(row.data)) return row.data as T;
  const { keys } = sessionOf(db).getState();
  return keys ? ((await unseal(keys, row.data)) as T) : undefined;
}

export async function deleteDraft(db: VarnaDB, id: string): Promise<void> {
  await db.drafts.delete(id);
}
