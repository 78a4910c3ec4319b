import { createStore } from 'zustand/vanilla';

export type SyncPhase =
  'idle' | 'syncing' | 'offline' | 'error' | 'unpaired' | 'revoked' | 'locked';

export interface SyncStatus {
  phase: SyncPhase;
  lastSyncedAt: string | null;
  /** Swedish message of the last failure, shown to the user. */
  lastError: string | null;
  /** Changes received so far in a running pull (a first sync of a large workspace shows it). */
  received: number | null;
  /** True when the endpoint revoked this device as lost and its data was wiped. */
  wiped: boolean;
}

/** Sync state for the UI. It holds no rows: the pending count is read live from the outbox. */
export const syncStatus = createStore<SyncStatus>(() => ({
  phase: 'idle',
  lastSyncedAt: null,
  lastError: null,
  received: null,
  wiped: false,
}));
