import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecordValidationError, VarnaDB, writeRecord } from '../../src/db';
import { LIMITS } from '../../src/shared/schemas';
import { DIALOG_ACTIVITY_ID } from '../../src/shared/seed';
import {
  deleteLogEntry,
  newOrganisationFields,
  restoreLogEntry,
  saveLogEntry,
  setFollowUpDone,
} from '../../src/features/dialogs/actions';
import { emptyForm, type DialogFormState } from '../../src/features/dialogs/form-state';
import {
  mergeOrganisations,
  saveOrganisation,
} from '../../src/features/dialogs/organisation-actions';
import { chosenOrganisations, toEntryFields } from '../../src/features/dialogs/to-entry';

let db: VarnaDB;
beforeEach(() => {
  db = new VarnaDB('t-' + crypto.randomUUID());
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const NOW = new Date('2026-03-10T12:00:00Z');

function form(patch: Partial<DialogFormState>): DialogFormState {
  return { ...emptyForm(NOW), ...patch };
}

/** Saves a form as the page does; resolves to the stored entry. */
async function save(state: DialogFormState, id: string | null = null, draftId?: string) {
  const saved = await saveLogEntry(db, {
    id,
    fields: toEntryFields(state, false),
    organisations: chosenOrganisations(state),
    draftId,
  });
  return saved.entry;
}

async function addOrganisation(name: string) {
  return saveOrganisation(db, null, {
    name,
    kind: 'trossamfund',
    wishesDialog: 'ja',
    firstContact: null,
    note: '',
  });
}

describe('saving a log entry', () => {
  it('stores the entry and a new organisation, each with its outbox entry', async () => {
    const entry = await save(
      form({ organisationText: 'Moskéföreningen i Timrå', summary: 'Om lokaler.' }),
    );

    const orgs = await db.organisations.toArray();
    expect(orgs).toHaveLength(1);
    expect(orgs[0]).toMatchObject({
      name: 'Moskéföreningen i Timrå',
      kind: 'annan',
      firstContact: '2026-03-10',
    });
    const stored = await db.logEntries.get(entry.id);
    expect(stored).toMatchObject({
      kind: 'dialog',
      date: '2026-03-10T13:00',
      organisationIds: [orgs[0]!.id],
      summary: 'Om lokaler.',
      activityId: DIALOG_ACTIVITY_ID,
      deleted: false,
    });
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((o) => [o.table, o.recordId])).toEqual([
      ['organisations', orgs[0]!.id],
      ['logEntries', entry.id],
    ]);
  });

  it('reuses a register organisation when the typed name matches it, ignoring case and accents', async () => {
    const existing = await addOrganisation('Svenska kyrkan Timrå');
    await save(form({ organisationText: 'svenska KYRKAN timra' }));
    expect(await db.organisations.count()).toBe(1);
    const [entry] = await db.logEntries.toArray();
    expect(entry!.organisationIds).toEqual([existing.id]);
  });

  it('names several organisations: chosen ones, new ones and the one still typed', async () => {
    const existing = await addOrganisation('IFK Timrå');
    const entry = await save(
      form({
        organisations: [
          { id: existing.id, name: existing.name },
          { id: null, name: 'Studieförbundet Bilda' },
        ],
        organisationText: 'Pingstkyrkan',
      }),
    );
    const names = await Promise.all(
      entry.organisationIds.map(async (id) => (await db.organisations.get(id))!.name),
    );
    expect(names).toEqual(['IFK Timrå', 'Studieförbundet Bilda', 'Pingstkyrkan']);
  });

  it('stores neither the entry nor the new organisation when the entry is invalid', async () => {
    const tooLong = 'x'.repeat(LIMITS.longText + 1);
    await expect(
      save(form({ organisationText: 'Ny förening', summary: tooLong })),
    ).rejects.toBeInstanceOf(RecordValidationError);
    expect(await db.organisations.count()).toBe(0);
    expect(await db.logEntries.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('deletes the draft once the entry is saved', async () => {
    await db.drafts.put({
      id: 'dialog-new',
      data: { form: form({ summary: 'x' }) },
      updatedAt: '',
    });
    await save(form({ organisationText: 'A' }), null, 'dialog-new');
    expect(await db.drafts.get('dialog-new')).toBeUndefined();
  });

  it('keeps the draft when saving fails', async () => {
    await db.drafts.put({
      id: 'dialog-new',
      data: { form: form({ summary: 'x' }) },
      updatedAt: '',
    });
    await expect(
      save(
        form({ organisationText: 'A', summary: 'x'.repeat(LIMITS.longText + 1) }),
        null,
        'dialog-new',
      ),
    ).rejects.toThrow();
    expect(await db.drafts.get('dialog-new')).toBeDefined();
  });

  it('edits an entry: only the changed fields go to the outbox', async () => {
    const entry = await save(form({ organisationText: 'A', summary: 'Först' }));
    await save(form({ organisationText: 'A', summary: 'Sedan' }), entry.id);
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox).toHaveLength(3);
    expect(Object.keys(outbox[2]!.fields).sort()).toEqual(['summary', 'updatedAt']);
    expect((await db.logEntries.get(entry.id))!.summary).toBe('Sedan');
  });

  it('saves an intervention without any organisation, counted', async () => {
    const entry = await save(
      form({
        kind: 'intervention',
        preventionLevel: 'indikativ',
        interventionCount: '3',
        organisationText: 'ignored',
      }),
    );
    expect(entry).toMatchObject({
      kind: 'intervention',
      organisationIds: [],
      interventionCount: 3,
      preventionLevel: 'indikativ',
    });
    expect(await db.organisations.count()).toBe(0);
  });
});

describe('deleting, restoring, follow-ups', () => {
  it('deletes as a tombstone and restores it, each change in the outbox', async () => {
    const entry = await save(form({ organisationText: 'A' }));
    await deleteLogEntry(db, entry.id);
    expect((await db.logEntries.get(entry.id))!.deleted).toBe(true);
    await restoreLogEntry(db, entry.id);
    expect((await db.logEntries.get(entry.id))!.deleted).toBe(false);
    const fields = (await db.outbox.orderBy('seq').toArray()).slice(2).map((o) => o.fields.deleted);
    expect(fields).toEqual([true, false]);
  });

  it('marks one agreed follow-up done', async () => {
    const entry = await save(
      form({
        organisationText: 'A',
        followUps: [
          { id: 'f1', text: 'Skicka inbjudan', due: '2026-03-12', done: false },
          { id: 'f2', text: 'Boka lokal', due: '', done: false },
        ],
      }),
    );
    await setFollowUpDone(db, entry.id, 'f1', true);
    const stored = await db.logEntries.get(entry.id);
    expect(stored!.followUps.map((f) => [f.id, f.done, f.due])).toEqual([
      ['f1', true, '2026-03-12'],
      ['f2', false, null],
    ]);
  });
});

describe('merging organisations', () => {
  it('moves every entry of the duplicate to the kept one and deletes the duplicate, in one go', async () => {
    const keep = await addOrganisation('Pingstkyrkan Timrå');
    const dup = await writeRecord(db, 'organisations', 'dup-1', {
      ...newOrganisationFields('Pingstkyrkan', '2019-05-01'),
      note: 'Kontakt via pastor (roll).',
    });
    const both = await save(
      form({
        organisations: [
          { id: keep.id, name: keep.name },
          { id: dup.id, name: dup.name },
        ],
      }),
    );
    const onlyDup = await save(form({ organisations: [{ id: dup.id, name: dup.name }] }));
    await deleteLogEntry(db, onlyDup.id);
    const before = await db.outbox.count();

    await mergeOrganisations(db, keep.id, dup.id);

    expect((await db.logEntries.get(both.id))!.organisationIds).toEqual([keep.id]);
    expect((await db.logEntries.get(onlyDup.id))!.organisationIds).toEqual([keep.id]);
    expect(await db.organisations.get(dup.id)).toMatchObject({
      mergedInto: keep.id,
      deleted: true,
    });
    expect(await db.organisations.get(keep.id)).toMatchObject({
      firstContact: '2019-05-01',
      note: 'Kontakt via pastor (roll).',
    });
    const added = (await db.outbox.orderBy('seq').toArray()).slice(before);
    expect(added.map((o) => o.recordId).sort()).toEqual(
      [both.id, onlyDup.id, keep.id, dup.id].sort(),
    );
  });

  it('a new entry naming a merged duplicate lands on the kept organisation', async () => {
    const keep = await addOrganisation('Föreningen Kvarnen');
    const dup = await addOrganisation('Kvarnen');
    await mergeOrganisations(db, keep.id, dup.id);
    const entry = await save(form({ organisations: [{ id: dup.id, name: dup.name }] }));
    expect(entry.organisationIds).toEqual([keep.id]);
  });

  it('changes nothing when the merge fails', async () => {
    const keep = await addOrganisation('A-förening');
    const dup = await writeRecord(db, 'organisations', 'dup-2', {
      ...newOrganisationFields('A förening', null),
      note: 'x'.repeat(LIMITS.longText),
    });
    await writeRecord(db, 'organisations', keep.id, { note: 'y' });
    await save(form({ organisations: [{ id: dup.id, name: dup.name }] }));
    const before = await db.outbox.count();
    // The joined notes would exceed the limit: the whole merge is rolled back.
    await expect(mergeOrganisations(db, keep.id, dup.id)).rejects.toBeInstanceOf(
      RecordValidationError,
    );
    expect(await db.outbox.count()).toBe(before);
    expect((await db.logEntries.toArray())[0]!.organisationIds).toEqual([dup.id]);
    expect((await db.organisations.get(dup.id))!.deleted).toBe(false);
  });
});
