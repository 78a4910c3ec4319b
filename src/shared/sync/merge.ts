import { META_FIELDS, RESERVED_FIELDS } from '../schemas/common';
import { jsonEqual } from './json-equal';

/** A record as the server keeps it: its fields and, per field, the version that last changed it. */
export interface StoredRow {
  data: Record<string, unknown>;
  fieldVersions: Record<string, number>;
  /** Per field, the device that changed it last (absent for default data). */
  fieldWriters?: Record<string, string>;
  /**
   * Per field, the version from which on it is known to be free of the text a redaction removed
   * (absent: never redacted). Only a redaction sets it; see redaction-guard.ts.
   */
  fieldRedactions?: Record<string, number>;
  version: number;
}

export interface DetectedConflict {
  field: string;
  /** The value applied later in the server's order: it is shown until a person chooses. */
  shownValue: unknown;
  /** The value it overwrote: kept so that nothing is lost silently. */
  otherValue: unknown;
}

export interface MergeOutcome {
  row: StoredRow;
  conflicts: DetectedConflict[];
  /** False when the mutation changed nothing (its values were already there). */
  changed: boolean;
}

const isContentField = (field: string): boolean => field !== 'deleted' && !META_FIELDS.has(field);

/**
 * Applies one mutation to a stored row, field by field. Pure and deterministic.
 *
 * Rules:
 * 1. A field whose value is unchanged is left alone (no version bump, no conflict).
 * 2. A field that another mutation changed after this mutation's base version, to a different
 *    value, is a conflict: the incoming value wins (the server's order decides what is shown) and
 *    the overwritten value is returned as a conflict for a person to resolve.
 * 3. Bookkeeping fields (`updatedAt`) never conflict; reserved fields (`id`, `version`) are ignored.
 * 4. A delete when content fields changed after the base is a conflict on `deleted` (shown: deleted,
 *    other: kept), so the edit can be restored.
 * 5. An edit of a record deleted after the base leaves it deleted and records a conflict on
 *    `deleted` (shown: deleted, other: restored), so the edit is not lost.
 * 6. A device never conflicts with itself: its mutations arrive in its own order, so a later one
 *    supersedes its earlier one even when it has not pulled in between.
 */
export function mergeMutation(
  existing: StoredRow | undefined,
  fields: Record<string, unknown>,
  baseVersion: number,
  newVersion: number,
  writer?: string,
): MergeOutcome {
  const data: Record<string, unknown> = { ...(existing?.data ?? {}) };
  const fieldVersions: Record<string, number> = { ...(existing?.fieldVersions ?? {}) };
  const fieldWriters: Record<string, string> = { ...(existing?.fieldWriters ?? {}) };
  const conflicts: DetectedConflict[] = [];
  let changed = existing === undefined;
  const changedAfterBase = (field: string): boolean =>
    (fieldVersions[field] ?? 0) > baseVersion &&
    (writer === undefined || fieldWriters[field] !== writer);

  if (existing) {
    const deletingNow = fields.deleted === true && existing.data.deleted !== true;
    const editedAfterBase = Object.keys(existing.data).some(
      (f) => isContentField(f) && changedAfterBase(f),
    );
    if (deletingNow && editedAfterBase) {
      conflicts.push({ field: 'deleted', shownValue: true, otherValue: false });
    }
    const editsContent = Object.keys(fields).some(
      (f) =>
        isContentField(f) && !RESERVED_FIELDS.has(f) && !jsonEqual(existing.data[f], fields[f]),
    );
    const deletedAfterBase = existing.data.deleted === true && changedAfterBase('deleted');
    if (deletedAfterBase && editsContent && fields.deleted !== false) {
      conflicts.push({ field: 'deleted', shownValue: true, otherValue: false });
    }
  }

  for (const [field, value] of Object.entries(fields)) {
    if (RESERVED_FIELDS.has(field) || value === undefined) continue;
    const previous = data[field];
    if (existing && jsonEqual(previous, value)) continue;
    if (existing && isContentField(field) && changedAfterBase(field) && field in existing.data) {
      conflicts.push({ field, shownValue: value, otherValue: previous });
    }
    data[field] = value;
    fieldVersions[field] = newVersion;
    if (writer !== undefined) fieldWriters[field] = writer;
    changed = true;
  }

  return {
    row: {
      data,
      fieldVersions,
      fieldWriters,
      // Kept as it is: a later mutation of the same batch is checked against it too.
      ...(existing?.fieldRedactions ? { fieldRedactions: existing.fieldRedactions } : {}),
      version: changed ? newVersion : (existing?.version ?? newVersion),
    },
    conflicts,
    changed,
  };
}
