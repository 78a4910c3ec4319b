import type { StoredRow } from '../../shared/sync/merge';
import type { HistoryEntry } from '../../shared/sync/history-protocol';

/** The audit trail's side of the store: history pages and the redaction transaction. */

export interface HistoryPage {
  entries: HistoryEntry[];
  more: boolean;
}

/** The values of one audit row, as a redaction reads and rewrites them. */
export interface AuditValues {
  id: number;
  oldValue: unknown;
  newValue: unknown;
}

export interface RedactionAudit {
  table: string;
  recordId: string;
  version: number;
  field: string;
  deviceId: string;
  actor: string | null;
  deviceName: string | null;
  at: number;
}

/**
 * What a redaction needs, inside one transaction over one workspace that holds the workspace's
 * version counter (as a push does): everything commits together or nothing does.
 */
export interface RedactionTx {
  getRow(table: string, id: string): Promise<StoredRow | undefined>;
  putRow(table: string, id: string, row: StoredRow): Promise<void>;
  nextVersion(): Promise<number>;
  /** Audit rows of the record's field, and every audit row of the given (conflict) records. */
  auditValues(
    table: string,
    recordId: string,
    field: string,
    conflictIds: string[],
  ): Promise<AuditValues[]>;
  /** Rewrites one audit row's values and gives it a new seq (the only update the trigger allows). */
  rewriteAudit(id: number, oldValue: unknown, newValue: unknown, seq: number): Promise<void>;
  /** The conflict records about the record's field. */
  conflictsOf(
    table: string,
    recordId: string,
    field: string,
  ): Promise<Array<{ id: string; row: StoredRow }>>;
  /** Appends the redaction's own audit row (kind 'redaction', no values). */
  addRedactionAudit(entry: RedactionAudit): Promise<void>;
}

export interface AuditRowShape {
  id: number;
  seq: number;
  tbl: string;
  record_id: string;
  version: number;
  field: string;
  kind: 'change' | 'redaction';
  actor: string | null;
  device_name: string | null;
  at: number;
}

export const HISTORY_COLUMNS =
  'id, seq, tbl, record_id, version, field, kind, actor, device_name, at, old_value, new_value';

export function toHistoryEntry(
  row: AuditRowShape,
  oldValue: unknown,
  newValue: unknown,
): HistoryEntry {
  return {
    id: row.id,
    seq: row.seq,
    table: row.tbl,
    recordId: row.record_id,
    version: row.version,
    field: row.field,
    kind: row.kind,
    oldValue: oldValue ?? null,
    newValue: newValue ?? null,
    actor: row.actor,
    deviceName: row.device_name,
    at: new Date(row.at).toISOString(),
  };
}

/**
 * Cuts a page of rows read as `seq > since ORDER BY seq, id LIMIT limit + 1` so that it never
 * splits one seq (a change of several fields writes several rows with the same seq): the checkpoint
 * is the page's last seq, so rows of that seq left for the next page would be skipped. Returns the
 * page, or `tie` when every row read shares one seq (the caller then reads all rows of that seq).
 */
export function pageBySeq<R extends { seq: number }>(
  rows: R[],
  limit: number,
): { page: R[]; more: boolean } | { tie: number } {
  if (rows.length <= limit) return { page: rows, more: false };
  const boundary = rows[limit]!.seq;
  const page = rows.slice(0, limit).filter((row) => row.seq !== boundary);
  return page.length > 0 ? { page, more: true } : { tie: boundary };
}
