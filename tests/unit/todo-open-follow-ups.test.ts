import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VarnaDB, writeRecord } from '../../src/db';
import { OpenFollowUps } from '../../src/features/todo/open-follow-ups';
import { setAgreedFollowUpDone } from '../../src/features/todo/actions';
import { localDateToday } from '../../src/lib/dates';

let db: VarnaDB;
let store: OpenFollowUps;
beforeEach(() => {
  db = new VarnaDB('t-' + crypto.randomUUID());
  store = new OpenFollowUps(db);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const today = localDateToday();
function entry(id: string, date: string, followUps: Array<{ id: string; done: boolean }>) {
  return writeRecord(db, 'logEntries', id, {
    kind: 'dialog',
    date: `${date}T10:00`,
    organisationIds: [],
    summary: '',
    topics: [],
    participantRoles: [],
    meetingForm: null,
    orgParticipants: null,
    nextMeeting: null,
    activityId: null,
    preventionLevel: null,
    networkLevel: null,
    trainingType: null,
    trainingAudience: '',
    interventionCount: null,
    privacyAcknowledged: false,
    followUps: followUps.map((f) => ({ ...f, text: `Följ upp ${f.id}`, due: today })),
    deleted: false,
  });
}
const ids = () =>
  store
    .getSnapshot()!
    .map((e) => e.id)
    .sort();

describe('open follow-ups for "Att göra"', () => {
  it('holds the recent entries with an open follow-up and follows every later write', async () => {
    await entry('a', today, [{ id: 'fa', done: false }]);
    await entry('b', today, [{ id: 'fb', done: true }]);
    await entry('old', '2019-01-01', [{ id: 'fo', done: false }]);
    store.subscribe(() => undefined);
    await store.settled();
    expect(ids()).toEqual(['a']);

    await entry('c', today, [{ id: 'fc', done: false }]);
    await store.settled();
    expect(ids()).toEqual(['a', 'c']);

    await setAgreedFollowUpDone(db, 'a', 'fa', true);
    await store.settled();
    expect(ids()).toEqual(['c']);

    await writeRecord(db, 'logEntries', 'c', { deleted: true });
    await store.settled();
    expect(ids()).toEqual([]);
  });
});
