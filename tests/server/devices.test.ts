import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PairedDevice, TestServer } from './helpers';
import { pairDevice, removeDir, startTestServer } from './helpers';

describe('devices and auth', () => {
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

  const me = (auth: { authorization?: string }) =>
    server.app.inject({ method: 'GET', url: '/api/v1/me', headers: auth });

  it('answers 401 unauthorized without or with an unknown token', async () => {
    for (const headers of [{}, { authorization: 'Bearer nope' }, { authorization: 'Basic x' }]) {
      const res = await me(headers);
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ error: 'unauthorized' });
    }
  });

  it('office devices issue pairing codes with a link; field devices get 403', async () => {
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/v1/pairing-codes',
      headers: office.auth,
      payload: { role: 'office' },
    });
    expect(res.statusCode).toBe(200);
    const { code, url, expiresAt } = res.json();
    expect(url).toBe(`https://varna.example/parkoppla#kod=${code}`);
    expect(Date.parse(expiresAt)).toBe(server.clock.now + 15 * 60 * 1000);
    const paired = await server.app.inject({
      method: 'POST',
      url: '/api/v1/pair',
      payload: { code },
    });
    expect(paired.json().role).toBe('office');

    const denied = await server.app.inject({
      method: 'POST',
      url: '/api/v1/pairing-codes',
      headers: phone.auth,
    });
    expect(denied.statusCode).toBe(403);
    expect(denied.json()).toMatchObject({ error: 'forbidden' });
    const list = await server.app.inject({
      method: 'GET',
      url: '/api/v1/devices',
      headers: phone.auth,
    });
    expect(list.statusCode).toBe(403);
  });

  it('a code issued without a role pairs a field device', async () => {
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/v1/pairing-codes',
      headers: office.auth,
    });
    const { code } = res.json();
    const paired = await server.app.inject({
      method: 'POST',
      url: '/api/v1/pair',
      payload: { code },
    });
    expect(paired.json().role).toBe('field');
  });

  it('lists devices without token hashes, renames one', async () => {
    const list = await server.app.inject({
      method: 'GET',
      url: '/api/v1/devices',
      headers: office.auth,
    });
    const { devices } = list.json();
    expect(devices.map((d: { name: string }) => d.name)).toEqual(['Kontoret', 'Telefon']);
    expect(JSON.stringify(devices)).not.toMatch(/token|hash/i);
    expect(devices[0]).toMatchObject({ current: true, role: 'office', revokedAt: null });

    const rename = await server.app.inject({
      method: 'PATCH',
      url: `/api/v1/devices/${phone.deviceId}`,
      headers: office.auth,
      payload: { name: '  Annas telefon ' },
    });
    expect(rename.json().device.name).toBe('Annas telefon');
    const empty = await server.app.inject({
      method: 'PATCH',
      url: `/api/v1/devices/${phone.deviceId}`,
      headers: office.auth,
      payload: { name: '   ' },
    });
    expect(empty.statusCode).toBe(400);
  });

  it('a revoked device gets 401 revoked; wipe is true when revoked as lost', async () => {
    const revoke = await server.app.inject({
      method: 'POST',
      url: `/api/v1/devices/${phone.deviceId}/revoke`,
      headers: office.auth,
    });
    expect(revoke.statusCode).toBe(200);
    expect(revoke.json().device.revokedLost).toBe(false);
    let res = await me(phone.auth);
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: 'revoked', wipe: false });
    // The app's word for it: "bortkopplad", never a second word for the same thing.
    expect(res.json().message).toBe(
      'Enheten är bortkopplad från servern. Parkoppla den igen med en ny kod.',
    );

    const lost = await pairDevice(server, 'field');
    await server.app.inject({
      method: 'POST',
      url: `/api/v1/devices/${lost.deviceId}/revoke`,
      headers: office.auth,
      payload: { lost: true },
    });
    res = await server.app.inject({
      method: 'GET',
      url: '/api/v1/pull?since=0',
      headers: lost.auth,
    });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: 'revoked', wipe: true });
    expect(typeof res.json().message).toBe('string');
  });

  it('an office device cannot revoke itself: 409 with a Swedish message, still active', async () => {
    for (const payload of [{}, { lost: true }]) {
      const res = await server.app.inject({
        method: 'POST',
        url: `/api/v1/devices/${office.deviceId}/revoke`,
        headers: office.auth,
        payload,
      });
      expect(res.statusCode).toBe(409);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.json()).toEqual({
        error: 'self_revoke',
        message:
          'En enhet kan inte koppla bort sig själv. Koppla bort den från en annan kontorsenhet ' +
          'eller med npm run admin -- revoke på servern.',
      });
    }
    const device = (await server.store.getDevice(office.deviceId))!;
    expect(device).toMatchObject({ revokedAt: null, revokedLost: false });
    expect((await me(office.auth)).statusCode).toBe(200);

    // Another office device may revoke it.
    const other = await pairDevice(server, 'office', undefined, 'Kontoret 2');
    const revoke = await server.app.inject({
      method: 'POST',
      url: `/api/v1/devices/${office.deviceId}/revoke`,
      headers: other.auth,
    });
    expect(revoke.statusCode).toBe(200);
    expect((await me(office.auth)).statusCode).toBe(401);
  });

  it('updates last seen', async () => {
    server.clock.now += 5 * 60 * 1000;
    await me(phone.auth);
    expect((await server.store.getDevice(phone.deviceId))!.lastSeenAt).toBe(server.clock.now);
  });

  it('unknown device id is 404', async () => {
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/v1/devices/does-not-exist/revoke',
      headers: office.auth,
    });
    expect(res.statusCode).toBe(404);
  });
});
