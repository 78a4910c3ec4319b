import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DataKeys } from './keyring';

/**
 * - `open`: no passphrase set; data is stored unencrypted (Inställningar says so).
 * - `locked`: a passphrase is set and the data keys are not in memory; sealed text cannot be read
 *   or written, and sync waits.
 * - `unlocked`: the data keys are in memory (never stored); sealed text is read and written.
 */
export type LockState = 'unknown' | 'open' | 'locked' | 'unlocked';

export interface CryptoSession {
  state: LockState;
  keys: DataKeys | null;
  /** Plaintexts of sealed values by IV, so lists do not decrypt the same text twice. Cleared on lock. */
  cache: Map<string, unknown>;
}

const sessions = new WeakMap<object, StoreApi<CryptoSession>>();

/** The encryption session of one database (one per device; tests open several). */
export function sessionOf(db: object): StoreApi<CryptoSession> {
  let session = sessions.get(db);
  if (!session) {
    session = createStore<CryptoSession>(() => ({
      state: 'unknown',
      keys: null,
      cache: new Map(),
    }));
    sessions.set(db, session);
  }
  return session;
}

/** Text is sealed on write and may be sealed on read. */
export function isEncrypting(db: object): boolean {
  const { state } = sessionOf(db).getState();
  return state === 'locked' || state === 'unlocked';
}

/** Thrown when sealed text would have to be read or written while the app is locked. */
export class LockedError extends Error {
  constructor() {
    super('Appen är låst. Lås upp med din lösenfras först.');
    this.name = 'LockedError';
  }
}

export function requireKeys(db: object): DataKeys {
  const { keys } = sessionOf(db).getState();
  if (!keys) throw new LockedError();
  return keys;
}
