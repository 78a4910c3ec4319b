import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { META, getMeta, writeRecord } from '../../src/db';
import { backupFileText, createBackup } from '../../src/features/backup/create-backup';
import { restoreBackup } from '../../src/features/backup/restore-backup';
import { readBackupText } from '../../src/shared/backup';
import { getPairing } from '../../src/sync';
import { removeDir } from '../server/helpers';
import {
  newDevice,
  pair,
  startLiveServer,
  type Device,
  type LiveServer,
} from '../integration/support';
import { entry, organisation } from './report-fixture';

/** Restored unsynced changes reach the real endpoint over real HTTP. */
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

async function device(paired = true): Promise<Device> {
  const d = await newDevice();
  devices.push(d);
  if (paired) await pair(server, d);
  return d;
}

async function restoreFrom(text: string, target: Device, passphrase?: string) {
  const result = await readBackupText(text, passphrase);
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return restoreBackup(target.db, result.value);
}

describe('restored changes sync', () => {
  it('a backup made offline, restored on a new paired device, reaches the server', async () => {
    const phone = await device();
    await writeRecord(phone.db, 'organisations', 'o1', organisation('o1', 'Ängets förening'));
    await writeRecord(
      phone.db,
      'logEntries',
      'e1',
      entry('e1', 'dialog', '2026-02-01T10:00', { organisationIds: ['o1'] }),
    );
    const text = await backupFileText(await createBackup(phone.db), 'en lång lösenfras');
    // The phone is lost before it syncs. A new phone is paired and restored from the file.
    const replacement = await device();
    const pairing = await getPairing(replacement.db);
    const outcome = await restoreFrom(text, replacement, 'en lång lösenfras');
    expect(outcome.queued).toBe(2);
    expect(await replacement.db.outbox.count()).toBe(2);
    // The pairing is kept, and with it the id the server knows the device by.
    expect(await getPairing(replacement.db)).toEqual(pairing);
    expect(await getMeta(replacement.db, META.deviceId)).toBe(pairing?.deviceId);

    expect(await replacement.engine.syncNow()).toMatchObject({ ok: true, pushed: 2 });
    expect(await replacement.db.outbox.count()).toBe(0);
    const office = await device();
    await office.engine.syncNow();
    expect((await office.db.organisations.get('o1'))?.name).toBe('Ängets förening');
    expect((await office.db.logEntries.get('e1'))?.organisationIds).toEqual(['o1']);
  });

  it('restoring a paired device continues its numbering, so the server does not skip the changes', async () => {
    const phone = await device();
    await writeRecord(phone.db, 'organisations', 'o1', organisation('o1', 'Alfa'));
    const text = await backupFileText(await createBackup(phone.db));
    // Later the phone syncs (server: seq 1, 2 applied) and the name changes.
    await writeRecord(phone.db, 'organisations', 'o1', { name: 'Beta' });
    await phone.engine.syncNow();
    expect(await getMeta<number>(phone.db, META.nextSeq)).toBe(3);

    await restoreFrom(text, phone);
    const queued = await phone.db.outbox.toArray();
    expect(queued.map((e) => e.seq)).toEqual([3]);
    expect(await phone.db.organisations.get('o1')).toMatchObject({ name: 'Alfa' });
    expect(await phone.engine.syncNow()).toMatchObject({ ok: true, pushed: 1 });
    // Applied, not answered "duplicate": the backup's value is what the server and the device hold.
    expect(await phone.db.organisations.get('o1')).toMatchObject({ name: 'Alfa' });
    const office = await device();
    await office.engine.syncNow();
    expect((await office.db.organisations.get('o1'))?.name).toBe('Alfa');
  });

  it('an unpaired device gets a new device id; its restored changes sync once it is paired', async () => {
    const phone = await device(false);
    await writeRecord(phone.db, 'organisations', 'o1', organisation('o1', 'Gamma'));
    const oldId = await getMeta<string>(phone.db, META.deviceId);
    const text = await backupFileText(await createBackup(phone.db));
    const spare = await device(false);
    await restoreFrom(text, spare);
    const newId = await getMeta<string>(spare.db, META.deviceId);
    expect(newId).toBeTruthy();
    expect(newId).not.toBe(oldId);
    expect((await spare.db.outbox.toArray()).map((e) => [e.seq, e.recordId])).toEqual([[1, 'o1']]);
    await pair(server, spare);
    expect(await spare.engine.syncNow()).toMatchObject({ ok: true, pushed: 1 });
    const office = await device();
    await office.engine.syncNow();
    expect((await office.db.organisations.get('o1'))?.name).toBe('Gamma');
  });
});
