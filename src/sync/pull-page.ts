import type { OutboxEntry, VarnaDB } from '../db';
import { META, getMeta, isEncrypting, sealFields, setMeta } from '../db';
import { isSyncedTable } from '../shared/schemas';
import type { ServerChange } from '../shared/sync/protocol';

/** A page's rows ready to store: the server's state of each record, grouped by table. */
export interface PreparedPage {
  rowsByTable: Map<string, Record<string, unknown>[]>;
  ids: string[];
  checkpoint: number;
}

/**
 * The page's transaction ran after a page before it was lost (its transaction aborted): storing
 * this one would move the checkpoint past changes that were never stored.
 */
export class PullOrderError extends Error {
  constructor() {
    super('Ett tidigare hämtat block sparades inte.');
    this.name = 'PullOrderError';
  }
}

/**
 * Builds plain rows from a page of server changes. Free text is sealed here, before any
 * transaction opens, when encryption is on. Tables this version of the app does not know are
 * skipped.
 */
export async function preparePage(
  db: VarnaDB,
  changes: ServerChange[],
  checkpoint: number,
): Promise<PreparedPage> {
  const known = changes.filter((c) => isSyncedTable(c.table));
  const data = isEncrypting(db)
    ? await Promise.all(known.map((c) => sealFields(db, c.table, c.data)))
    : known.map((c) => c.data);
  const rowsByTable = new Map<string, Record<string, unknown>[]>();
  const ids: string[] = [];
  known.forEach((change, i) => {
    let rows = rowsByTable.get(change.table);
    if (!rows) rowsByTable.set(change.table, (rows = []));
    rows.push({ ...data[i], id: change.id, version: change.version });
    ids.push(change.id);
  });
  return { rowsByTable, ids, checkpoint };
}

/**
 * Stores a prepared page and its checkpoint in one Dexie transaction. The server's rows are put
 * at once; the same transaction reads this device's pending outbox entries for them and puts the
 * few that have any again with those changes on top (no local edit vanishes on pull). With
 * `after`, the transaction first checks that the stored checkpoint is still `after` (the page
 * before it committed) and aborts otherwise, so a page may be queued while the one before it is
 * still being committed. The transaction is created in the caller's turn of the event loop
 * (Dexie opens it a microtask later): transactions queued one after another run in that order.
 */
export function storePage(db: VarnaDB, page: PreparedPage, after?: number): Promise<void> {
  const tables = [...page.rowsByTable.keys()].map((t) => db.table(t));
  return db.transaction('rw', [...tables, db.outbox, db.meta], async () => {
    const [stored, pending] = await Promise.all([
      after === undefined ? Promise.resolve(undefined) : getMeta<number>(db, META.checkpoint),
      page.ids.length > 0
        ? db.outbox.where('recordId').anyOf(page.ids).sortBy('seq')
        : Promise.resolve([] as OutboxEntry[]),
      ...[...page.rowsByTable].map(([table, rows]) => db.table(table).bulkPut(rows)),
    ]);
    if (after !== undefined && (stored ?? 0) !== after) throw new PullOrderError();
    if (pending.length > 0) await putPendingOnTop(db, page, pending);
    await setMeta(db, META.checkpoint, page.checkpoint);
  });
}

/** Puts again, inside the page's transaction, each row that has pending local changes. */
async function putPendingOnTop(
  db: VarnaDB,
  page: PreparedPage,
  pending: OutboxEntry[],
): Promise<void> {
  const byRecord = new Map<string, OutboxEntry[]>();
  for (const entry of pending) {
    const key = `${entry.table}/${entry.recordId}`;
    byRecord.set(key, [...(byRecord.get(key) ?? []), entry]);
  }
  for (const [table, rows] of page.rowsByTable) {
    const again: Record<string, unknown>[] = [];
    for (const row of rows) {
      const entries = byRecord.get(`${table}/${row.id as string}`);
      if (!entries) continue;
      const merged = { ...row };
      for (const entry of entries) Object.assign(merged, entry.fields);
      again.push(merged);
    }
    if (again.length > 0) await db.table(table).bulkPut(again);
  }
}

/**
 * Stores one page of server changes and the new checkpoint in one Dexie transaction, so an
 * interrupted pull resumes where it stopped. Tombstones are stored as records with
 * `deleted: true`.
 */
export async function applyPullPage(
  db: VarnaDB,
  changes: ServerChange[],
  checkpoint: number,
): Promise<void> {
  await storePage(db, await preparePage(db, changes, checkpoint));
}
