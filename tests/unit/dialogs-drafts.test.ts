import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VarnaDB } from '../../src/db';
import {
  NEW_DRAFT_ID,
  discardDraft,
  editDraftId,
  loadDraft,
  normaliseDraft,
  saveDraft,
} from '../../src/features/dialogs/drafts';
import {
  emptyForm,
  formFromEntry,
  sameForm,
  withKind,
} from '../../src/features/dialogs/form-state';
import { saveLogEntry } from '../../src/features/dialogs/actions';
import { chosenOrganisations, toEntryFields } from '../../src/features/dialogs/to-entry';
import { NETWORK_ACTIVITY_ID, TRAINING_TARGETED_ACTIVITY_ID } from '../../src/shared/seed';

let db: VarnaDB;
beforeEach(() => {
  db = new VarnaDB('t-' + crypto.randomUUID());
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const NOW = new Date('2026-06-01T08:30:00Z');

describe('drafts', () => {
  it('restores exactly what was typed, after the database is opened again (a reload)', async () => {
    const typed = {
      ...emptyForm(NOW),
      organisations: [{ id: null, name: 'Ny förening' }],
      organisationText: 'Halvskriv',
      summary: 'Halvfärdig sammanfattning',
      topics: ['Trygghet', 'Eget ämne'],
      followUps: [{ id: 'f1', text: 'Ring tillbaka', due: '2026-06-08', done: false }],
    };
    await saveDraft(db, NEW_DRAFT_ID, typed);
    const name = db.name;
    db.close();
    db = new VarnaDB(name);
    const restored = await loadDraft(db, NEW_DRAFT_ID);
    expect(restored).toEqual(typed);
    expect(sameForm(restored!, typed)).toBe(true);
  });

  it('keeps drafts of a new entry and of each edited entry apart', async () => {
    await saveDraft(db, NEW_DRAFT_ID, { ...emptyForm(NOW), summary: 'ny' });
    await saveDraft(db, editDraftId('e1'), { ...emptyForm(NOW), summary: 'redigerad' });
    expect((await loadDraft(db, NEW_DRAFT_ID))!.summary).toBe('ny');
    expect((await loadDraft(db, editDraftId('e1')))!.summary).toBe('redigerad');
    expect(await loadDraft(db, editDraftId('e2'))).toBeNull();
  });

  it('discarding removes the draft', async () => {
    await saveDraft(db, NEW_DRAFT_ID, { ...emptyForm(NOW), summary: 'x' });
    await discardDraft(db, NEW_DRAFT_ID);
    expect(await loadDraft(db, NEW_DRAFT_ID)).toBeNull();
  });

  it('the draft is gone after the entry is saved, and the saved entry has what the draft had', async () => {
    const typed = { ...emptyForm(NOW), organisationText: 'Kvarnen', summary: 'Om hot och hat' };
    await saveDraft(db, NEW_DRAFT_ID, typed);
    const restored = (await loadDraft(db, NEW_DRAFT_ID))!;
    const { entry } = await saveLogEntry(db, {
      id: null,
      fields: toEntryFields(restored, false),
      organisations: chosenOrganisations(restored),
      draftId: NEW_DRAFT_ID,
    });
    expect(await db.drafts.count()).toBe(0);
    expect(entry.summary).toBe('Om hot och hat');
  });

  it('opens a damaged or older draft safely, keeping every readable field', () => {
    const state = normaliseDraft({
      form: {
        kind: 'nonsense',
        summary: 'kvar',
        meetingForm: 'brevduva',
        topics: [1, 2],
        organisations: [{ id: 5, name: 'Utan id' }, { nope: true }],
        followUps: [{ id: 'f', text: 't', due: 3 }, 'x'],
      },
    });
    expect(state).toMatchObject({
      kind: 'dialog',
      summary: 'kvar',
      meetingForm: 'fysiskt',
      topics: [],
      organisations: [{ id: null, name: 'Utan id' }],
      followUps: [{ id: 'f', text: 't', due: '', done: false }],
    });
    expect(normaliseDraft(null)).toBeNull();
    expect(normaliseDraft({ other: 1 })).toBeNull();
  });
});

describe('form state', () => {
  it('the linked activity follows the kind while it is the default, and stays when chosen', () => {
    const network = withKind(emptyForm(NOW), 'network');
    expect(network.activityId).toBe(NETWORK_ACTIVITY_ID);
    expect(withKind(network, 'training', 'riktad').activityId).toBe(TRAINING_TARGETED_ACTIVITY_ID);
    const chosen = { ...emptyForm(NOW), activityId: 'some-activity' };
    expect(withKind(chosen, 'network').activityId).toBe('some-activity');
  });

  it('an entry opened for editing and saved unchanged gives the same fields', async () => {
    const state = {
      ...emptyForm(NOW),
      organisations: [{ id: null, name: 'A' }],
      meetingForm: 'digitalt' as const,
      participantRoles: ['Strateg'],
      orgParticipants: '4',
      summary: 's',
      nextMeeting: '2026-07-01',
      preventionLevel: 'generell' as const,
    };
    const { entry } = await saveLogEntry(db, {
      id: null,
      fields: toEntryFields(state, false),
      organisations: chosenOrganisations(state),
    });
    const again = formFromEntry(entry, () => 'A');
    expect(toEntryFields(again, false)).toEqual(toEntryFields(state, false));
  });
});
