import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../src/shared/ids';
import type { HistoryEntry, HistoryResponse } from '../../src/shared/sync/history-protocol';
import type { PairedDevice, TestServer } from './helpers';
import {
  contactFields,
  mutation,
  pairDevice,
  push,
  removeDir,
  serverSql,
  startTestServer,
} from './helpers';

function history(server: TestServer, device: PairedDevice, since = 0, limit?: number) {
  const query = `since=${since}${limit ? `&limit=${limit}` : ''}`;
  return server.app.inject({
    method: 'GET',
    url: `/api/v1/history?${query}`,
    headers: device.auth,
  });
}

async function allHistory(server: TestServer, device: PairedDevice, limit?: number) {
  const pages: HistoryResponse[] = [];
  let since = 0;
  for (;;) {
    const res = await history(server, device, since, limit);
    expect(res.statusCode).toBe(200);
    const page = res.json<HistoryResponse>();
    pages.push(page);
    since = page.checkpoint;
    if (!page.more) return pages;
  }
}

describe('history (audit trail)', () => {
  let server: TestServer;
  let device: PairedDevice;
  beforeEach(async () => {
    server = await startTestServer();
    device = await pairDevice(server, 'field', undefined, 'Telefon Anna');
  });
  afterEach(async () => {
    await server.close();
    removeDir(server.dir);
  });

  it('has an entry for each changed field of each push: who, device, when, old → new', async () => {
    const id = newId();
    const first = await push(
      server,
      device,
      [mutation(1, contactFields({ note: 'a' }), { id })],
      'Anna',
    );
    expect(first.statusCode).toBe(200);
    server.clock.now += 60_000;
    await push(
      server,
      device,
      [mutation(2, { note: 'b', role: 'Strateg', email: '' }, { id, baseVersion: 1 })],
      'Bo',
    );
    const [page] = await allHistory(server, device);
    const entries = page!.entries.filter((e) => e.recordId === id);
    // The create: one entry, who and when, without values (the first note, 'a', is the old value
    // of the change that followed; the record holds the rest).
    const created = entries.filter((e) => e.version === 1);
    expect(created).toEqual([
      expect.objectContaining({
        kind: 'create',
        field: '',
        oldValue: null,
        newValue: null,
        actor: 'Anna',
        deviceName: 'Telefon Anna',
        at: '2025-03-01T10:00:00.000Z',
      }),
    ]);
    const edited = entries.filter((e) => e.version === 2);
    expect(edited.map((e) => [e.field, e.oldValue, e.newValue]).sort()).toEqual([
      ['note', 'a', 'b'],
      ['role', 'Samordnare', 'Strateg'],
    ]);
    expect(edited[0]).toMatchObject({
      actor: 'Bo',
      deviceName: 'Telefon Anna',
      at: '2025-03-01T10:01:00.000Z',
      seq: 2,
    });
  });

  it('pages by seq without splitting one change and without losing or repeating a row', async () => {
    const ids = [newId(), newId(), newId()];
    let seq = 1;
    for (const id of ids) {
      await push(server, device, [mutation(seq++, contactFields({ note: `n${seq}` }), { id })]);
    }
    // Each edit changes three fields: three rows with one seq, more than the page limit of 2.
    for (const id of ids) {
      const fields = { note: `m${seq}`, role: `Roll ${seq}`, email: `r${seq}@example.se` };
      const version = (await serverSql(server, 'SELECT version FROM records WHERE id = ?', id))[0]!;
      await push(server, device, [
        mutation(seq++, fields, { id, baseVersion: Number(version.version) }),
      ]);
    }
    const pages = await allHistory(server, device, 2);
    const entries = pages.flatMap((p) => p.entries);
    expect(entries).toHaveLength(3 + 3 * 3);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    // A change's rows are never split over two pages.
    const pageOfSeq = new Map<number, number>();
    pages.forEach((p, i) =>
      p.entries.forEach((e: HistoryEntry) => {
        expect(pageOfSeq.get(e.seq) ?? i).toBe(i);
        pageOfSeq.set(e.seq, i);
      }),
    );
    expect(pages.some((p) => p.entries.length === 3)).toBe(true);
    const ascending = entries.map((e) => e.seq);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    // Several small changes share pages up to the limit.
    const bigger = await allHistory(server, device, 500);
    expect(bigger).toHaveLength(1);
    expect(bigger[0]!.entries).toHaveLength(entries.length);
    const after = await history(server, device, bigger[0]!.checkpoint);
    expect(after.json()).toEqual({ entries: [], checkpoint: bigger[0]!.checkpoint, more: false });
  });

  it('shows only the device’s own workspace, and refuses without a token', async () => {
    const otherWorkspace = await server.store.createWorkspace('Sundsvall', server.clock.now);
    const stranger = await pairDevice(server, 'field', otherWorkspace.id);
    await push(server, device, [mutation(1, contactFields())]);
    expect((await allHistory(server, stranger))[0]!.entries).toEqual([]);
    const anonymous = await server.app.inject({ method: 'GET', url: '/api/v1/history?since=0' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error).toBe('unauthorized');
    const bad = await history(server, device, -1);
    expect(bad.statusCode).toBe(400);
  });

  it('keeps the audit table append-only: no DELETE, no UPDATE of who/when/field', async () => {
    await push(server, device, [mutation(1, contactFields({ note: 'x' }))], 'Anna');
    await expect(serverSql(server, 'DELETE FROM audit')).rejects.toThrow(/append-only/);
    for (const column of ['actor', 'device_name', 'field', 'tbl', 'record_id', 'kind']) {
      await expect(
        serverSql(server, `UPDATE audit SET ${column} = ?`, 'redaction'),
        column,
      ).rejects.toThrow(/append-only/);
    }
    await expect(serverSql(server, 'UPDATE audit SET at = ?', 1)).rejects.toThrow(/append-only/);
    const rows = await serverSql(server, 'SELECT COUNT(*) AS n FROM audit');
    expect(Number(rows[0]!.n)).toBe(1);
  });
});
