import { RESERVED_FIELDS } from '../schemas/common';
import { jsonEqual } from './json-equal';
import type { StoredRow } from './merge';

/**
 * The privacy rule of the merge: a change made on a version older than a redaction of a field may
 * carry the removed text back, so it must not write that field.
 *
 * A redaction removes a personal detail from a record's field on the server and marks, per field,
 * the version from which on the field is free of it (`fieldRedactions`). A device that had not yet
 * pulled that version still holds the old text; any value it writes to the field is built on it.
 * Merged as usual, that value would win (the server's order decides) or be kept in a conflict
 * record that every device sees, and the removed text would be back either way. Pure and
 * deterministic.
 *
 * Returns the fields this mutation would change (to a value other than the stored one) whose
 * redaction mark is above its base version: the mutation is refused when there is any. A change
 * made after the device had the redacted value (base at or above the mark) is not affected, and
 * neither are fields the mutation leaves as they are or sets to the stored (redacted) value.
 */
export function fieldsRedactedAfterBase(
  existing: StoredRow | undefined,
  fields: Record<string, unknown>,
  baseVersion: number,
): string[] {
  const marks = existing?.fieldRedactions;
  if (!existing || !marks) return [];
  return Object.keys(fields).filter(
    (field) =>
      !RESERVED_FIELDS.has(field) &&
      fields[field] !== undefined &&
      (marks[field] ?? 0) > baseVersion &&
      !jsonEqual(existing.data[field], fields[field]),
  );
}
