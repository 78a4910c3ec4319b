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

/**
 * Call inside a transaction over `meta`. Keeps the latest few for the outbox view. The values of
 * `withheld` fields are not kept (a refusal because of a redaction: any of them may hold the
 * removed text); their names are, with a null value.
 */
export async function recordRejected(
  db: VarnaDB,
  entry: OutboxEntry,
  reason: string,
  withheld: readonly string[] = [],
): Promise<void> {
  const list = await listRejected(db);
  const fields = { ...entry.fields };
  for (const field of withheld) if (field in fields) fields[field] = null;
  list.unshift({
    table: entry.table,
    recordId: entry.recordId,
    fields,
    reason,
    at: new Date().toISOString(),
  });
  await setMeta(db, KEY, list.slice(0, KEEP));
}

export async function clearRejected(db: VarnaDB): Promise<void> {
  await setMeta(db, KEY, []);
}
