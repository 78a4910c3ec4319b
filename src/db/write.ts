import { MUTATION_FORMAT } from '../shared/sync/protocol';
import { jsonEqual } from '../shared/sync/json-equal';
import { RESERVED_FIELDS, SYNCED_SCHEMAS } from '../shared/schemas';
import type { RecordOf, SyncedTable } from '../shared/schemas';
import type { VarnaDB } from './database';
import { emitLocalCommit } from './events';
import { META, getMeta, setMeta } from './meta';
import type { OutboxEntry } from './types';
import { sealFields, validationValue } from './crypto/codec';
import { isSealed } from './crypto/sealed';
import { isEncrypting } from './crypto/session';
import { sensitiveFieldsOf } from './crypto/sensitive-fields';
import { addOptimistically, rememberNextSeq } from './write-create';

/** Equality of stored values: sealed texts compare by their fingerprint (a fresh IV each time). */
function storedEqual(a: unknown, b: unknown): boolean {
  if (isSealed(a) && isSealed(b)) return a.mac === b.mac;
  return jsonEqual(a, b);
}

/** A record that would not satisfy its schema: nothing was written. */
export class RecordValidationError extends Error {
  constructor(
    readonly table: SyncedTable,
    readonly fields: string[],
  ) {
    super(`Invalid ${table} record: ${fields.join(', ')}`);
    this.name = 'RecordValidationError';
  }
}

export type FieldChanges<T extends SyncedTable> = Partial<Omit<RecordOf<T>, 'id' | 'version'>>;

function withoutReserved(changes: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes)) {
    if (!RESERVED_FIELDS.has(key) && value !== undefined) out[key] = value;
  }
  return out;
}

export interface RecordWrite<T extends SyncedTable = SyncedTable> {
  table: T;
  id: string;
  /** Changed fields; checked against the table's schema when written. */
  changes: T extends SyncedTable ? FieldChanges<T> : never;
  /**
   * A new record under a fresh id (e.g. `newId()`), with every required field: stored without
   * reading its row first. Should the id exist after all, it is written the ordinary way (an
   * update of the stored row), never overwritten.
   */
  create?: boolean;
}

/** Builds a typed write for `writeRecords`. */
export function recordWrite<T extends SyncedTable>(
  table: T,
  id: string,
  changes: FieldChanges<T>,
): RecordWrite {
  return { table, id, changes };
}

/** Builds a typed write of a new record for `writeRecords` (see `RecordWrite.create`). */
export function createWrite<T extends SyncedTable>(
  table: T,
  id: string,
  fields: FieldChanges<T>,
): RecordWrite {
  return { table, id, changes: fields, create: true };
}

/** A write checked and made ready inside the transaction: the row to put and its outbox entry. */
interface PreparedWrite {
  record: unknown;
  next: Record<string, unknown> | null;
  entry: Omit<OutboxEntry, 'seq'> | null;
}

/**
 * Works out one record's next row and outbox entry from its stored row (synchronously, so the
 * transaction's requests can all be issued at once). The result must satisfy the table's schema
 * or this throws and nothing is written. A change that alters nothing makes no outbox entry.
 */
function prepareWrite(
  { table, id }: RecordWrite,
  existing: Record<string, unknown> | undefined,
  plain: Record<string, unknown>,
  fields: Record<string, unknown>,
): PreparedWrite {
  if (existing?.textRemoved === true && sensitiveFieldsOf(table).some((f) => f in fields)) {
    // Retention removed this text from the device; writing it back would empty it at the office.
    throw new RecordValidationError(
      table,
      sensitiveFieldsOf(table).filter((f) => f in fields),
    );
  }
  const changed = Object.keys(fields).filter(
    (key) => key !== 'updatedAt' && !storedEqual(existing?.[key], fields[key]),
  );
  if (existing && changed.length === 0) return { record: existing, next: null, entry: null };
  const updatedAt = (fields.updatedAt as string | undefined) ?? new Date().toISOString();
  const next: Record<string, unknown> = {
    deleted: false,
    ...existing,
    ...fields,
    updatedAt,
    id,
    version: existing?.version ?? 0,
  };
  // Validate the plaintext: sealed text already stored counts as a valid value of its type.
  const plainNext: Record<string, unknown> = { ...next, ...plain };
  for (const [key, value] of Object.entries(plainNext))
    plainNext[key] = validationValue(key, value);
  const parsed = SYNCED_SCHEMAS[table].safeParse(plainNext);
  if (!parsed.success) {
    throw new RecordValidationError(
      table,
      parsed.error.issues.map((issue) => issue.path.join('.')),
    );
  }
  const keys = [...changed, 'updatedAt'];
  return {
    record: { ...next, ...plain },
    next,
    entry: {
      table,
      recordId: id,
      fields: existing ? Object.fromEntries(keys.map((k) => [k, next[k]])) : withoutReserved(next),
      baseVersion: next.version as number,
      before: existing ? Object.fromEntries(keys.map((k) => [k, existing[k] ?? null])) : null,
      createdAt: updatedAt,
      v: MUTATION_FORMAT,
      status: 'pending',
      error: null,
      attempts: 0,
    },
  };
}

/**
 * The fast path of a call that only creates records (each id once): every write checked first
 * (a create needs no stored row), then all added in one round (see `addOptimistically`).
 * Null when it did not write: the call then goes the ordinary way, which checks again.
 */
