import type { VarnaDB } from '../db';
import { getMeta, setMeta } from '../db';
import type { OutboxEntry } from '../db';

const KEY = 'rejectedChanges';
const KEEP = 50;

/** A change the endpoint refused for good: undone locally and shown to the user with the reason. */
export interface RejectedChange {
  table: string;
  recordId: string;
  fields: Record<string, unknown>;
  reason: string;
  at: string;
}

export async function listRejected(db: VarnaDB): Promise<RejectedChange[]> {
  return (await getMeta<RejectedChange[]>(db, KEY)) ?? [];
}

/** Call inside a transaction over `meta`. Keeps the latest few for the outbox view. */
export async function recordRejected(
  db: VarnaDB,
  entry: OutboxEntry,
  reason: string,
): Promise<void> {
  const list = await listRejected(db);
  list.unshift({
    table: entry.table,
    recordId: entry.recordId,
    fields: entry.fields,
    reason,
    at: new Date().toISOString(),
  });
  await setMeta(db, KEY, list.slice(0, KEEP));
}

export async function clearRejected(db: VarnaDB): Promise<void> {
  await setMeta(db, KEY, []);
}
