import {
  openRows,
  createRecord,
  recordWrite,
  writeRecord,
  writeRecords,
  type RecordWrite,
  type VarnaDB,
} from '../../db';
import type { Organisation } from '../../shared/schemas';
import { newId } from '../../shared/ids';
import { foldForSearch } from '../../lib/dates';

export type OrganisationFields = Pick<
  Organisation,
  'name' | 'kind' | 'wishesDialog' | 'firstContact' | 'note' | 'privacyAcknowledged'
>;

/** True when another live organisation already has this name (ignoring case and accents). */
export function nameTaken(
  organisations: Organisation[],
  name: string,
  exceptId: string | null,
): boolean {
  const folded = foldForSearch(name.trim());
  return organisations.some(
    (o) => !o.deleted && o.id !== exceptId && foldForSearch(o.name.trim()) === folded,
  );
}

/** Adds (id null) or edits an organisation in the register, with its outbox entry. Works offline. */
export async function saveOrganisation(
  db: VarnaDB,
  id: string | null,
  fields: OrganisationFields,
): Promise<Organisation> {
  const changes = { ...fields, name: fields.name.trim() };
  if (id) return writeRecord(db, 'organisations', id, changes);
  return createRecord(db, 'organisations', newId(), {
    ...changes,
    mergedInto: null,
    deleted: false,
  });
}

/**
 * Merges a duplicate into the organisation that is kept: every log entry naming the duplicate
 * (deleted ones too, so an undo later stays right) is rewritten to name the kept one, the kept one
 * takes over what only the duplicate knew (first contact, note, wish for dialog), and the
 * duplicate is marked `mergedInto` and deleted. One transaction: all of it commits, or none does.
 */
export async function mergeOrganisations(
  db: VarnaDB,
  keepId: string,
  duplicateId: string,
): Promise<void> {
  if (keepId === duplicateId) throw new Error('Cannot merge an organisation into itself');
  const stored = await Promise.all([
    db.organisations.get(keepId),
    db.organisations.get(duplicateId),
  ]);
  // Notes may be sealed at rest: open them before joining them.
  const [keep, duplicate] = stored.some((o) => !o)
    ? [undefined, undefined]
    : await openRows(db, 'organisations', stored as Organisation[]);
  if (!keep || !duplicate) throw new Error('Organisation not found');
  const entries = await db.logEntries.where('organisationIds').equals(duplicateId).toArray();
  const writes: RecordWrite[] = entries.map((entry) => {
    const ids = entry.organisationIds.map((id) => (id === duplicateId ? keepId : id));
    return recordWrite('logEntries', entry.id, { organisationIds: [...new Set(ids)] });
  });
  const firstContacts = [keep.firstContact, duplicate.firstContact].filter(
    (d): d is string => d !== null,
  );
  const notes = [keep.note.trim(), duplicate.note.trim()].filter(Boolean);
  writes.push(
    recordWrite('organisations', keepId, {
      firstContact: firstContacts.sort()[0] ?? null,
      note: [...new Set(notes)].join('\n\n'),
      wishesDialog: keep.wishesDialog === 'okant' ? duplicate.wishesDialog : keep.wishesDialog,
    }),
    recordWrite('organisations', duplicateId, { mergedInto: keepId, deleted: true }),
  );
  await writeRecords(db, writes);
}
