import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteRecord, recordWrite, restoreRecord, writeRecord, writeRecords } from '../../src/db';
import { fetchTransport, type Transport } from '../../src/sync';
import { newId } from '../../src/shared/ids';
import { DEFAULT_AREAS, DEFAULT_CONTACTS } from '../../src/shared/seed';
import type { Organisation } from '../../src/shared/schemas';
import { removeDir, serverSql } from '../server/helpers';
import {
  newDevice,
  pair,
  snapshot,
  startLiveServer,
  type Device,
  type LiveServer,
} from './support';

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

async function device(role: 'office' | 'field' = 'field', paired = true): Promise<Device> {
  const d = await newDevice();
  devices.push(d);
  if (paired) await pair(server, d, role);
  return d;
}

function organisation(name: string): Omit<Organisation, 'id' | 'version'> {
  return {
    name,
    kind: 'trossamfund',
    wishesDialog: 'ja',
    firstContact: null,
    note: '',
    mergedInto: null,
    deleted: false,
    updatedAt: new Date().toISOString(),
  };
}

const serverRowCount = async (table: string, id: string): Promise<number> => {
  const [row] = await serverSql(
    server,
    'SELECT COUNT(*) AS n FROM records WHERE tbl = ? AND id = ?',
    table,
    id,
  );
  return row!.n as number;
};

const area = DEFAULT_AREAS[0]!;

describe('two devices editing offline', () => {
  const orders: Array<Array<0 | 1>> = [
    [0, 1, 0],
    [1, 0, 1],
    [0, 0, 1, 0],
    [1, 1, 0, 1],
  ];
  for (const order of orders) {
    it(`converge to identical data when they sync in the order ${order.join(',')}`, async () => {
      const pairDevices = [await device('office'), await device('field')];
      const [a, b] = pairDevices as [Device, Device];
      const orgA = newId();
      const orgB = newId();
      await writeRecord(a.db, 'organisations', orgA, organisation('Svenska kyrkan Timrå'));
      await writeRecord(b.db, 'organisations', orgB, organisation('Islamiska föreningen'));
      await writeRecord(a.db, 'areas', area.id, { title: 'Styrgrupp RTH' });
      await writeRecord(b.db, 'areas', area.id, { description: 'Rådet styr arbetet.' });
      await deleteRecord(b.db, 'contacts', DEFAULT_CONTACTS[4]!.id);
      for (const i of order) expect((await pairDevices[i]!.engine.syncNow()).ok).toBe(true);
      // A final round so each has pulled everything.
      await a.engine.syncNow();
      await b.engine.syncNow();
      expect(await snapshot(a.db)).toEqual(await snapshot(b.db));
      const merged = await a.db.areas.get(area.id);
      expect(merged).toMatchObject({ title: 'Styrgrupp RTH', description: 'Rådet styr arbetet.' });
      expect(await a.db.conflicts.count()).toBe(0);
      expect((await a.db.contacts.get(DEFAULT_CONTACTS[4]!.id))?.deleted).toBe(true);
      expect(await a.db.outbox.count()).toBe(0);
    });
  }
});

describe('retries never duplicate', () => {
  it('stores one row when the same push is sent twice', async () => {
    const a = await device();
    const id = newId();
    await writeRecord(a.db, 'organisations', id, organisation('Idrottsföreningen'));
    a.transport.duplicateNext(1, '/push');
    expect((await a.engine.syncNow()).ok).toBe(true);
    expect(await serverRowCount('organisations', id)).toBe(1);
    expect(await a.db.outbox.count()).toBe(0);
  });

  it('retries after an answer lost once the server applied the push, and keeps one row', async () => {
    const a = await device();
    const b = await device();
    const id = newId();
    await writeRecord(a.db, 'organisations', id, organisation('Studieförbundet'));
    await writeRecord(a.db, 'organisations', id, { note: 'Andra ändringen' });
    a.transport.loseNextAnswers(1, '/push');
    const failed = await a.engine.syncNow();
    expect(failed.ok).toBe(false);
    expect(await a.db.outbox.count()).toBe(2); // nothing is dropped without an answer
    expect((await a.engine.syncNow()).ok).toBe(true);
    expect(await a.db.outbox.count()).toBe(0);
    expect(await serverRowCount('organisations', id)).toBe(1);
    await b.engine.syncNow();
    // The second change supersedes the device's own first one: no conflict with itself.
    expect(await b.db.conflicts.count()).toBe(0);
    expect(await b.db.organisations.get(id)).toMatchObject({
      name: 'Studieförbundet',
      note: 'Andra ändringen',
    });
  });
});

