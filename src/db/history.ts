import type { HistoryEntry } from '../shared/sync/history-protocol';
import { isSealed, seal, unseal } from './crypto/sealed';
import { sensitiveFieldsOf } from './crypto/sensitive-fields';
import { isEncrypting, requireKeys, sessionOf } from './crypto/session';

/**
 * One row of the local audit trail, as pulled from the endpoint. The old and new values of a
 * sensitive field (see sensitive-fields.ts) are sealed at rest like the record itself.
 */
export type HistoryRow = Omit<HistoryEntry, 'oldValue' | 'newValue'> & {
  oldValue: unknown;
  newValue: unknown;
};

/** A history row as the UI reads it: values opened, or, while locked, null with `locked` set. */
export type OpenHistoryRow = HistoryEntry & { locked?: boolean };

const sensitive = (row: { table: string; field: string }): boolean =>
  sensitiveFieldsOf(row.table).includes(row.field);

/**
 * Seals the values of sensitive fields when encryption is on. Runs before the Dexie transaction
 * that stores the rows (an awaited WebCrypto call inside one would end it early). Throws
 * LockedError while locked: history is then not pulled, like records.
 */
export async function sealHistoryEntries(
  db: object,
  entries: HistoryEntry[],
): Promise<HistoryRow[]> {
  if (!isEncrypting(db) || !entries.some(sensitive)) return entries;
  const keys = requireKeys(db);
  return Promise.all(
    entries.map(async (entry) =>
      sensitive(entry)
        ? {
            ...entry,
            oldValue: isSealed(entry.oldValue) ? entry.oldValue : await seal(keys, entry.oldValue),
            newValue: isSealed(entry.newValue) ? entry.newValue : await seal(keys, entry.newValue),
          }
        : entry,
    ),
  );
}

/** Opens sealed values with the in-memory keys; while locked they read as null, `locked: true`. */
export async function openHistoryRows(db: object, rows: HistoryRow[]): Promise<OpenHistoryRow[]> {
  const { keys, cache } = sessionOf(db).getState();
  const open = async (value: unknown): Promise<unknown> => {
    if (!isSealed(value) || !keys) return value;
    if (cache.has(value.iv)) return cache.get(value.iv);
    const plain = await unseal(keys, value);
    cache.set(value.iv, plain);
    return plain;
  };
  return Promise.all(
    rows.map(async (row) => {
      if (!isSealed(row.oldValue) && !isSealed(row.newValue)) return row;
      if (!keys) return { ...row, oldValue: null, newValue: null, locked: true };
      return { ...row, oldValue: await open(row.oldValue), newValue: await open(row.newValue) };
    }),
  );
}
