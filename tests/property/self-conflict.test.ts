import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteRecord, writeRecord } from '../../src/db';
import { newId } from '../../src/shared/ids';
import { getPairing } from '../../src/sync';
import { pushOutbox } from '../../src/sync/push';
import { startServerHolder, type ServerHolder } from './support/server-holder';
import {
  createSimDevice,
  disposeSimDevice,
  pairSimDevice,
  syncSimDevice,
  type SimDevice,
} from './support/sim-device';
import { injectTransport } from './support/transports';

/**
 * Regression (found by the convergence property): the endpoint raised a conflict between a
 * device's change and that same device's earlier change whenever the device had not pulled in
 * between (create, then edit, offline), filling "Konflikter" with conflicts nobody had. The push
 * now records each field's writer and a device never conflicts with itself, across restarts too.
 */
let holder: ServerHolder;
const devices: SimDevice[] = [];

beforeEach(async () => {
  holder = await startServerHolder();
});
afterEach(async () => {
  for (const d of devices.splice(0)) await disposeSimDevice(d);
  await holder.dispose();
});

async function device(): Promise<SimDevice> {
  const d = await createSimDevice(devices.length, injectTransport(holder), 1);
  d.network.enabled = false;
  devices.push(d);
  expect(await pairSimDevice(d, holder)).toBe(true);
  return d;
}

const organisation = (name: string) => ({
  name,
  kind: 'forening' as const,
  wishesDialog: 'ja' as const,
  firstContact: null,
  note: '',
  mergedInto: null,
  deleted: false,
});

describe('a device never conflicts with itself', () => {
  it('creating, editing and deleting a record offline, then syncing, raises no conflict', async () => {
    const a = await device();
    const id = newId();
    await writeRecord(a.db, 'organisations', id, organisation('Föreningen'));
    await writeRecord(a.db, 'organisations', id, { note: 'Första mötet bokat' });
    await writeRecord(a.db, 'organisations', id, { name: 'Föreningen Trygghet' });
    await deleteRecord(a.db, 'organisations', id);
    expect(await syncSimDevice(a)).toMatchObject({ ok: true });
    expect(await a.db.conflicts.count()).toBe(0);
    expect(await a.db.organisations.get(id)).toMatchObject({
      deleted: true,
      note: 'Första mötet bokat',
    });
  });

  it('an edit made before pulling its own pushed change raises none, after an endpoint restart too', async () => {
    const a = await device();
    const id = newId();
    await writeRecord(a.db, 'organisations', id, organisation('Föreningen'));
    // Pushed, but the pull never happened: the device still has the record at version 0.
    await pushOutbox(a.db, a.network.transport, (await getPairing(a.db))!);
    await holder.restart();
    await writeRecord(a.db, 'organisations', id, { note: 'Ändrad innan hämtning' });
    expect((await a.db.outbox.toArray()).map((e) => e.baseVersion)).toEqual([0]);
    expect(await syncSimDevice(a)).toMatchObject({ ok: true });
    expect(await a.db.conflicts.count()).toBe(0);
  });

  it('two devices changing the same field still conflict', async () => {
    const a = await device();
    const b = await device();
    const id = newId();
    await writeRecord(a.db, 'organisations', id, organisation('Föreningen'));
    await syncSimDevice(a);
    await syncSimDevice(b);
    await writeRecord(a.db, 'organisations', id, { note: 'A' });
    await writeRecord(b.db, 'organisations', id, { note: 'B' });
    await syncSimDevice(a);
    await syncSimDevice(b);
    await syncSimDevice(a);
    const conflicts = await a.db.conflicts.toArray();
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ field: 'note', shownValue: 'B', otherValue: 'A' });
  });
});
