import {
  META,
  applyRetention,
  db,
  ensureDefaults,
  getMeta,
  initLock,
  onLocalCommit,
  setMeta,
} from '../../db';
import { localDateToday } from '../../lib/dates';

/** Asks the browser to keep this site's storage, once, after the first save. */
async function askPersistenceOnce(): Promise<void> {
  if (await getMeta<boolean>(db, META.persistAsked)) return;
  await setMeta(db, META.persistAsked, true);
  await navigator.storage?.persist?.();
}

/**
 * Starts the device: reads the lock state (locked when a passphrase is set), loads the default
 * plan, contacts and routine on the first run, starts the sync engine and asks for persistent storage after the first save. Safe to call in every tab.
 */
export async function startDevice(): Promise<void> {
  // Whether a passphrase is set decides how everything after this reads and writes free text.
  await initLock(db);
  await ensureDefaults(db);
  // Free text of old, synced log entries leaves the device (the office keeps it).
  void applyRetention(db, localDateToday()).catch(() => undefined);
  onLocalCommit(() => void askPersistenceOnce().catch(() => undefined));
  // The sync engine (and its dependencies) loads after the lock state is known: the first screen
  // waits for that state, never for the engine's download and evaluation.
  const { syncEngine } = await import('../../sync');
  syncEngine.start();
}
