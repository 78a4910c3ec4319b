import { deleteRecord, restoreRecord, writeRecord, type VarnaDB } from '../../db';
import { newId } from '../../shared/ids';
import { localDateToday } from '../../lib/dates';
import type { ContactChanges } from './contact-form';

/**
 * Contact writes. Each stores the row and its outbox entry in one transaction, on the device, so
 * it works offline and syncs later.
 */

/** Creates a contact (id null) or updates one; returns the contact's id. */
export async function saveContact(
  database: VarnaDB,
  id: string | null,
  changes: ContactChanges,
): Promise<string> {
  const recordId = id ?? newId();
  await writeRecord(database, 'contacts', recordId, changes);
  return recordId;
}

/** Records that the contact's details were checked today. */
export async function markVerifiedToday(
  database: VarnaDB,
  id: string,
  today: string = localDateToday(),
): Promise<void> {
  await writeRecord(database, 'contacts', id, { verifiedAt: today });
}

/** Deletes as a tombstone that syncs; `restoreContact` undoes it. */
export async function deleteContact(database: VarnaDB, id: string): Promise<void> {
  await deleteRecord(database, 'contacts', id);
}

export async function restoreContact(database: VarnaDB, id: string): Promise<void> {
  await restoreRecord(database, 'contacts', id);
}
