import { afterEach, describe, expect, it } from 'vitest';
import { VarnaDB, ensureDefaults, openRows, setPassphrase, writeRecord } from '../../src/db';
import { saveFollowUp } from '../../src/features/plan/follow-up-actions';
import { copyPlanToYear } from '../../src/features/plan/copy-year';
import { setAgreedFollowUpDone } from '../../src/features/todo/actions';
import { mergeOrganisations } from '../../src/features/dialogs/organisation-actions';
import { followUpId } from '../../src/shared/ids';
import { DIALOG_ACTIVITY_ID } from '../../src/shared/seed';
import type { LogEntry } from '../../src/shared/schemas';

const ITERATIONS = 1_000; // fast for tests; the app uses 600,000
const dbs: VarnaDB[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});
async function encryptedDb(): Promise<VarnaDB> {
  const db = new VarnaDB(`t-${crypto.randomUUID()}`);
  dbs.push(db);
  await ensureDefaults(db);
  await setPassphrase(db, 'en lång lösenfras', ITERATIONS);
  return db;
}
const stored = async (db: VarnaDB) =>
  (await Promise.all(db.tables.map((t) => t.toArray()))).map((r) => JSON.stringify(r)).join();

describe('feature writes that read sealed text first', () => {
  it('keeps a plan assessment history readable and sealed, and carries it to the next year', async () => {
    const db = await encryptedDb();
    const base = { activityId: DIALOG_ACTIVITY_ID, year: 2026 };
    await saveFollowUp(db, { ...base, status: 'delvis', comment: 'Första kommentaren' });
    await saveFollowUp(db, { ...base, status: 'helt', comment: 'Andra kommentaren' });
    await copyPlanToYear(db, 2026, 2027);
    const rows = await db.followUps.bulkGet([
      followUpId(DIALOG_ACTIVITY_ID, 2026),
      followUpId(DIALOG_ACTIVITY_ID, 2027),
    ]);
    const [y2026, y2027] = await openRows(
      db,
      'followUps',
      rows.filter((r) => r !== undefined),
    );
    expect(y2026?.comment).toBe('Andra kommentaren');
    expect(y2026?.history.map((h) => h.comment)).toEqual(['Första kommentaren']);
    expect(y2027?.history.map((h) => h.comment)).toEqual([
      'Första kommentaren',
      'Andra kommentaren',
    ]);
    expect(await stored(db)).not.toContain('kommentaren');
  });

  it('marks a sealed agreed follow-up done and merges sealed organisation notes', async () => {
    const db = await encryptedDb();
    await writeRecord(db, 'organisations', 'o1', {
      name: 'Förening A',
      kind: 'forening',
      note: 'Anteckning ett',
      firstContact: null,
      wishesDialog: 'okant',
      mergedInto: null,
      deleted: false,
    } as never);
    await writeRecord(db, 'organisations', 'o2', {
      name: 'Förening A.',
      kind: 'forening',
      note: 'Anteckning två',
      firstContact: null,
      wishesDialog: 'okant',
      mergedInto: null,
      deleted: false,
    } as never);
    const entry: Omit<LogEntry, 'id' | 'version' | 'updatedAt'> = {
      kind: 'dialog',
      date: '2026-11-27T10:00',
      organisationIds: ['o2'],
      meetingForm: 'fysiskt',
      participantRoles: [],
      orgParticipants: null,
      topics: [],
      summary: 'Möte',
      followUps: [{ id: 'f1', text: 'Skicka inbjudan', due: null, done: false }],
      nextMeeting: null,
      activityId: null,
      preventionLevel: null,
      networkLevel: null,
      trainingType: null,
      trainingAudience: '',
      interventionCount: null,
      privacyAcknowledged: false,
      deleted: false,
    };
    await writeRecord(db, 'logEntries', 'e1', entry as never);
    await setAgreedFollowUpDone(db, 'e1', 'f1', true);
    await mergeOrganisations(db, 'o1', 'o2');
    const [opened] = await openRows(db, 'logEntries', [(await db.logEntries.get('e1'))!]);
    expect(opened?.followUps).toEqual([
      { id: 'f1', text: 'Skicka inbjudan', due: null, done: true },
    ]);
    expect(opened?.organisationIds).toEqual(['o1']);
    const [kept] = await openRows(db, 'organisations', [(await db.organisations.get('o1'))!]);
    expect(kept?.note).toBe('Anteckning ett\n\nAnteckning två');
    expect(await stored(db)).not.toContain('Anteckning');
    expect(await stored(db)).not.toContain('inbjudan');
  });
});
