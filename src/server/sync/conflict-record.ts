import { stableId } from '../../shared/ids';
import type { DetectedConflict } from '../../shared/sync/merge';

/**
 * The `conflicts` record for a conflict found while applying a mutation. Its id is deterministic in
 * (table, record, field, version), so re-applying the same change can never make a second one.
 */
export function conflictRecord(
  table: string,
  recordId: string,
  conflict: DetectedConflict,
  detectedAtVersion: number,
  nowIso: string,
): { id: string; data: Record<string, unknown> } {
  return {
    id: stableId('conflict', table, recordId, conflict.field, detectedAtVersion),
    data: {
      table,
      recordId,
      field: conflict.field,
      // null, not undefined: the value must survive the trip through JSON.
      shownValue: conflict.shownValue ?? null,
      otherValue: conflict.otherValue ?? null,
      detectedAt: nowIso,
      resolved: false,
      deleted: false,
      updatedAt: nowIso,
    },
  };
}
