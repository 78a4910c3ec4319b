import type { SyncedTable } from '../shared/schemas';

type CommitListener = (table: SyncedTable, recordId: string) => void;
const listeners = new Set<CommitListener>();

/**
 * Called after a local write has committed (never before): the sync engine schedules a push,
 * the app asks for persistent storage. Listeners must not throw.
 */
export function onLocalCommit(listener: CommitListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function emitLocalCommit(table: SyncedTable, recordId: string): void {
  for (const listener of listeners) listener(table, recordId);
}
