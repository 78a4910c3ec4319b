import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VarnaDB, ensureDefaults } from '../../src/db';
import { copyPlanToYear } from '../../src/features/plan/copy-year';
import {
  addActivity,
  addArea,
  moveRecord,
  removeRecord,
  restore,
  updateRecord,
} from '../../src/features/plan/edit-actions';
import { saveFollowUp } from '../../src/features/plan/follow-up-actions';
import { followUpId } from '../../src/shared/ids';
import { AREA_IDS, DEFAULT_ACTIVITIES, DIALOG_ACTIVITY_ID } from '../../src/shared/seed';

let db: VarnaDB;

beforeEach(async () => {
  db = new VarnaDB('t-' + crypto.randomUUID());
  await ensureDefaults(db);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

const liveAreas = async () =>
  (await db.areas.toArray()).filter((a) => !a.deleted).sort((a, b) => a.order - b.order);

describe('editing the plan', () => {
  it('adds an area last and an activity with a target, each with an outbox entry', async () => {
    const area = await addArea(db, { title: 'Nytt område', description: '' }, await liveAreas());
    expect((await liveAreas()).at(-1)?.id).toBe(area.id);
    const activity = await addActivity(
      db,
      {
        areaId: area.id,
        what: 'Ordna öppet möte',
        timing: 'hösten 2027',
        dueYear: 2027,
        indicator: 'Antal möten',
        actors: '',
        responsible: 'RTH',
        comment: '',
        preventionLevel: 'generell',
        measure: 'dialogs',
        target: 2,
      },
      [],
    );
    expect(activity.order).toBe(1);
    expect(await db.outbox.where('recordId').anyOf(area.id, activity.id).count()).toBe(2);
  });

  it("changes an activity's target", async () => {
    await updateRecord(db, 'activities', DIALOG_ACTIVITY_ID, { target: 6 });
    expect((await db.activities.get(DIALOG_ACTIVITY_ID))?.target).toBe(6);
  });

  it('moves an area up and down, renumbering the list in one write', async () => {
    const areas = await liveAreas();
    await moveRecord(db, 'areas', areas, AREA_IDS.lagesbild, -1);
    let ids = (await liveAreas()).map((a) => a.id);
    expect(ids.indexOf(AREA_IDS.lagesbild)).toBe(3);
    expect(ids.indexOf(AREA_IDS['extern-information'])).toBe(4);
    await moveRecord(db, 'areas', await liveAreas(), AREA_IDS.styrgrupp, -1); // already first
    await moveRecord(db, 'areas', await liveAreas(), AREA_IDS.lagesbild, 1);
    ids = (await liveAreas()).map((a) => a.id);
    expect(ids.indexOf(AREA_IDS.lagesbild)).toBe(4);
    expect((await liveAreas()).map((a) => a.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('deletes an activity as a tombstone and restores it (undo)', async () => {
    await removeRecord(db, 'activities', DIALOG_ACTIVITY_ID);
    expect((await db.activities.get(DIALOG_ACTIVITY_ID))?.deleted).toBe(true);
    await restore(db, 'activities', DIALOG_ACTIVITY_ID);
    expect((await db.activities.get(DIALOG_ACTIVITY_ID))?.deleted).toBe(false);
  });
});

describe('copying the plan to a new year', () => {
  it("starts every follow-up as Ej bedömd and keeps last year's comment in the history", async () => {
    await saveFollowUp(
      db,
      { activityId: DIALOG_ACTIVITY_ID, year: 2026, status: 'delvis', comment: 'Tre dialoger' },
      '2026-12-01T10:00:00.000Z',
    );
    const created = await copyPlanToYear(db, 2026, 2027);
    expect(created).toBe(DEFAULT_ACTIVITIES.length);
    const next = await db.followUps.get(followUpId(DIALOG_ACTIVITY_ID, 2027));
    expect(next).toMatchObject({
      year: 2027,
      status: 'ejBedomd',
      comment: '',
      assessedAt: null,
      history: [{ status: 'delvis', comment: 'Tre dialoger', at: '2026-12-01T10:00:00.000Z' }],
    });
    const others = (await db.followUps.where('year').equals(2027).toArray()).filter(
      (f) => f.activityId !== DIALOG_ACTIVITY_ID,
    );
    expect(others.every((f) => f.status === 'ejBedomd' && f.history.length === 0)).toBe(true);
    // The earlier year is untouched.
    expect((await db.followUps.get(followUpId(DIALOG_ACTIVITY_ID, 2026)))?.status).toBe('delvis');
  });

  it('leaves follow-ups that already exist for the new year, so copying twice adds nothing', async () => {
    await saveFollowUp(db, {
      activityId: DIALOG_ACTIVITY_ID,
      year: 2027,
      status: 'helt',
      comment: '',
    });
    await copyPlanToYear(db, 2026, 2027);
    expect((await db.followUps.get(followUpId(DIALOG_ACTIVITY_ID, 2027)))?.status).toBe('helt');
    expect(await copyPlanToYear(db, 2026, 2027)).toBe(0);
  });

  it('assesses a copied follow-up without pushing the empty start value onto the history', async () => {
    await saveFollowUp(db, {
      activityId: DIALOG_ACTIVITY_ID,
      year: 2026,
      status: 'ej',
      comment: 'a',
    });
    await copyPlanToYear(db, 2026, 2027);
    await saveFollowUp(db, {
      activityId: DIALOG_ACTIVITY_ID,
      year: 2027,
      status: 'helt',
      comment: 'b',
    });
    const next = await db.followUps.get(followUpId(DIALOG_ACTIVITY_ID, 2027));
    expect(next?.history.map((h) => [h.status, h.comment])).toEqual([['ej', 'a']]);
  });
});
