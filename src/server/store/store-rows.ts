import type { Device, Workspace } from './types';

/**
 * The workspace and device columns both stores share, and their mapping to the store's types. The
 * driver's rows file reads its own encodings first (SQLite's 0/1 flag), so one mapper serves both.
 */

export interface WorkspaceRow {
  id: string;
  name: string;
  created_at: number;
}

/** A device row; `Flag` is how the driver returns `revoked_lost` (boolean, or SQLite's 0/1). */
export interface DeviceRowOf<Flag> {
  id: string;
  workspace_id: string;
  name: string;
  role: 'office' | 'field';
  last_seq: number;
  created_at: number;
  last_seen_at: number | null;
  revoked_at: number | null;
  revoked_lost: Flag;
  wiped_at: number | null;
  lost_changes: number | null;
}

export const WORKSPACE_COLUMNS = 'id, name, created_at';
export const DEVICE_COLUMNS =
  'id, workspace_id, name, role, last_seq, created_at, last_seen_at, revoked_at, revoked_lost, wiped_at, lost_changes';

export const toWorkspace = (row: WorkspaceRow): Workspace => ({
  id: row.id,
  name: row.name,
  createdAt: row.created_at,
});

/** Maps a device row whose values are already parsed. */
export const toDevice = (row: DeviceRowOf<boolean>): Device => ({
  id: row.id,
  workspaceId: row.workspace_id,
  name: row.name,
  role: row.role,
  lastSeq: row.last_seq,
  createdAt: row.created_at,
  lastSeenAt: row.last_seen_at,
  revokedAt: row.revoked_at,
  revokedLost: row.revoked_lost,
  wipedAt: row.wiped_at,
  lostChanges: row.lost_changes,
});

/** JSON text for a column or json parameter; `undefined` is stored as SQL NULL. */
export const toJson = (value: unknown): string | null =>
  value === undefined ? null : JSON.stringify(value);
