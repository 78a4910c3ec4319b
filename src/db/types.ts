import type { SyncedTable } from '../shared/schemas';

/**
 * One pending change of this device, in order. `seq` is the per-device sequence number the server
 * keys it by (with the device id). `before` holds the changed fields' previous local values (null
 * when the change created the record), so a change the server rejects can be undone locally.
 */
export interface OutboxEntry {
  seq: number;
  table: SyncedTable;
  recordId: string;
  fields: Record<string, unknown>;
  baseVersion: number;
  before: Record<string, unknown> | null;
  createdAt: string;
  /** Mutation format version (MUTATION_FORMAT when it was made). */
  v: number;
  status: 'pending' | 'rejected';
  error: string | null;
  attempts: number;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

/** An unsaved form, saved on every change so it survives a reload or a crash. */
export interface Draft {
  id: string;
  data: unknown;
  updatedAt: string;
}
