import type { OpenHistoryRow } from '../../db';
import { HIDDEN_HISTORY_FIELDS } from '../../lib/history-values';

export interface FieldChange {
  field: string;
  oldValue: unknown;
  newValue: unknown;
  /** The values are sealed and the app is locked. */
  locked?: boolean;
}

/** One change of the record (or one redaction), as the Historik page lists it. */
export interface HistoryGroup {
  key: string;
  kind: 'change' | 'create' | 'redaction' | 'pending';
  /** ISO instant: the server's time, or the device's for a pending change. */
  at: string;
  actor: string | null;
  deviceName: string | null;
  changes: FieldChange[];
}

/** A pending local change as read from the outbox (values opened, or `locked`). */
export interface PendingChange {
  seq: number;
  createdAt: string;
  fields: Record<string, unknown>;
  before: Record<string, unknown> | null;
  locked?: boolean;
}

const isEmpty = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  value === '' ||
  value === false ||
  (Array.isArray(value) && value.length === 0);

/** A creation's empty fields say nothing: only what was filled in is shown. */
const worthShowing = (c: FieldChange): boolean =>
  !HIDDEN_HISTORY_FIELDS.has(c.field) && !(isEmpty(c.oldValue) && isEmpty(c.newValue));

/**
 * Groups synced audit rows into changes (rows of one seq and kind), newest first, with this
 * device's pending changes on top (newest first), marked as not synced yet.
 */
export function groupHistory(
  rows: OpenHistoryRow[],
  pending: PendingChange[],
  self: { actor: string | null; deviceName: string | null },
): HistoryGroup[] {
  const bySeq = new Map<string, HistoryGroup>();
  const sorted = [...rows].sort((a, b) => b.seq - a.seq || a.id - b.id);
  for (const row of sorted) {
    const key = `${row.kind}-${row.seq}`;
    let group = bySeq.get(key);
    if (!group) {
      group = {
        key,
        kind: row.kind,
        at: row.at,
        actor: row.actor,
        deviceName: row.deviceName,
        changes: [],
      };
      bySeq.set(key, group);
    }
    group.changes.push({
      field: row.field,
      oldValue: row.oldValue,
      newValue: row.newValue,
      ...(row.locked ? { locked: true } : {}),
    });
  }
  const synced = [...bySeq.values()].filter(
    (g) => g.kind !== 'change' || g.changes.some(worthShowing),
  );
  for (const g of synced) {
    if (g.kind === 'change') g.changes = g.changes.filter(worthShowing);
    if (g.kind === 'create') g.changes = [];
  }
  const local = [...pending]
    .sort((a, b) => b.seq - a.seq)
    .map((p): HistoryGroup => ({
      key: `pending-${p.seq}`,
      kind: 'pending',
      at: p.createdAt,
      actor: self.actor,
      deviceName: self.deviceName,
      changes: Object.entries(p.fields)
        .map(([field, newValue]) => ({
          field,
          oldValue: p.before?.[field] ?? null,
          newValue,
          ...(p.locked ? { locked: true } : {}),
        }))
        .filter(worthShowing),
    }))
    .filter((g) => g.changes.length > 0);
  return [...local, ...synced];
}
