import type { SyncedTable } from '../shared/schemas';
import type { VarnaDB } from './database';
import { META } from './meta';
import type { OutboxEntry } from './types';

/**
 * The next outbox sequence number as this instance last committed it. Only a guess: another tab
 * on the same database, a pairing or a restore may have moved the stored number since, so every
 * use checks it inside the writing transaction (see `addOptimistically`).
 */
const knownNextSeq = new WeakMap<VarnaDB, number>();

/** Notes the stored next sequence number after a transaction that read or wrote it committed. */
export function rememberNextSeq(db: VarnaDB, next: number): void {
  knownNextSeq.set(db, next);
}

/** A new record to add under a fresh id, with its outbox entry (checked against its schema). */
export interface NewRow {
  table: SyncedTable;
  row: Record<string, unknown>;
  entry: Omit<OutboxEntry, 'seq'>;
}

/** The stored next sequence number was not the one this instance knew: nothing was written. */
class StaleSequence extends Error {}

const isConstraintError = (error: unknown): boolean =>
  error instanceof Error &&
  (error.name === 'ConstraintError' ||
    (error as { inner?: { name?: string } }).inner?.name === 'ConstraintError');

/**
 * Adds new records with their outbox entries in one transaction and one round trip: nothing is
 * read before the writes are issued. The transaction's first request reads the stored next
 * sequence number; the adds, the outbox entries numbered from the number this instance knows, the
 * new next number and the draft deletes follow at once, without waiting. IndexedDB runs a
 * transaction's requests in order, so that read sees the number as committed before these writes;
 * if it is not the known one (another tab wrote, or a pairing or a restore renumbered), the
 * transaction is aborted. An add of an id that exists fails and aborts it too (a create never
 * overwrites). Either way nothing is written and this returns false: the caller writes the
 * ordinary way (read, then write). A sequence number is thus never reused and never skipped.
 */
export async function addOptimistically(
  db: VarnaDB,
  tables: Parameters<VarnaDB['transaction']>[1][],
  rows: NewRow[],
  drafts: string[],
): Promise<boolean> {
  const known = knownNextSeq.get(db);
  if (known === undefined) return false;
  const next = known + rows.length;
  // Advanced now, so a second save issued before this one commits numbers on from it.
  knownNextSeq.set(db, next);
  try {
    await db.transaction('rw', tables, async () => {
      const stored = db.meta.get(META.nextSeq);
      const requests: Promise<unknown>[] = [];
      rows.forEach(({ table, row, entry }, i) => {
        requests.push(db.syncedTable(table).add(row as never));
        requests.push(db.outbox.add({ ...entry, seq: known + i }));
      });
      requests.push(db.meta.put({ key: META.nextSeq, value: next }));
      if (drafts.length > 0) requests.push(db.drafts.bulkDelete(drafts));
      const written = Promise.all(requests);
      written.catch(() => undefined); // awaited below unless the sequence check throws first
      if (((await stored)?.value ?? 1) !== known) throw new StaleSequence();
      await written;
    });
    return true;
  } catch (error) {
    knownNextSeq.delete(db);
    if (error instanceof StaleSequence || isConstraintError(error)) return false;
    throw error;
  }
}
