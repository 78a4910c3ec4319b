import type { StoredRow } from '../../shared/sync/merge';
import type { DeviceRole, ServerChange } from '../../shared/sync/protocol';

/**
 * The endpoint's storage, behind an async interface so that a PostgreSQL store can implement it
 * next to the SQLite one. Times are milliseconds since the epoch, passed in by the caller (the
 * app's clock), so tests can move time.
 */

export interface Workspace {
  id: string;
  name: string;
  createdAt: number;
}

export interface Device {
  id: string;
  workspaceId: string;
  name: string;
  role: DeviceRole;
  lastSeq: number;
  createdAt: number;
  lastSeenAt: number | null;
  revokedAt: number | null;
  /** Revoked because it was lost: it must wipe its local data when it next connects. */
  revokedLost: boolean;
}

export interface NewPairingCode {
  codeHash: string;
  workspaceId: string;
  role: DeviceRole;
  expiresAt: number;
  createdAt: number;
}

export interface NewDevice {
  id: string;
  name: string;
  tokenHash: string;
}

export type RedeemOutcome =
  | { ok: true; device: Device; workspace: Workspace }
  | { ok: false; reason: 'unknown' | 'expired' | 'used' };

export interface AuditEntry {
  table: string;
  recordId: string;
  version: number;
  field: string;
  oldValue: unknown;
  newValue: unknown;
  actor: string | null;
  /** The device's name when it made the change. */
  deviceName: string | null;
  at: number;
}

/**
 * What applying a push needs, bound to one workspace and one device, inside one transaction: all of
 * it commits together (rows, versions, audit and the device's last sequence number) or none does.
 */
export interface PushTx {
  getRow(table: string, id: string): Promise<StoredRow | undefined>;
  putRow(table: string, id: string, row: StoredRow): Promise<void>;
  /** Allocates the workspace's next version; committed versions only ever grow. */
  nextVersion(): Promise<number>;
  getLastSeq(): Promise<number>;
  setLastSeq(seq: number): Promise<void>;
  addAudit(entries: AuditEntry[]): Promise<void>;
}

export interface Store {
  listWorkspaces(): Promise<Workspace[]>;
  getWorkspace(id: string): Promise<Workspace | undefined>;
  /** Creates a workspace and stores every default record in it at version 0. */
  createWorkspace(name: string, at: number): Promise<Workspace>;
  /** The oldest workspace (the one created on first start). */
  defaultWorkspace(): Promise<Workspace>;

  savePairingCode(code: NewPairingCode): Promise<void>;
  /** Uses a code once: marks it used and creates the device, atomically. */
  redeemPairingCode(codeHash: string, device: NewDevice, at: number): Promise<RedeemOutcome>;

  findDeviceByTokenHash(tokenHash: string): Promise<Device | undefined>;
  getDevice(id: string): Promise<Device | undefined>;
  /** Every device, or those of one workspace; oldest first. */
  listDevices(workspaceId?: string): Promise<Device[]>;
  renameDevice(id: string, name: string): Promise<void>;
  revokeDevice(id: string, lost: boolean, at: number): Promise<void>;
  touchDevice(id: string, at: number): Promise<void>;
  countActiveDevices(workspaceId: string): Promise<number>;

  /** Runs `fn` in one transaction over the device's workspace; rolls back if it throws. */
  withPushTx<T>(workspaceId: string, deviceId: string, fn: (tx: PushTx) => Promise<T>): Promise<T>;
  /**
   * Rows of a workspace with a version above `since`, in version order, at most `limit`. Rows at
   * version 0 (default data) are never returned. No row committed later gets a version at or below
   * one already returned.
   */
  pullChanges(
    workspaceId: string,
    since: number,
    limit: number,
  ): Promise<{ changes: ServerChange[]; more: boolean }>;

  close(): Promise<void>;
}
