import { SYNCED_SCHEMAS, isSyncedTable } from '../../shared/schemas';
import type { SyncedTable } from '../../shared/schemas';
import { ACCEPTED_MUTATION_FORMATS } from '../../shared/sync/protocol';
import type { Mutation } from '../../shared/sync/protocol';
import type * as z from 'zod/mini';

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
  return reasonOf(
    table,
    parsed.error.issues.map((i) => i.path.join('.')),
  );
}

const reasonOf = (table: string, paths: string[]): string => {
  const fields = [...new Set(paths.map((path) => path || '(post)'))];
  return `Ogiltiga värden i ${table}: ${fields.slice(0, 5).join(', ')}.`;
};

type FieldSchema = z.ZodMiniType;
interface TableShape {
  entries: Array<[string, FieldSchema]>;
  /** Fields that must be present (their schema refuses undefined). */
  required: string[];
}
const shapes = new Map<SyncedTable, TableShape>();

function shapeOf(table: SyncedTable): TableShape {
  let shape = shapes.get(table);
  if (!shape) {
    const entries = Object.entries(SYNCED_SCHEMAS[table].shape as Record<string, FieldSchema>);
    const required = entries
      .filter(([, schema]) => !schema.safeParse(undefined).success)
      .map(([field]) => field);
    shape = { entries, required };
    shapes.set(table, shape);
  }
  return shape;
}

/**
 * The same answer as checkMergedRecord for an edit of a stored record, at the cost of the fields
 * the mutation set: the stored record passed this check when it was written (every write does), the
 * schemas are plain objects of independent fields (no cross-field rule), and the fields the mutation
 * did not set are unchanged. Falls back to the whole record when a required field is missing (a
 * record stored before the field existed), so the reason is the one the full check gives.
 */
export function checkChangedFields(
  table: SyncedTable,
  record: Record<string, unknown>,
  changed: Record<string, unknown>,
): string | null {
  const { entries, required } = shapeOf(table);
  if (required.some((field) => !(field in record))) return checkMergedRecord(table, record);
  const paths: string[] = [];
  for (const [field, schema] of entries) {
    if (!(field in changed) || field === 'id' || field === 'version') continue;
    const parsed = schema.safeParse(record[field]);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) paths.push([field, ...issue.path].join('.'));
    }
  }
  return paths.length > 0 ? reasonOf(table, paths) : null;
}
