import { db } from '../../db';
import { buttonNamed, focusHeading, focusWhenShown, showToast } from '../../ui';
import { sv } from '../../lib/strings/for/plan';
import { removeRecord, restore } from './edit-actions';

/** Where focus goes when a plan item's card (with the focused "Ta bort") goes, and comes back. */
export interface RemovalFocus {
  /** The id of the heading above the item (an area's, a level's), or null for the page's h1. */
  headingId: string | null;
  /** The item's name as its edit controls name it. */
  name: string;
}

/**
 * Deletes (a tombstone) and offers "Ångra" in a toast, which restores the record. Focus moves to
 * the heading above the deleted item, and after "Ångra" to the restored item's Redigera button.
 */
export async function removeWithUndo(
  table: 'areas' | 'activities' | 'interventions',
  id: string,
  message: string,
  focus: RemovalFocus,
): Promise<void> {
  try {
    await removeRecord(db, table, id);
    focusHeading(focus.headingId);
    showToast({
      message,
      actionLabel: sv.undo,
      onAction: () =>
        restore(db, table, id).then(
          () => focusWhenShown(buttonNamed(sv.plan.edit.editNamed(focus.name))),
          () => showToast({ message: sv.errors.generic, tone: 'error' }),
        ),
    });
  } catch {
    showToast({ message: sv.errors.generic, tone: 'error' });
  }
}

/** Runs a write and reports a failure in a toast (nothing else is lost: the data stays on screen). */
export function runOrReport(write: () => Promise<unknown>): void {
  write().catch(() => showToast({ message: sv.errors.generic, tone: 'error' }));
}
