import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultRecords } from '../../src/shared/seed';
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

describe('pull', () => {
  let server: TestServer;
  let device: PairedDevice;
  beforeEach(async () => {
    server = await startTestServer();
    device = await pairDevice(server, 'office');
  });
  afterEach(async () => {
    await server.close();
    removeDir(server.dir);
  });

  it('never sends default records (version 0)', async () => {
    const res = await pull(server, device);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ changes: [], checkpoint: 0, more: false });
  });

  it('pages by limit with checkpoints, in version order, until more is false', async () => {
    const batch = Array.from({ length: 7 }, (_, i) =>
      mutation(i + 1, contactFields({ note: `n${i}` })),
    );
    await push(server, device, batch);
    const seen: number[] = [];
    let since = 0;
    let pages = 0;
    for (;;) {
      const page = (await pull(server, device, since, 3)).json();
      pages++;
      seen.push(...page.changes.map((c: { version: number }) => c.version));
      expect(page.checkpoint).toBe(page.changes.at(-1)?.version ?? since);
      since = page.checkpoint;
      if (!page.more) break;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect((await pull(server, device, since)).json()).toEqual({
      changes: [],
      checkpoint: 7,
      more: false,
    });
  });

  it('sends a changed record again, once, at its new version; tombstones propagate', async () => {
    const m = mutation(1, contactFields());
    await push(server, device, [m, mutation(2, contactFields())]);
    const checkpoint = (await pull(server, device)).json().checkpoint;
    await push(server, device, [mutation(3, { deleted: true }, { id: m.id, baseVersion: 1 })]);
    const res = (await pull(server, device, checkpoint)).json();
    expect(res.changes).toHaveLength(1);
    expect(res.changes[0]).toMatchObject({ id: m.id, version: 3, data: { deleted: true } });
  });

  it('a default record edited by a device is sent, whole', async () => {
    const [first] = defaultRecords();
    const { table, record } = first!;
    await push(server, device, [
      mutation(
        1,
        { deleted: true, updatedAt: '2025-03-01T10:00:00.000Z' },
        { table, id: record.id },
      ),
    ]);
    const changes = (await pull(server, device)).json().changes;
    expect(changes).toHaveLength(1);
    const { id: _id, version: _v, ...data } = record;
    expect(changes[0]).toEqual({
      table,
      id: record.id,
      version: 1,
      data: { ...data, deleted: true, updatedAt: '2025-03-01T10:00:00.000Z' },
    });
  });

  it('validates the query and caps the page at 500', async () => {
    const bad = await server.app.inject({
      method: 'GET',
      url: '/api/v1/pull?since=-1',
      headers: device.auth,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: 'invalid' });
    const big = await server.app.inject({
      method: 'GET',
      url: '/api/v1/pull?since=0&limit=100000',
      headers: device.auth,
    });
    expect(big.statusCode).toBe(200);
  });
});
