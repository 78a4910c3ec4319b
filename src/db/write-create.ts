import Dexie, { type DBCoreTable, type DBCoreTransaction } from 'dexie';
import type { SyncedTable } from '../shared/schemas';
import type { VarnaDB } from './database';
import { META } from './meta';
import type { MetaRow, OutboxEntry } from './types';

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

/** Resolves when the stored next sequence number is `known`; rejects (StaleSequence) when not. */
function checkSequence(store: IDBObjectStore, known: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = store.get(META.nextSeq);
    request.onsuccess = () => {
      const stored = (request.result as MetaRow | undefined)?.value ?? 1;
      if (stored === known) resolve();
      else reject(new StaleSequence());
    };
    request.onerror = () =>
      reject(request.error ?? new Error('reading the sequence number failed'));
  });
}

/**
 * Adds one value through a table's middleware stack (live queries, log facts); rejects on failure.
 * Call it synchronously inside the transaction's scope: Dexie's hooks layer looks the scope up.
 */
function addThrough(table: DBCoreTable, trans: DBCoreTransaction, value: unknown): Promise<void> {
  return table.mutate({ type: 'add', trans, values: [value] }).then((result) => {
    if (result.numFailures > 0) throw result.failures[0] ?? new Error('add failed');
  });
}

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
 *
 * Cheap on purpose, as every save of a form waits for it: the rows and outbox entries go straight
 * to Dexie's middleware stack (`Table.core`: live queries and the log facts still see every one),
 * skipping the table API's per-call promise and zone bookkeeping; the sequence number's read and
 * put go to the `meta` store directly (no live query reads that key; one that did would not hear
 * of this put); the scope is a plain function returning one promise, so Dexie has no zone to
 * carry across awaits.
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
    await db.transaction('rw', tables, (tx) => {
      const trans = tx.idbtrans as unknown as DBCoreTransaction;
      const meta = tx.idbtrans.objectStore(db.meta.name);
      const requests: Array<PromiseLike<unknown>> = [checkSequence(meta, known)];
      rows.forEach(({ table, row, entry }, i) => {
        requests.push(addThrough(db.syncedTable(table).core, trans, row));
        requests.push(addThrough(db.outbox.core, trans, { ...entry, seq: known + i }));
      });
      meta.put({ key: META.nextSeq, value: next } satisfies MetaRow);
      if (drafts.length > 0) requests.push(db.drafts.bulkDelete(drafts));
      return Dexie.Promise.all(requests);
    });
    return true;
  } catch (error) {
    knownNextSeq.delete(db);
    if (error instanceof StaleSequence || isConstraintError(error)) return false;
    throw error;
  }
}
