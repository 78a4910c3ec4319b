import { META, db, ensureDefaults, getMeta, onLocalCommit, setMeta } from '../../db';
import { syncEngine } from '../../sync';

/** Asks the browser to keep this site's storage, once, after the first save. */
async function askPersistenceOnce(): Promise<void> {
  if (await getMeta<boolean>(db, META.persistAsked)) return;
  await setMeta(db, META.persistAsked, true);
  await navigator.storage?.persist?.();
}

/**
 * Starts the device: loads the default plan, contacts and routine on the first run, starts the
 * sync engine and asks for persistent storage after the first save. Safe to call in every tab.
 */
export async function startDevice(): Promise<void> {
  await ensureDefaults(db);
  onLocalCommit(() => void askPersistenceOnce().catch(() => undefined));
  syncEngine.start();
}
