import { openRows, writeRecord, type VarnaDB } from '../../db';

/**
 * Marks an agreed follow-up of a dialog done (or not done). The entry's list of follow-ups is read
 * (and opened when sealed), then written with its outbox entry; works offline. Does nothing when the
 * entry is gone.
 */
export async function setAgreedFollowUpDone(
  db: VarnaDB,
  entryId: string,
  followUpId: string,
  done: boolean,
): Promise<void> {
  // The follow-ups may be sealed at rest: opened (WebCrypto) before writeRecord's transaction.
  const stored = await db.logEntries.get(entryId);
  if (!stored || stored.deleted) return;
  const [entry] = await openRows(db, 'logEntries', [stored]);
  if (!entry || (entry as { $locked?: boolean }).$locked) return;
  await writeRecord(db, 'logEntries', entryId, {
    followUps: entry.followUps.map((f) => (f.id === followUpId ? { ...f, done } : f)),
  });
}
