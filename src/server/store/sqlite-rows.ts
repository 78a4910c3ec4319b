import type { Device, Workspace } from './types';

/** Column shapes of the SQLite tables and their mapping to the store's types. */

export interface WorkspaceRow {
  id: string;
  name: string;
  created_at: number;
}

export interface DeviceRow {
  id: string;
  workspace_id: string;
  name: string;
  role: 'office' | 'field';
  last_seq: number;
  created_at: number;
  last_seen_at: number | null;
  revoked_at: number | null;
  revoked_lost: number;
}

export interface RecordRow {
  tbl: string;
  id: string;
  data: string;
  field_versions: string;
  field_writers?: string | null;
  version: number;
}

export const DEVICE_COLUMNS =
  'id, workspace_id, name, role, last_seq, created_at, last_seen_at, revoked_at, revoked_lost';

export const toWorkspace = (row: WorkspaceRow): Workspace => ({
  id: row.id,
  name: row.name,
  createdAt: row.created_at,
});

export const toDevice = (row: DeviceRow): Device => ({
  id: row.id,
  workspaceId: row.workspace_id,
  name: row.name,
  role: row.role,
  lastSeq: row.last_seq,
  createdAt: row.created_at,
  lastSeenAt: row.last_seen_at,
  revokedAt: row.revoked_at,
  revokedLost: row.revoked_lost === 1,
});

/** JSON text for a column; `undefined` is stored as SQL NULL. */
export const toJson = (value: unknown): string | null =>
  value === undefined ? null : JSON.stringify(value);
