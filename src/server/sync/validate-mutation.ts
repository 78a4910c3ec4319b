import { SYNCED_SCHEMAS, isSyncedTable } from '../../shared/schemas';
import type { SyncedTable } from '../../shared/schemas';
import { ACCEPTED_MUTATION_FORMATS } from '../../shared/sync/protocol';
import type { Mutation } from '../../shared/sync/protocol';

export type MutationCheck = { ok: true; table: SyncedTable } | { ok: false; reason: string };

/**
 * Checks what can be known about a mutation before reading its record: a known table, an accepted
 * format, and only fields of the table's schema. Such a failure is permanent, so the mutation is
 * answered `rejected` and the device's queue moves on.
 */
export function checkMutationShape(m: Mutation): MutationCheck {
  if (!isSyncedTable(m.table)) return { ok: false, reason: `Okänd tabell "${m.table}".` };
  if (!ACCEPTED_MUTATION_FORMATS.includes(m.v)) {
    return { ok: false, reason: `Okänt ändringsformat (${m.v}).` };
  }
  const shape = SYNCED_SCHEMAS[m.table].shape as Record<string, unknown>;
  const unknown = Object.keys(m.fields).filter(
    (field) => !Object.prototype.hasOwnProperty.call(shape, field),
  );
  if (unknown.length > 0) {
    return { ok: false, reason: `Okänt fält i ${m.table}: ${unknown.slice(0, 5).join(', ')}.` };
  }
  return { ok: true, table: m.table };
}

/** Validates a whole record after the merge; returns a short Swedish reason when it fails. */
export function checkMergedRecord(
  table: SyncedTable,
  record: Record<string, unknown>,
): string | null {
  const parsed = SYNCED_SCHEMAS[table].safeParse(record);
  if (parsed.success) return null;
  const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || '(post)'))];
  return `Ogiltiga värden i ${table}: ${fields.slice(0, 5).join(', ')}.`;
}
