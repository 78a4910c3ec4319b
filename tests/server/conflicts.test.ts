import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../src/shared/ids';
import type { ServerChange } from '../../src/shared/sync/protocol';
import type { PairedDevice, TestServer } from './helpers';
import {
  contactFields,
  mutation,
  pairDevice,
  pull,
  push,
  removeDir,
  startTestServer,
} from './helpers';

describe('field-level merge and conflicts', () => {
  let server: TestServer;
  let phone: PairedDevice;
  let office: PairedDevice;
  const id = newId();

  beforeEach(async () => {
    server = await startTestServer();
    phone = await pairDevice(server, 'field');
    office = await pairDevice(server, 'office');
    await push(server, office, [mutation(1, contactFields({ note: 'start' }), { id })]);
  });
  afterEach(async () => {
    await server.close();
    removeDir(server.dir);
  });

  const conflictsIn = (changes: ServerChange[]) => changes.filter((c) => c.table === 'conflicts');
  const contact = (changes: ServerChange[]) => changes.find((c) => c.id === id)!;

  it('two devices edit the same field from the same base: a conflict record appears in pull', async () => {
    await push(server, office, [mutation(2, { note: 'kontoret' }, { id, baseVersion: 1 })]);
    const res = await push(server, phone, [
      mutation(1, { note: 'telefonen' }, { id, baseVersion: 1 }),
    ]);
    expect(res.json().results[0].status).toBe('applied');
    const changes = (await pull(server, office)).json().changes as ServerChange[];
    expect(contact(changes).data.note).toBe('telefonen');
    const conflicts = conflictsIn(changes);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.data).toMatchObject({
      table: 'contacts',
      recordId: id,
      field: 'note',
      shownValue: 'telefonen',
      otherValue: 'kontoret',
      resolved: false,
      deleted: false,
    });
    expect(conflicts[0]!.version).toBeGreaterThan(contact(changes).version);
  });

  it('different fields of the same record merge without a conflict', async () => {
    await push(server, office, [mutation(2, { note: 'kontoret' }, { id, baseVersion: 1 })]);
    await push(server, phone, [mutation(1, { email: 'a@timra.se' }, { id, baseVersion: 1 })]);
    const changes = (await pull(server, office)).json().changes as ServerChange[];
    expect(contact(changes).data).toMatchObject({ note: 'kontoret', email: 'a@timra.se' });
    expect(conflictsIn(changes)).toHaveLength(0);
  });

  it('a delete against a concurrent edit is a conflict, and the tombstone propagates', async () => {
    await push(server, office, [mutation(2, { note: 'kontoret' }, { id, baseVersion: 1 })]);
    await push(server, phone, [mutation(1, { deleted: true }, { id, baseVersion: 1 })]);
    const changes = (await pull(server, office)).json().changes as ServerChange[];
    expect(contact(changes).data.deleted).toBe(true);
    const conflicts = conflictsIn(changes);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.data).toMatchObject({
      field: 'deleted',
      shownValue: true,
      otherValue: false,
    });
  });

  it('an edit on top of what the device has seen is no conflict', async () => {
    await push(server, office, [mutation(2, { note: 'kontoret' }, { id, baseVersion: 1 })]);
    await push(server, phone, [mutation(1, { note: 'telefonen' }, { id, baseVersion: 2 })]);
    expect(conflictsIn((await pull(server, office)).json().changes)).toHaveLength(0);
  });

  it('resolving a conflict is an ordinary push to the conflicts table', async () => {
    await push(server, office, [mutation(2, { note: 'kontoret' }, { id, baseVersion: 1 })]);
    await push(server, phone, [mutation(1, { note: 'telefonen' }, { id, baseVersion: 1 })]);
    const first = (await pull(server, office)).json();
    const conflict = conflictsIn(first.changes)[0]!;
    const res = await push(server, office, [
      mutation(
        3,
        { resolved: true },
        { table: 'conflicts', id: conflict.id, baseVersion: conflict.version },
      ),
    ]);
    expect(res.json().results[0].status).toBe('applied');
    const next = (await pull(server, office, first.checkpoint)).json().changes as ServerChange[];
    expect(next).toHaveLength(1);
    expect(next[0]!.data.resolved).toBe(true);
  });
});