async function createAll(
  db: VarnaDB,
  writes: RecordWrite[],
  plains: Record<string, unknown>[],
  sealed: Record<string, unknown>[],
  tables: Parameters<typeof addOptimistically>[1],
  drafts: string[],
): Promise<PreparedWrite[] | null> {
  const keys = new Set(writes.map((w) => `${w.table}/${w.id}`));
  if (!writes.every((w) => w.create) || keys.size !== writes.length) return null;
  let prepared: PreparedWrite[];
  try {
    prepared = writes.map((write, i) => prepareWrite(write, undefined, plains[i]!, sealed[i]!));
  } catch {
    return null; // the ordinary path reports it (or finds a stored row it completes)
  }
  const rows = prepared.map((p, i) => ({
    table: writes[i]!.table,
    row: p.next!,
    entry: p.entry!,
  }));
  return (await addOptimistically(db, tables, rows, drafts)) ? prepared : null;
}

/**
 * The ordinary path: the transaction reads the stored rows and the next sequence number in one
 * round, checks every write, then issues the puts, outbox entries, sequence number and draft
 * deletes together: one wait for reads, one for writes.
 */
async function writeReading(
  db: VarnaDB,
  writes: RecordWrite[],
  plains: Record<string, unknown>[],
  sealed: Record<string, unknown>[],
  tables: Parameters<typeof addOptimistically>[1],
  drafts: string[],
): Promise<PreparedWrite[]> {
  let next = 1;
  const results = await db.transaction('rw', tables, async () => {
    const [stored, storedSeq] = await Promise.all([
      Promise.all(writes.map((w) => db.syncedTable(w.table).get(w.id))),
      getMeta<number>(db, META.nextSeq),
    ]);
    // A record written twice in one call: the second write starts from the first one's row.
    const latest = new Map<string, Record<string, unknown> | undefined>();
    const prepared = writes.map((write, i) => {
      const key = `${write.table}/${write.id}`;
      const existing = latest.has(key)
        ? latest.get(key)
        : (stored[i] as Record<string, unknown> | undefined);
      const p = prepareWrite(write, existing, plains[i]!, sealed[i]!);
      if (p.next) latest.set(key, p.next);
      return p;
    });
    let seq = storedSeq ?? 1;
    const requests: Promise<unknown>[] = [];
    for (const [i, p] of prepared.entries()) {
      if (!p.next || !p.entry) continue;
      requests.push(db.syncedTable(writes[i]!.table).put(p.next as never));
      requests.push(db.outbox.add({ ...p.entry, seq: seq++ }));
    }
    if (seq !== (storedSeq ?? 1)) requests.push(setMeta(db, META.nextSeq, seq));
    if (drafts.length > 0) requests.push(db.drafts.bulkDelete(drafts));
    await Promise.all(requests);
    next = seq;
    return prepared;
  });
  rememberNextSeq(db, next);
  return results;
}

/**
 * Writes several records, each with its outbox entry, in one Dexie transaction: all commit, or
 * none does (a failure anywhere rolls back every row, entry and sequence number). Listeners hear
 * of the writes only after the commit. Works offline: it never touches the network.
 *
 * Each record is created when missing; the result must satisfy its table's schema or the call
 * throws (RecordValidationError) and nothing is written. A call whose writes are all creates
 * (`createWrite`) is written in one round without reading; any other reads, then writes.
 */
export async function writeRecords(
  db: VarnaDB,
  writes: RecordWrite[],
  options: {
    /** Drafts deleted in the same transaction: a saved form's draft can never be saved again. */
    deleteDrafts?: string[];
  } = {},
): Promise<unknown[]> {
  const drafts = options.deleteDrafts ?? [];
  const tables = [
    ...[...new Set(writes.map((w) => w.table))].map((t) => db.syncedTable(t)),
    ...(drafts.length > 0 ? [db.drafts] : []),
    db.outbox,
    db.meta,
  ];
  const plains = writes.map((w) => withoutReserved(w.changes));
  // Encryption happens before the transaction opens (WebCrypto would end it early); with no
  // passphrase set there is nothing to seal.
  const sealed = isEncrypting(db)
    ? await Promise.all(writes.map((w, i) => sealFields(db, w.table, plains[i]!)))
    : plains;
  const results =
    (await createAll(db, writes, plains, sealed, tables, drafts)) ??
    (await writeReading(db, writes, plains, sealed, tables, drafts));
  writes.forEach((write, i) => {
    if (results[i]?.next) emitLocalCommit(write.table, write.id);
  });
  return results.map((r) => r.record);
}

/** Writes one record and its outbox entry atomically; see `writeRecords`. */
export async function writeRecord<T extends SyncedTable>(
  db: VarnaDB,
  table: T,
  id: string,
  changes: FieldChanges<T>,
): Promise<RecordOf<T>> {
  const [record] = await writeRecords(db, [{ table, id, changes }]);
  return record as RecordOf<T>;
}

/**
 * Creates one record under a fresh id with its outbox entry, in one round (see `createWrite`):
 * pass every required field.
 */
export async function createRecord<T extends SyncedTable>(
  db: VarnaDB,
  table: T,
  id: string,
  fields: FieldChanges<T>,
): Promise<RecordOf<T>> {
  const [record] = await writeRecords(db, [createWrite(table, id, fields)]);
  return record as RecordOf<T>;
}

/** Marks a record deleted (a tombstone that syncs); `restoreRecord` undoes it. */
export function deleteRecord(db: VarnaDB, table: SyncedTable, id: string): Promise<unknown> {
  return writeRecord(db, table, id, { deleted: true });
}

export function restoreRecord(db: VarnaDB, table: SyncedTable, id: string): Promise<unknown> {
  return writeRecord(db, table, id, { deleted: false });
}
