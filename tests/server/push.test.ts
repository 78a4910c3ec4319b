import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../src/shared/ids';
import type { PairedDevice, TestServer } from './helpers';
import {
  contactFields,
  mutation,
  pairDevice,
  pull,
  push,
  removeDir,
  serverSql,
  startTestServer,
} from './helpers';

describe('push', () => {
  let server: TestServer;
  let device: PairedDevice;
  beforeEach(async () => {
    server = await startTestServer();
    device = await pairDevice(server, 'field');
  });
  afterEach(async () => {
    await server.close();
    removeDir(server.dir);
  });

  it('applies a batch once: the same batch again answers duplicate and adds no row', async () => {
    const id = newId();
    const batch = [
      mutation(1, contactFields({ role: 'Strateg' }), { id }),
      mutation(
        2,
        { note: 'Ringde', updatedAt: '2025-03-01T11:00:00.000Z' },
        { id, baseVersion: 1 },
      ),
    ];
    const first = await push(server, device, batch, 'Anna');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({
      results: [
        { seq: 1, status: 'applied', version: 1 },
        { seq: 2, status: 'applied', version: 2 },
      ],
      lastApplied: 2,
    });
    const second = await push(server, device, batch, 'Anna');
    expect(second.json()).toEqual({
      results: [
        { seq: 1, status: 'duplicate' },
        { seq: 2, status: 'duplicate' },
      ],
      lastApplied: 2,
    });
    const changes = (await pull(server, device)).json().changes;
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ table: 'contacts', id, version: 2 });
    expect(changes[0].data).toMatchObject({ role: 'Strateg', note: 'Ringde', deleted: false });
    expect(changes[0].data).not.toHaveProperty('id');
    expect(changes[0].data).not.toHaveProperty('version');
  });

  it('applies the new part of a retried batch that was partly applied', async () => {
    const a = mutation(1, contactFields());
    const b = mutation(2, contactFields());
    await push(server, device, [a]);
    const res = await push(server, device, [a, b]);
    expect(res.json()).toMatchObject({
      results: [{ status: 'duplicate' }, { status: 'applied' }],
      lastApplied: 2,
    });
  });

  it('refuses a batch with a gap (409 with lastApplied) and applies nothing of it', async () => {
    await push(server, device, [mutation(1, contactFields())]);
    const res = await push(server, device, [
      mutation(2, contactFields()),
      mutation(4, contactFields()),
    ]);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'gap', lastApplied: 1 });
    expect(typeof res.json().message).toBe('string');
    expect((await pull(server, device)).json().changes).toHaveLength(1);
    const fresh = await push(server, device, [mutation(5, contactFields())]);
    expect(fresh.statusCode).toBe(409);
    expect(fresh.json().lastApplied).toBe(1);
  });

  it('applies batches sent together in order, even when a later one arrives first', async () => {
    const batches = [1, 3, 5].map((seq) => [
      mutation(seq, contactFields()),
      mutation(seq + 1, contactFields()),
    ]);
    // Sent at once, latest first: the later batches wait for the ones before them.
    const answers = await Promise.all([...batches].reverse().map((b) => push(server, device, b)));
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200]);
    expect(answers.map((a) => a.json().lastApplied)).toEqual([6, 4, 2]);
    const versions = (await pull(server, device))
      .json()
      .changes.map((c: { version: number }) => c.version);
    expect(versions).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('still refuses a gap when no earlier batch of the device is on its way', async () => {
    const other = await pairDevice(server, 'field');
    // Another device's push in progress does not hold this device's gap.
    const [gap, fine] = await Promise.all([
      push(server, device, [mutation(3, contactFields())]),
      push(server, other, [mutation(1, contactFields())]),
    ]);
    expect(gap.statusCode).toBe(409);
    expect(gap.json()).toMatchObject({ error: 'gap', lastApplied: 0 });
    expect(fine.statusCode).toBe(200);
  });

  it('rejects invalid mutations with a reason and still moves the queue on', async () => {
    const res = await push(server, device, [
      mutation(1, { name: 'x' }, { table: 'nope' }),
      mutation(2, contactFields({ phones: 'inte en lista' })),
      mutation(3, contactFields({ favouriteColour: 'blå' })),
      mutation(4, contactFields(), { v: 99 }),
      mutation(5, { note: 'bara ett fält' }),
      mutation(6, contactFields({ role: 'Giltig' })),
    ]);
    expect(res.statusCode).toBe(200);
    const { results, lastApplied } = res.json();
    expect(lastApplied).toBe(6);
    expect(results.slice(0, 5).map((r: { status: string }) => r.status)).toEqual([
      'rejected',
      'rejected',
      'rejected',
      'rejected',
      'rejected',
    ]);
    expect(results[0].reason).toContain('Okänd tabell');
    expect(results[2].reason).toContain('favouriteColour');
    expect(results[5]).toMatchObject({ seq: 6, status: 'applied' });
    const next = await push(server, device, [mutation(7, contactFields())]);
    expect(next.json().results[0].status).toBe('applied');
    const changes = (await pull(server, device)).json().changes;
    expect(changes.map((c: { data: { role: string } }) => c.data.role)).toEqual([
      'Giltig',
      'Samordnare',
    ]);
  });

  it('writes one create row for a new record and an audit row per changed field, with device and actor', async () => {
    const id = newId();
    await push(server, device, [mutation(1, contactFields({ note: 'a' }), { id })], 'Anna');
    await push(server, device, [mutation(2, { note: 'b' }, { id, baseVersion: 1 })], 'Anna');
    const rows = await serverSql(
      server,
      `SELECT field, CAST(old_value AS TEXT) AS old_value, CAST(new_value AS TEXT) AS new_value,
         device_id, actor, kind FROM audit WHERE record_id = ? ORDER BY id`,
      id,
    );
    // The record's first values are not stored twice: the create row says who and when, and the
    // first note ("a") is the old value of the change that followed.
    expect(rows).toEqual([
      {
        field: '',
        old_value: 'null',
        new_value: 'null',
        device_id: device.deviceId,
        actor: 'Anna',
        kind: 'create',
      },
      {
        field: 'note',
        old_value: '"a"',
        new_value: '"b"',
        device_id: device.deviceId,
        actor: 'Anna',
        kind: 'change',
      },
    ]);
    await expect(serverSql(server, 'DELETE FROM audit')).rejects.toThrow(/append-only/);
    await expect(serverSql(server, 'UPDATE audit SET actor = ?', 'Mallory')).rejects.toThrow(
      /append-only/,
    );
  });

  it('keeps per-device sequences apart', async () => {
    const other = await pairDevice(server, 'field');
    expect((await push(server, device, [mutation(1, contactFields())])).statusCode).toBe(200);
    const res = await push(server, other, [mutation(1, contactFields())]);
    expect(res.json().results[0].status).toBe('applied');
  });
});
