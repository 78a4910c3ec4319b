import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isSealed, openRows, setPassphrase, writeRecord } from '../../src/db';
import { saveFollowUp } from '../../src/features/plan/follow-up-actions';
import { followUpId, newId } from '../../src/shared/ids';
import { DEFAULT_ACTIVITIES } from '../../src/shared/seed';
import { listRejected, redactPersonalDetail } from '../../src/sync';
import { getPairing } from '../../src/sync/pairing-state';
import { pullChanges } from '../../src/sync/pull';
import { removeDir, serverSql } from '../server/helpers';
import { NAME, deviceText, dialog, personDevice } from './redaction-support';
import { startLiveServer, type Device, type LiveServer } from './support';

let server: LiveServer;
const devices: Device[] = [];

beforeEach(async () => {
  server = await startLiveServer();
});
afterEach(async () => {
  for (const device of devices.splice(0)) {
    device.engine.stop();
    await device.db.delete();
  }
  await server.close();
  removeDir(server.dir);
});

const device = (role: 'office' | 'field', person: string) =>
  personDevice(server, devices, role, person);

/** Records and conflicts the server holds, as text. */
async function serverRecords(): Promise<string> {
  return JSON.stringify(await serverSql(server, 'SELECT CAST(data AS TEXT) AS t FROM records'));
}

