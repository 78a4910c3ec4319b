import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/server/admin/args';
import { runCommand } from '../../src/server/admin/commands';
import type { PairedDevice, TestServer } from './helpers';
import { contactFields, mutation, pairDevice, push, removeDir, startTestServer } from './helpers';

/** Runs on the store TEST_STORE names: SQLite by default, PostgreSQL with TEST_STORE=postgres. */
describe('wipe report of a device revoked as lost', () => {
  let server: TestServer;
  let office: PairedDevice;
  let phone: PairedDevice;
  beforeEach(async () => {
    server = await startTestServer();
    office = await pairDevice(server, 'office', undefined, 'Kontoret');
    phone = await pairDevice(server, 'field', undefined, 'Telefon');
  });
  afterEach(async () => {
    await server.close();
    removeDir(server.dir);
  });

  const report = (device: PairedDevice, payload: unknown) =>
    server.app.inject({
      method: 'POST',
      url: '/api/v1/wipe-report',
      headers: device.auth,
      payload: payload as Record<string, unknown>,
    });
  const revoke = (device: PairedDevice, lost: boolean) =>
    server.app.inject({
      method: 'POST',
      url: `/api/v1/devices/${device.deviceId}/revoke`,
      headers: office.auth,
      payload: { lost },
    });
  const listed = async (device: PairedDevice) => {
    const res = await server.app.inject({
      method: 'GET',
      url: '/api/v1/devices',
      headers: office.auth,
    });
    return (res.json().devices as Array<Record<string, unknown>>).find(
      (d) => d.id === device.deviceId,
    );
  };

  it('a lost device reports once; the office sees when it wiped and what never arrived', async () => {
    // Two changes arrive (last applied 2); then the phone makes five more that never do.
    const pushed = await push(server, phone, [
      mutation(1, contactFields({ role: 'Ett' })),
      mutation(2, contactFields({ role: 'Två' })),
    ]);
    expect(pushed.statusCode).toBe(200);
    expect((await revoke(phone, true)).statusCode).toBe(200);
    expect(await listed(phone)).toMatchObject({
      revokedLost: true,
      wipedAt: null,
      lostChanges: null,
    });
    const admin = () => runCommand(server.store, parseArgs(['devices']), server.clock.now);
    expect((await admin()).find((l) => l.startsWith(phone.deviceId))).toMatch(
      /\(förlorad\) väntar på att enheten ska höra av sig$/,
    );

    server.clock.now += 60_000;
    const first = await report(phone, { pending: 5, highestSeq: 7 });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ lostChanges: 5 });
    expect(await listed(phone)).toMatchObject({
      wipedAt: new Date(server.clock.now).toISOString(),
      lostChanges: 5,
    });

    expect((await admin()).find((l) => l.startsWith(phone.deviceId))).toMatch(
      /\(förlorad\) raderad .+, 5 ändringar kom aldrig fram$/,
    );

    const again = await report(phone, { pending: 0, highestSeq: 7 });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: 'already_reported' });
    expect(await listed(phone)).toMatchObject({ lostChanges: 5 });
    // Everything else stays refused for the lost token.
    const pull = await server.app.inject({
      method: 'GET',
      url: '/api/v1/pull',
      headers: phone.auth,
    });
    expect(pull.statusCode).toBe(401);
    expect(pull.json()).toMatchObject({ error: 'revoked', wipe: true });
  });

  it('counts only changes the server never applied, bounded by what the device held', async () => {
    await push(server, phone, [mutation(1, contactFields()), mutation(2, contactFields())]);
    await revoke(phone, true);
    // Three still in its outbox, but the server applied up to 2 of the 4: two never arrived.
    const res = await report(phone, { pending: 3, highestSeq: 4 });
    expect(res.json()).toEqual({ lostChanges: 2 });
    expect(await listed(phone)).toMatchObject({ lostChanges: 2 });
  });

  it('an active or plainly revoked device cannot report, and nothing is stored', async () => {
    const active = await report(phone, { pending: 1, highestSeq: 1 });
    expect(active.statusCode).toBe(403);
    expect(active.json()).toMatchObject({ error: 'forbidden' });
    const officeItself = await report(office, { pending: 0, highestSeq: 0 });
    expect(officeItself.statusCode).toBe(403);

    await revoke(phone, false);
    const retired = await report(phone, { pending: 1, highestSeq: 1 });
    expect(retired.statusCode).toBe(403);
    expect(retired.json()).toMatchObject({ error: 'forbidden' });
    expect(await listed(phone)).toMatchObject({
      revokedLost: false,
      wipedAt: null,
      lostChanges: null,
    });

    const unknown = await server.app.inject({
      method: 'POST',
      url: '/api/v1/wipe-report',
      headers: { authorization: 'Bearer nope' },
      payload: { pending: 0, highestSeq: 0 },
    });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json()).toMatchObject({ error: 'unauthorized' });
  });

  it('a bad body is a 400 with a JSON reason, and the device may still report after it', async () => {
    await revoke(phone, true);
    for (const body of [
      {},
      { pending: -1, highestSeq: 0 },
      { pending: 1.5, highestSeq: 2 },
      { pending: '3', highestSeq: 3 },
      [],
    ]) {
      const res = await report(phone, body);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: 'invalid' });
    }
    const notJson = await server.app.inject({
      method: 'POST',
      url: '/api/v1/wipe-report',
      headers: { ...phone.auth, 'content-type': 'application/json' },
      payload: '{nope',
    });
    expect(notJson.statusCode).toBeGreaterThanOrEqual(400);
    expect(notJson.statusCode).toBeLessThan(500);
    expect(notJson.json()).toHaveProperty('error');
    expect(await listed(phone)).toMatchObject({ wipedAt: null });
    expect((await report(phone, { pending: 0, highestSeq: 0 })).json()).toEqual({ lostChanges: 0 });
  });
});
