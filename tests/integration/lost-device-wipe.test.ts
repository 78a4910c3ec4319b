import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeRecord } from '../../src/db';
import { newId } from '../../src/shared/ids';
import type { Organisation } from '../../src/shared/schemas';
import {
  createSyncEngine,
  getPairing,
  listDevices,
  revokeDevice,
  type Transport,
} from '../../src/sync';
import { removeDir } from '../server/helpers';
import { newDevice, pair, startLiveServer, type Device, type LiveServer } from './support';

/** The real endpoint on 127.0.0.1, real HTTP, the real engine on fake-indexeddb. */
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

async function device(role: 'office' | 'field'): Promise<Device> {
  const d = await newDevice();
  devices.push(d);
  await pair(server, d, role);
  return d;
}

const organisation = (name: string): Omit<Organisation, 'id' | 'version'> => ({
  name,
  kind: 'forening',
  wishesDialog: 'ja',
  firstContact: null,
  note: 'Anteckning från mötet',
  mergedInto: null,
  deleted: false,
  updatedAt: new Date().toISOString(),
});

/** An office device and a phone with one synced change and then three that never arrive. */
async function lostPhoneWithThreePending() {
  const office = await device('office');
  const phone = await device('field');
  await writeRecord(phone.db, 'organisations', newId(), organisation('Synkad förening'));
  expect((await phone.engine.syncNow()).ok).toBe(true);
  for (const name of ['Ett', 'Två', 'Tre']) {
    await writeRecord(phone.db, 'organisations', newId(), organisation(name));
  }
  expect(await phone.db.outbox.count()).toBe(3);
  const phoneId = (await getPairing(phone.db))!.deviceId;
  await revokeDevice(office.db, phoneId, true);
  return { office, phone, phoneId };
}

const listed = async (office: Device, id: string) =>
  (await listDevices(office.db)).devices.find((d) => d.id === id);

describe('a device revoked as lost', () => {
  it('reports its 3 pending changes, wipes, and the office sees lostChanges 3', async () => {
    const { office, phone, phoneId } = await lostPhoneWithThreePending();
    expect(await listed(office, phoneId)).toMatchObject({ wipedAt: null, lostChanges: null });

    expect(await phone.engine.syncNow()).toMatchObject({ ok: false, reason: 'revoked' });
    expect(phone.transport.requests).toContain('POST /api/v1/wipe-report');
    expect(await phone.db.organisations.count()).toBe(0);
    expect(await phone.db.outbox.count()).toBe(0);
    expect(await getPairing(phone.db)).toBeUndefined();

    const seen = await listed(office, phoneId);
    expect(seen).toMatchObject({ revokedLost: true, lostChanges: 3 });
    expect(seen?.wipedAt).toEqual(expect.any(String));
  });

  it('wipes even when the report never gets through; the office is then still waiting', async () => {
    const { office, phone, phoneId } = await lostPhoneWithThreePending();
    // The report fails before reaching the server (no network for it): the wipe goes ahead.
    const inner = phone.transport;
    const refusing: Transport = (request) =>
      request.url.endsWith('/wipe-report')
        ? Promise.reject(new TypeError('fetch failed'))
        : inner(request);
    phone.engine.stop();
    const engine = createSyncEngine({ db: phone.db, transport: refusing, intervalMs: 3_600_000 });

    expect(await engine.syncNow()).toMatchObject({ ok: false, reason: 'revoked' });
    expect(await phone.db.organisations.count()).toBe(0);
    expect(await phone.db.outbox.count()).toBe(0);
    expect(await getPairing(phone.db)).toBeUndefined();
    expect(await listed(office, phoneId)).toMatchObject({ wipedAt: null, lostChanges: null });
  });

  it('wipes when the report’s answer is lost; the server kept the report', async () => {
    const { office, phone, phoneId } = await lostPhoneWithThreePending();
    phone.transport.loseNextAnswers(1, '/wipe-report');

    expect(await phone.engine.syncNow()).toMatchObject({ ok: false, reason: 'revoked' });
    expect(await phone.db.organisations.count()).toBe(0);
    expect(await getPairing(phone.db)).toBeUndefined();
    expect(await listed(office, phoneId)).toMatchObject({ lostChanges: 3 });
  });
});