describe('a device offline during a redaction', () => {
  it('cannot bring the removed text back with an edit made before it heard of the redaction', async () => {
    const field = await device('field', 'Anna Andersson');
    const office = await device('office', 'Bo Berg');
    const id = newId();
    await writeRecord(field.db, 'logEntries', id, dialog(`Samtal med ${NAME} om lokalen.`));
    expect((await field.engine.syncNow()).ok).toBe(true);
    expect((await office.engine.syncNow()).ok).toBe(true);

    // Offline, the field device edits the summary it still has, name and all.
    await writeRecord(field.db, 'logEntries', id, {
      summary: `Samtal med ${NAME} om lokalen och hyran.`,
    });
    await redactPersonalDetail(
      office.db,
      office.engine,
      { table: 'logEntries', recordId: id, field: 'summary', text: NAME },
      office.transport,
    );

    // Back online: its change is refused, undone, and it is told why, in Swedish.
    const outcome = await field.engine.syncNow();
    expect(outcome).toMatchObject({ ok: true, pushed: 1 });
    expect(await field.db.outbox.count()).toBe(0);
    const [rejected] = await listRejected(field.db);
    expect(rejected).toMatchObject({ table: 'logEntries', recordId: id });
    expect(rejected!.reason).toMatch(/personuppgift/);
    expect((await field.db.logEntries.get(id))?.summary).toBe('Samtal med [borttaget] om lokalen.');
    // Its refused change is listed without the refused text, so the device keeps it nowhere.
    expect(rejected!.fields).toMatchObject({ summary: null });
    expect(await deviceText(field)).not.toContain(NAME);

    // Nowhere on the server, not as the value and not in a conflict record.
    expect(await serverRecords()).not.toContain(NAME);
    expect(await serverSql(server, "SELECT id FROM records WHERE tbl = 'conflicts'")).toEqual([]);
    expect((await office.engine.syncNow()).ok).toBe(true);
    expect((await office.db.logEntries.get(id))?.summary).toBe(
      'Samtal med [borttaget] om lokalen.',
    );
    expect(await office.db.conflicts.count()).toBe(0);

    // Its own edit after it has the redacted text is applied as any edit.
    await writeRecord(field.db, 'logEntries', id, {
      summary: 'Samtal med [borttaget] om lokalen och hyran.',
    });
    expect(await field.engine.syncNow()).toMatchObject({ ok: true, pushed: 1 });
    expect(await listRejected(field.db)).toHaveLength(1);
    expect((await office.engine.syncNow()).ok).toBe(true);
    expect((await office.db.logEntries.get(id))?.summary).toBe(
      'Samtal med [borttaget] om lokalen och hyran.',
    );
  });

  it('refuses a change made on top of a refused one, and undoes both to the server value (sealed)', async () => {
    const field = await device('field', 'Anna Andersson');
    const office = await device('office', 'Bo Berg');
    await setPassphrase(field.db, 'en lång lösenfras', 1_000);
    const id = newId();
    const other = newId();
    await writeRecord(field.db, 'logEntries', id, dialog(`Samtal med ${NAME} om lokalen.`));
    await writeRecord(field.db, 'logEntries', other, dialog('Samtal om lokalen.'));
    expect((await field.engine.syncNow()).ok).toBe(true);
    expect((await office.engine.syncNow()).ok).toBe(true);

    // A change made while a sync was between its push and its pull: the pull brings the redacted
    // value, but the pending change stays on top, so the next change is made on the old text too.
    await writeRecord(field.db, 'logEntries', id, { summary: `Samtal med ${NAME} om hyran.` });
    await redactPersonalDetail(
      office.db,
      office.engine,
      { table: 'logEntries', recordId: id, field: 'summary', text: NAME },
      office.transport,
    );
    await pullChanges(field.db, field.transport, (await getPairing(field.db))!);
    const pulled = await field.db.logEntries.get(id);
    const [shown] = await openRows(field.db, 'logEntries', [pulled!]);
    expect(shown!.summary).toBe(`Samtal med ${NAME} om hyran.`);
    await writeRecord(field.db, 'logEntries', id, {
      summary: `Samtal med ${NAME} om hyran och nyckeln.`,
      topics: ['Lokaler'],
    });
    // A change of another record in the same push is applied as usual.
    await writeRecord(field.db, 'logEntries', other, { summary: 'Samtal om lokalen och hyran.' });

    expect(await field.engine.syncNow()).toMatchObject({ ok: true, pushed: 3 });
    const rejected = await listRejected(field.db);
    expect(rejected.map((r) => [r.recordId, r.fields.summary])).toEqual([
      [id, null],
      [id, null],
    ]);
    const stored = await field.db.logEntries.get(id);
    expect(isSealed(stored!.summary)).toBe(true);
    const [after] = await openRows(field.db, 'logEntries', [stored!]);
    expect(after!.summary).toBe('Samtal med [borttaget] om lokalen.');
    expect(after!.topics).toEqual([]);
    expect(await serverRecords()).not.toContain(NAME);
    expect(await serverRecords()).toContain('Samtal om lokalen och hyran.');
    expect(await serverSql(server, "SELECT id FROM records WHERE tbl = 'conflicts'")).toEqual([]);
  });

  it("takes the server's record when its own offline assessment of the same follow-up is refused", async () => {
    const office = await device('office', 'Bo Berg');
    const field = await device('field', 'Anna Andersson');
    const activityId = DEFAULT_ACTIVITIES[0]!.id;
    const id = followUpId(activityId, 2025);
    await saveFollowUp(office.db, {
      activityId,
      year: 2025,
      status: 'delvis',
      comment: `Möte hos ${NAME} i mars.`,
    });
    expect((await office.engine.syncNow()).ok).toBe(true);
    await redactPersonalDetail(
      office.db,
      office.engine,
      { table: 'followUps', recordId: id, field: 'comment', text: NAME },
      office.transport,
    );

    // The field device, not yet synced, assesses the same follow-up (the same fixed id) offline;
    // a pull then brings the office's record, with the pending assessment kept on top.
    await saveFollowUp(field.db, {
      activityId,
      year: 2025,
      status: 'helt',
      comment: 'Klart.',
    });
    await pullChanges(field.db, field.transport, (await getPairing(field.db))!);
    expect(await field.engine.syncNow()).toMatchObject({ ok: true, pulled: 0 });
    expect((await listRejected(field.db))[0]?.reason).toMatch(/personuppgift/);
    // Undone to the server's record, not to a local tombstone of a record the office keeps.
    const local = await field.db.followUps.get(id);
    expect(local).toMatchObject({ deleted: false, status: 'delvis' });
    expect(local?.comment).toBe('Möte hos [borttaget] i mars.');

    // Assessed again, now on the redacted record: applied.
    await saveFollowUp(field.db, { activityId, year: 2025, status: 'helt', comment: 'Klart.' });
    expect(await field.engine.syncNow()).toMatchObject({ ok: true, pushed: 1 });
    expect(await listRejected(field.db)).toHaveLength(1);
    expect((await office.engine.syncNow()).ok).toBe(true);
    expect(await office.db.followUps.get(id)).toMatchObject({ status: 'helt', comment: 'Klart.' });
  });
});
