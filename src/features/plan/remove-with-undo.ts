import { db } from '../../db';
import { showToast } from '../../ui';
import { sv } from '../../lib/strings/for/plan';
import { removeRecord, restore } from './edit-actions';

/** Deletes (a tombstone) and offers "Ångra" in a toast, which restores the record. */
export async function removeWithUndo(
  table: 'areas' | 'activities' | 'interventions',
  id: string,
  message: string,
): Promise<void> {
  try {
    await removeRecord(db, table, id);
    showToast({ message, actionLabel: sv.undo, onAction: () => void restore(db, table, id) });
  } catch {
    showToast({ message: sv.errors.generic, tone: 'error' });
  }
}

/** Runs a write and reports a failure in a toast (nothing else is lost: the data stays on screen). */
export function runOrReport(write: () => Promise<unknown>): void {
  write().catch(() => showToast({ message: sv.errors.generic, tone: 'error' }));
}
