import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { META, VarnaDB, ensureDefaults, setMeta } from '../../src/db';
import { saveFollowUp } from '../../src/features/plan/follow-up-actions';
import { followUpId } from '../../src/shared/ids';
import { DIALOG_ACTIVITY_ID, NETWORK_ACTIVITY_ID } from '../../src/shared/seed';

let db: VarnaDB;

beforeEach(async () => {
  db = new VarnaDB('t-' + crypto.randomUUID());
  await ensureDefaults(db);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('a follow-up per (activity, year)', () => {
  it('gives two follow-ups for the same activity and year one id, on any device', async () => {
    const other = new VarnaDB('t-' + crypto.randomUUID());
    await saveFollowUp(db, {
      activityId: DIALOG_ACTIVITY_ID,
      year: 2026,
      status: 'helt',
      comment: 'A',
    });
    await saveFollowUp(other, {
      activityId: DIALOG_ACTIVITY_ID,
      year: 2026,
      status: 'ej',
      comment: 'B',
    });
    const here = await db.followUps.toArray();
    const there = await other.followUps.toArray();
    expect(here).toHaveLength(1);
    expect(there).toHaveLength(1);
    expect(here[0]!.id).toBe(there[0]!.id);
    expect(here[0]!.id).toBe(followUpId(DIALOG_ACTIVITY_ID, 2026));
    // Another year or another activity is another record.
    expect(followUpId(DIALOG_ACTIVITY_ID, 2027)).not.toBe(here[0]!.id);
    expect(followUpId(NETWORK_ACTIVITY_ID, 2026)).not.toBe(here[0]!.id);
    other.close();
    await other.delete();
  });

  it("records who assessed (the device's actor name, else 'okänd') and when", async () => {
    await saveFollowUp(
      db,
      { activityId: DIALOG_ACTIVITY_ID, year: 2026, status: 'delvis', comment: '' },
      '2026-03-01T09:00:00.000Z',
    );
    let stored = await db.followUps.get(followUpId(DIALOG_ACTIVITY_ID, 2026));
    expect(stored).toMatchObject({ assessedBy: 'okänd', assessedAt: '2026-03-01T09:00:00.000Z' });
    await setMeta(db, META.actorName, '  Strategen ');
    await saveFollowUp(db, {
      activityId: DIALOG_ACTIVITY_ID,
      year: 2026,
      status: 'helt',
      comment: '',
    });
    stored = await db.followUps.get(followUpId(DIALOG_ACTIVITY_ID, 2026));
    expect(stored?.assessedBy).toBe('Strategen');
  });
});

describe('the history of a follow-up', () => {
  it('keeps the first value in the history when the status is set twice', async () => {
    const id = followUpId(DIALOG_ACTIVITY_ID, 2026);
    await setMeta(db, META.actorName, 'Anna');
    await saveFollowUp(
      db,
      { activityId: DIALOG_ACTIVITY_ID, year: 2026, status: 'delvis', comment: 'Två dialoger' },
      '2026-06-01T08:00:00.000Z',
    );
    await setMeta(db, META.actorName, 'Bo');
    await saveFollowUp(
      db,
      { activityId: DIALOG_ACTIVITY_ID, year: 2026, status: 'helt', comment: 'Fyra dialoger' },
      '2026-11-01T08:00:00.000Z',
    );
    const stored = await db.followUps.get(id);
    expect(stored).toMatchObject({
      status: 'helt',
      comment: 'Fyra dialoger',
      assessedBy: 'Bo',
      assessedAt: '2026-11-01T08:00:00.000Z',
      history: [
        { status: 'delvis', comment: 'Två dialoger', by: 'Anna', at: '2026-06-01T08:00:00.000Z' },
      ],
    });
  });

  it('writes the new value and the history in one outbox entry, and nothing when unchanged', async () => {
    const input = {
      activityId: DIALOG_ACTIVITY_ID,
      year: 2026,
      status: 'ej' as const,
      comment: 'x',
    };
    await saveFollowUp(db, input);
    await saveFollowUp(db, { ...input, status: 'delvis' });
    await saveFollowUp(db, { ...input, status: 'delvis' });
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(2);
    expect(outbox[1]!.fields).toMatchObject({ status: 'delvis', history: [{ status: 'ej' }] });
    expect((await db.followUps.get(followUpId(DIALOG_ACTIVITY_ID, 2026)))?.history).toHaveLength(1);
  });

  it('pushes a comment change onto the history too, oldest first', async () => {
    const base = { activityId: NETWORK_ACTIVITY_ID, year: 2025, status: 'helt' as const };
    await saveFollowUp(db, { ...base, comment: 'ett' }, '2025-01-01T00:00:00.000Z');
    await saveFollowUp(db, { ...base, comment: 'två' }, '2025-02-01T00:00:00.000Z');
    await saveFollowUp(db, { ...base, comment: 'tre' }, '2025-03-01T00:00:00.000Z');
    const stored = await db.followUps.get(followUpId(NETWORK_ACTIVITY_ID, 2025));
    expect(stored?.comment).toBe('tre');
    expect(stored?.history.map((h) => h.comment)).toEqual(['ett', 'två']);
  });
});
