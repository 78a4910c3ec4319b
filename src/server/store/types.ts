import type { StoredRow } from '../../shared/sync/merge';
import type { DeviceRole, ServerChange } from '../../shared/sync/protocol';
import type { HistoryPage, RedactionTx } from './audit-types';

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
  /** When a device revoked as lost reported that it wiped its data (null: not yet). */
  wipedAt: number | null;
  /** Its changes that never arrived, as it reported before wiping (null: not yet reported). */
  lostChanges: number | null;
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
  /** 'create': one row for a new record, field '' and no values; else one row per changed field. */
  kind?: 'change' | 'create';
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
  /** Batch forms, for a whole push in a few statements: the rows found, keyed by rowKey(). */
  getRows(keys: Array<{ table: string; id: string }>): Promise<Map<string, StoredRow>>;
  putRows(rows: Array<{ table: string; id: string; row: StoredRow }>): Promise<void>;
  /** The workspace's version counter (the last version handed out), read inside the transaction. */
  versionCounter(): Promise<number>;
  /** Moves the counter up to `version`, after the batch took every version up to it in memory. */
  setVersionCounter(version: number): Promise<void>;
}

export interface ChangesJson {
  json: string;
  count: number;
  lastVersion: number | null;
  more: boolean;
}

/** One change as JSON text, with `data` the stored JSON text as it is. */
export const changeJson = (table: string, id: string, version: number, data: string): string =>
  `{"table":${JSON.stringify(table)},"id":${JSON.stringify(id)},"version":${version},"data":${data}}`;

/** A record of a workspace, as a push names it. */
export interface RecordKey {
  table: string;
  id: string;
}

/** Key of a record in PushTx.getRows' answer. */
export const rowKey = (table: string, id: string): string => `${table}\u0000${id}`;

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
  /**
   * Stores a lost device's wipe report: only for a device revoked as lost, only once (atomically:
   * of two concurrent reports one wins). False when the device may not or already did report.
   */
  recordWipeReport(id: string, lostChanges: number, at: number): Promise<boolean>;
  countActiveDevices(workspaceId: string): Promise<number>;

  /**
   * Runs `fn` in one transaction over the device's workspace; rolls back if it throws. `reads`
   * names the records the batch will read (getRows), which a store may read as the transaction
   * opens, with its locks, instead of in a round trip of its own. A store may run pushes of one
   * workspace together in one transaction (PostgreSQL does, see pg-push-queue.ts) and run `fn`
   * again when that fails, so `fn` must act only through `tx`.
   */
  withPushTx<T>(
    workspaceId: string,
    deviceId: string,
    fn: (tx: PushTx) => Promise<T>,
    reads?: RecordKey[],
  ): Promise<T>;
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
  /**
   * The page pullChanges returns, as the JSON text of its `changes` array, made from the stored
   * JSON text without parsing and re-serialising it (pull pages are the endpoint's largest answers).
   * `lastVersion` is the last change's version (null: none).
   */
  pullChangesJson(workspaceId: string, since: number, limit: number): Promise<ChangesJson>;
  /**
   * Audit rows of a workspace with a seq above `since`, in seq order, at most `limit` unless one
   * seq alone has more (a page never splits a seq). Gap-safe like pullChanges.
   */
  pullHistory(workspaceId: string, since: number, limit: number): Promise<HistoryPage>;
  /** Runs a redaction in one transaction over the workspace; rolls back if `fn` throws. */
  withRedactionTx<T>(workspaceId: string, fn: (tx: RedactionTx) => Promise<T>): Promise<T>;

  close(): Promise<void>;
}
