import type { VarnaDB } from './database';
import { getMeta } from './meta';

export const RETENTION_MONTHS = 'retentionMonths';
/** The free-text fields retention empties (and whose history values it removes). */
const TRIMMED_FIELDS: ReadonlySet<string> = new Set([
  'summary',
  'topics',
  'trainingAudience',
  'followUps',
]);
export const DEFAULT_RETENTION_MONTHS = 13;

/** The local date `months` months before `today` (`YYYY-MM-DD`). */
export function retentionCutoff(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Removes the free text of synced log entries older than the retention period from this device
 * (the office keeps it): summary, topics, follow-up texts and training audience are emptied; date,
 * kind, organisations and counts stay, so indicators remain right; the same fields' values in the
 * entry's local history are removed too. Local only: no outbox entry.
 * An entry that was never synced, or has a pending change, is never touched.
 * Returns how many entries were trimmed.
 */
export async function applyRetention(db: VarnaDB, today: string): Promise<number> {
  const months = (await getMeta<number>(db, RETENTION_MONTHS)) ?? DEFAULT_RETENTION_MONTHS;
  const cutoff = retentionCutoff(today, months);
  return db.transaction('rw', db.logEntries, db.outbox, db.history, async () => {
    const pending = new Set((await db.outbox.toArray()).map((e) => e.recordId));
    const old = await db.logEntries.where('date').below(cutoff).toArray();
    const trimmed = old
      .filter((entry) => {
        const row = entry as typeof entry & { textRemoved?: boolean };
        return !row.textRemoved && entry.version !== 0 && !pending.has(entry.id);
      })
      .map(
        (entry) =>
          ({
            ...entry,
            summary: '',
            topics: [],
            trainingAudience: '',
            followUps: entry.followUps.map((f) => ({ ...f, text: '' })),
            textRemoved: true,
          }) as typeof entry,
      );
    if (trimmed.length === 0) return 0;
    // In bulk: one put of every trimmed entry and one pass over their history, so a device that
    // starts with thousands of old entries holds the log's transaction for a moment, not seconds.
    await Promise.all([
      db.logEntries.bulkPut(trimmed),
      // The entries' history on the device holds the same text: its values go too.
      db.history
        .where('[table+recordId]')
        .anyOf(trimmed.map((entry) => ['logEntries', entry.id]))
        .modify((row) => {
          if (!TRIMMED_FIELDS.has(row.field)) return;
          row.oldValue = null;
          row.newValue = null;
        }),
    ]);
    return trimmed.length;
  });
}