describe('several push batches in flight', () => {
  it('applies batches in order when later ones reach the server first, losing and doubling nothing', async () => {
    // The first push is held back on its way, so the later batches reach the server first.
    let held = false;
    const pushes: string[] = [];
    const slowFirstPush: Transport = async (request) => {
      if (!request.url.endsWith('/push')) return fetchTransport(request);
      pushes.push('sent');
      if (!held) {
        held = true;
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
      const response = await fetchTransport(request);
      pushes.push('answered');
      return response;
    };
    const a = await newDevice(slowFirstPush);
    devices.push(a);
    await pair(server, a);
    const first = newId();
    await writeRecord(a.db, 'organisations', first, organisation('Föreningen 0'));
    await writeRecords(
      a.db,
      Array.from({ length: 248 }, (_, i) =>
        recordWrite('organisations', newId(), organisation(`Föreningen ${i + 1}`)),
      ),
    );
    // The last change (third batch) edits the record the first batch creates.
    await writeRecord(a.db, 'organisations', first, { note: 'Sist' });
    const outcome = await a.engine.syncNow();
    expect(outcome).toMatchObject({ ok: true, pushed: 250 });
    // Later batches left before the first was answered. Whether the server held them for it or
    // refused them as a gap and they were sent again, each change is applied once, in order.
    expect(pushes.slice(0, 3)).toEqual(['sent', 'sent', 'sent']);
    expect(await a.db.outbox.count()).toBe(0);
    expect(await serverRowCount('organisations', first)).toBe(1);
    const [seqs] = await serverSql(server, 'SELECT MAX(last_seq) AS n FROM devices');
    expect(Number(seqs!.n)).toBe(250);
    const b = await device();
    await b.engine.syncNow();
    expect(await b.db.organisations.get(first)).toMatchObject({
      name: 'Föreningen 0',
      note: 'Sist',
    });
  });
});

describe('deletes and conflicts', () => {
  it('propagates a delete and an undone delete', async () => {
    const a = await device();
    const b = await device();
    const id = newId();
    await writeRecord(a.db, 'organisations', id, organisation('Föreningen'));
    await a.engine.syncNow();
    await b.engine.syncNow();
    await deleteRecord(a.db, 'organisations', id);
    await a.engine.syncNow();
    await b.engine.syncNow();
    expect((await b.db.organisations.get(id))?.deleted).toBe(true);
    await restoreRecord(a.db, 'organisations', id);
    await a.engine.syncNow();
    await b.engine.syncNow();
    expect((await b.db.organisations.get(id))?.deleted).toBe(false);
  });

  it('records a conflict for the same field changed on two devices, seen by both, and resolves it', async () => {
    const a = await device();
    const b = await device();
    await writeRecord(a.db, 'areas', area.id, { title: 'Titel från A' });
    await writeRecord(b.db, 'areas', area.id, { title: 'Titel från B' });
    await a.engine.syncNow();
    await b.engine.syncNow();
    await a.engine.syncNow();
    const [conflictA] = await a.db.conflicts.toArray();
    const [conflictB] = await b.db.conflicts.toArray();
    expect(conflictA).toMatchObject({
      field: 'title',
      shownValue: 'Titel från B',
      otherValue: 'Titel från A',
    });
    expect(conflictB?.id).toBe(conflictA?.id);
    expect((await a.db.areas.get(area.id))?.title).toBe('Titel från B');
    // A person chooses A's value on device A; the choice reaches B.
    const { resolveConflict } = await import('../../src/sync');
    await resolveConflict(a.db, conflictA!, 'other');
    await a.engine.syncNow();
    await b.engine.syncNow();
    expect((await b.db.areas.get(area.id))?.title).toBe('Titel från A');
    expect((await b.db.conflicts.get(conflictA!.id))?.resolved).toBe(true);
  });

  it('records a conflict when a record is deleted on one device and edited on another', async () => {
    const a = await device();
    const b = await device();
    const contact = DEFAULT_CONTACTS[2]!;
    await deleteRecord(a.db, 'contacts', contact.id);
    await writeRecord(b.db, 'contacts', contact.id, { note: 'Nytt nummer på väg' });
    await a.engine.syncNow();
    await b.engine.syncNow();
    const conflicts = await b.db.conflicts.toArray();
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ recordId: contact.id, field: 'deleted' });
    expect((await b.db.contacts.get(contact.id))?.note).toBe('Nytt nummer på väg');
  });
});

describe('pairing and revocation', () => {
  it('pushes what was recorded before pairing, and never duplicates the default data', async () => {
    const a = await device('field', false);
    const id = newId();
    await writeRecord(a.db, 'organisations', id, organisation('Före parkoppling'));
    expect((await a.engine.syncNow()).ok).toBe(false);
    await pair(server, a);
    expect((await a.engine.syncNow()).ok).toBe(true);
    expect(await serverRowCount('organisations', id)).toBe(1);
    expect(await serverRowCount('areas', area.id)).toBe(1);
    expect(await a.db.areas.count()).toBe(DEFAULT_AREAS.length);
  });

  it('stops syncing a revoked device and keeps its outbox', async () => {
    const a = await device();
    const { getPairing } = await import('../../src/sync');
    const pairing = await getPairing(a.db);
    await server.store.revokeDevice(pairing!.deviceId, false, server.clock.now);
    await writeRecord(a.db, 'organisations', newId(), organisation('Efter återkallelse'));
    const outcome = await a.engine.syncNow();
    expect(outcome).toMatchObject({ ok: false, reason: 'revoked' });
    expect(await a.db.outbox.count()).toBe(1);
    expect((await getPairing(a.db))?.revoked).toBe(true);
  });

  it('wipes the local data of a device revoked as lost at its next contact', async () => {
    const a = await device();
    const { getPairing } = await import('../../src/sync');
    const pairing = await getPairing(a.db);
    const id = newId();
    await writeRecord(a.db, 'organisations', id, organisation('Känslig anteckning'));
    await server.store.revokeDevice(pairing!.deviceId, true, server.clock.now);
    expect(await a.engine.syncNow()).toMatchObject({ ok: false, reason: 'revoked' });
    expect(await a.db.organisations.count()).toBe(0);
    expect(await a.db.outbox.count()).toBe(0);
    expect(await getPairing(a.db)).toBeUndefined();
  });
});
