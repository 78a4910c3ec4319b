import { writeRecord, type VarnaDB } from '../../db';

/**
 * Marks an agreed follow-up of a dialog done (or not done). The entry's list of follow-ups is read
 * and written in one transaction, with its outbox entry; works offline. Does nothing when the
 * entry is gone.
 */
export async function setAgreedFollowUpDone(
  db: VarnaDB,
  entryId: string,
  followUpId: string,
  done: boolean,
): Promise<void> {
  await db.transaction('rw', [db.logEntries, db.outbox, db.meta], async () => {
    const entry = await db.logEntries.get(entryId);
    if (!entry || entry.deleted) return;
    await writeRecord(db, 'logEntries', entryId, {
      followUps: entry.followUps.map((f) => (f.id === followUpId ? { ...f, done } : f)),
    });
  });
}
