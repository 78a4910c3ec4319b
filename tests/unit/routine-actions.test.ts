import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { META, RecordValidationError, VarnaDB, ensureDefaults, setMeta } from '../../src/db';
import { CONTACT_IDS, DEFAULT_ROUTINE_STEPS, ROUTINE_INFO_ID } from '../../src/shared/seed';
import {
  ROUTINE_INFO_KEY_ID,
  addStep,
  deleteStep,
  markReviewed,
  moveStep,
  restoreStep,
  saveRoutineInfo,
  saveStep,
} from '../../src/features/routine/actions';
import { compareSteps } from '../../src/features/routine/reorder';
import { validateStep } from '../../src/features/routine/step-form';

let db: VarnaDB;
const firstStep = DEFAULT_ROUTINE_STEPS[0]!;

const liveSteps = async () =>
  (await db.routineSteps.toArray()).filter((s) => !s.deleted).sort(compareSteps);

beforeEach(async () => {
  db = new VarnaDB('t-' + crypto.randomUUID());
  await ensureDefaults(db);
});

afterEach(async () => {
  await db.delete();
});

describe('routine step edits', () => {
  it('saves an edited step and its outbox entry together', async () => {
    const { changes } = validateStep({
      title: 'Akut fara – ring 112 direkt',
      when: 'Vid akut fara',
      what: 'Ring 112.',
      contactIds: [CONTACT_IDS['sos-112'], CONTACT_IDS.kontaktperson],
    });
    await saveStep(db, firstStep.id, changes!);
    const row = await db.routineSteps.get(firstStep.id);
    expect(row).toMatchObject({ title: 'Akut fara – ring 112 direkt', what: 'Ring 112.' });
    const entries = await db.outbox.where('recordId').equals(firstStep.id).toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ table: 'routineSteps', baseVersion: 0 });
    expect(entries[0]!.fields).toMatchObject({
      title: 'Akut fara – ring 112 direkt',
      what: 'Ring 112.',
    });
    expect(entries[0]!.before).toMatchObject({ title: firstStep.title });
  });

  it('writes neither row nor outbox entry when the step is invalid', async () => {
    await expect(
      saveStep(db, firstStep.id, { title: '', when: '', what: '', contactIds: [] }),
    ).rejects.toBeInstanceOf(RecordValidationError);
    expect((await db.routineSteps.get(firstStep.id))?.title).toBe(firstStep.title);
    expect(await db.outbox.count()).toBe(0);
  });

  it('rejects an empty title in Swedish before anything is written', () => {
    const result = validateStep({
      title: '  ',
      when: 'När som helst',
      what: 'Text',
      contactIds: [],
    });
    expect(result.changes).toBeNull();
    expect(result.errors.title).toBe('Skriv en rubrik för steget.');
  });

  it('adds a step last, with an outbox entry that creates it', async () => {
    const id = await addStep(db, {
      title: 'Dokumentera',
      when: 'Efteråt',
      what: '',
      contactIds: [],
    });
    const steps = await liveSteps();
    expect(steps.at(-1)?.id).toBe(id);
    expect(steps.at(-1)?.order).toBe(DEFAULT_ROUTINE_STEPS.length + 1);
    const [entry] = await db.outbox.where('recordId').equals(id).toArray();
    expect(entry).toMatchObject({ before: null, fields: { title: 'Dokumentera', order: 7 } });
  });

  it('moves a step down: both orders and both outbox entries commit together', async () => {
    await moveStep(db, await liveSteps(), firstStep.id, 1);
    const steps = await liveSteps();
    expect(steps[0]?.id).toBe(DEFAULT_ROUTINE_STEPS[1]!.id);
    expect(steps[1]?.id).toBe(firstStep.id);
    const entries = await db.outbox.orderBy('seq').toArray();
    expect(entries.map((e) => [e.recordId, e.fields.order])).toEqual([
      [DEFAULT_ROUTINE_STEPS[1]!.id, 1],
      [firstStep.id, 2],
    ]);
  });

  it('does nothing when the first step is moved up', async () => {
    await moveStep(db, await liveSteps(), firstStep.id, -1);
    expect(await db.outbox.count()).toBe(0);
  });

  it('deletes a step as a tombstone; undo brings it back in place', async () => {
    const id = DEFAULT_ROUTINE_STEPS[2]!.id;
    await deleteStep(db, id);
    expect((await liveSteps()).map((s) => s.id)).not.toContain(id);
    await restoreStep(db, id);
    expect((await liveSteps())[2]?.id).toBe(id);
    expect(await db.outbox.where('recordId').equals(id).count()).toBe(2);
  });
});

describe('routine info edits', () => {
  it('uses the same fixed id as the default data', () => {
    expect(ROUTINE_INFO_KEY_ID).toBe(ROUTINE_INFO_ID);
  });

  it('saves the legal reference and revision with an outbox entry', async () => {
    const info = (await db.routineInfo.get(ROUTINE_INFO_ID))!;
    await saveRoutineInfo(db, info, {
      title: info.title,
      revision: '2',
      legalReference: 'Orosanmälan enligt 19 kap. socialtjänstlagen (2025:400).',
    });
    expect(await db.routineInfo.get(ROUTINE_INFO_ID)).toMatchObject({
      revision: '2',
      legalReference: 'Orosanmälan enligt 19 kap. socialtjänstlagen (2025:400).',
    });
    const [entry] = await db.outbox.where('recordId').equals(ROUTINE_INFO_ID).toArray();
    expect(Object.keys(entry!.fields).sort()).toEqual(['legalReference', 'revision', 'updatedAt']);
  });

  it('marks the routine reviewed today by the name set on the device', async () => {
    await setMeta(db, META.actorName, 'Kim Strateg');
    const info = (await db.routineInfo.get(ROUTINE_INFO_ID))!;
    await markReviewed(db, info, '2026-03-15');
    expect(await db.routineInfo.get(ROUTINE_INFO_ID)).toMatchObject({
      reviewedAt: '2026-03-15',
      reviewedBy: 'Kim Strateg',
    });
    expect(await db.outbox.where('recordId').equals(ROUTINE_INFO_ID).count()).toBe(1);
  });

  it('marks reviewed with no name when none is set', async () => {
    await markReviewed(db, (await db.routineInfo.get(ROUTINE_INFO_ID))!, '2026-03-15');
    expect((await db.routineInfo.get(ROUTINE_INFO_ID))?.reviewedBy).toBe('');
  });

  it('recreates the heading record when it is missing', async () => {
    const empty = new VarnaDB('t-' + crypto.randomUUID());
    await saveRoutineInfo(empty, null, { title: 'Rutin', revision: '1', legalReference: 'Text' });
    expect(await empty.routineInfo.get(ROUTINE_INFO_ID)).toMatchObject({
      title: 'Rutin',
      reviewedAt: null,
    });
    await empty.delete();
  });
});
