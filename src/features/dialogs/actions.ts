import {
  createWrite,
  openRows,
  deleteRecord,
  recordWrite,
  restoreRecord,
  writeRecord,
  writeRecords,
  type RecordWrite,
  type VarnaDB,
} from '../../db';
import type { LogEntry, Organisation } from '../../shared/schemas';
import { newId } from '../../shared/ids';
import { foldFast } from './search-text';
import type { OrganisationChoice } from './form-state';
import type { EntryFields } from './to-entry';

/** Follows `mergedInto` to the organisation a merged duplicate now lives on as. */
export function resolveMerged(byId: Map<string, Organisation>, id: string): string {
  let current = id;
  for (let i = 0; i < 10; i++) {
    const next = byId.get(current)?.mergedInto;
    if (!next) break;
    current = next;
  }
  return current;
}

/** A new register entry for a name typed on the form; the rest is filled in on the register page. */
export function newOrganisationFields(name: string, firstContact: string | null) {
  return {
    name: name.trim(),
    kind: 'annan' as const,
    wishesDialog: 'okant' as const,
    firstContact,
    note: '',
    mergedInto: null,
    deleted: false,
  };
}

/**
 * Saves a log entry (new when `id` is null) and adds every organisation name not yet in the
 * register, all in one transaction with their outbox entries: the entry and its new organisations
 * commit together or not at all. A typed name that matches a register name (ignoring case and
 * accents) reuses that organisation. The draft is deleted once the write has committed. Works
 * offline; the sync engine pushes the changes later.
 */
export async function saveLogEntry(
  db: VarnaDB,
  input: {
    id: string | null;
    fields: EntryFields;
    organisations: OrganisationChoice[];
    draftId?: string;
    /**
     * The whole register as the form holds it (live, merged and deleted ones included), so the
     * save need not read it again; read from the database when not given.
     */
    register?: Organisation[];
  },
): Promise<{ entry: LogEntry; newOrganisations: Organisation[] }> {
  const registered = input.register ?? (await db.organisations.toArray());
  const byId = new Map(registered.map((o) => [o.id, o]));
  const byName = new Map(
    registered.filter((o) => !o.deleted).map((o) => [foldFast(o.name.trim()), o.id]),
  );
  const writes: RecordWrite[] = [];
  const ids: string[] = [];
  for (const choice of input.organisations) {
    let id = choice.id && byId.has(choice.id) ? resolveMerged(byId, choice.id) : null;
    id ??= byName.get(foldFast(choice.name.trim())) ?? null;
    if (id === null) {
      id = newId();
      byName.set(foldFast(choice.name.trim()), id);
      const firstContact = input.fields.kind === 'dialog' ? input.fields.date.slice(0, 10) : null;
      writes.push(
        createWrite('organisations', id, newOrganisationFields(choice.name, firstContact)),
      );
    }
    if (!ids.includes(id)) ids.push(id);
  }
  const entryId = input.id ?? newId();
  const fields = { ...input.fields, organisationIds: ids, deleted: false };
  // A new entry (and its new organisations) is stored without reading first: one round.
  writes.push(
    input.id === null
      ? createWrite('logEntries', entryId, fields)
      : recordWrite('logEntries', entryId, fields),
  );
  // The draft goes in the same transaction: a reload can never leave a saved entry's draft behind.
  const records = await writeRecords(db, writes, {
    deleteDrafts: input.draftId ? [input.draftId] : [],
  });
  return {
    // In plain text as saved: a record the write left unchanged comes back as stored (maybe sealed).
    entry: { ...(records.at(-1) as LogEntry), ...input.fields, organisationIds: ids },
    newOrganisations: records.slice(0, -1) as Organisation[],
  };
}

/** Deletes an entry as a tombstone (it syncs); `restoreLogEntry` undoes it. */
export function deleteLogEntry(db: VarnaDB, id: string): Promise<unknown> {
  return deleteRecord(db, 'logEntries', id);
}

export function restoreLogEntry(db: VarnaDB, id: string): Promise<unknown> {
  return restoreRecord(db, 'logEntries', id);
}

/** Marks one agreed follow-up of an entry done (or not), reading the entry's current follow-ups. */
export async function setFollowUpDone(
  db: VarnaDB,
  entryId: string,
  followUpId: string,
  done: boolean,
): Promise<void> {
  const stored = await db.logEntries.get(entryId);
  if (!stored) return;
  // The follow-ups may be sealed at rest: open them (needs the keys) before changing one.
  const [entry] = await openRows(db, 'logEntries', [stored]);
  if (!entry || (entry as { $locked?: boolean }).$locked) return;
  const followUps = entry.followUps.map((f) => (f.id === followUpId ? { ...f, done } : f));
  await writeRecord(db, 'logEntries', entryId, { followUps });
}
