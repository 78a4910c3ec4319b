import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issuePairingCode } from '../../src/server/pairing';
import type { TestServer } from './helpers';
import { removeDir, serverSql, startTestServer } from './helpers';

describe('pairing', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    await server.close();
    removeDir(server.dir);
  });

  const pair = (code: string, deviceName?: string) =>
    server.app.inject({ method: 'POST', url: '/api/v1/pair', payload: { code, deviceName } });

  async function newCode(role: 'office' | 'field' = 'office') {
    const workspace = await server.store.defaultWorkspace();
    return (await issuePairingCode(server.store, workspace.id, role, server.clock.now)).code;
  }

  it('pairs with a valid code, typed in any case with spaces and dashes', async () => {
    const code = await newCode('field');
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    const typed = ` ${code.slice(0, 2).toLowerCase()} ${code.slice(2).replace('-', ' - ')} `;
    const res = await pair(typed, 'Telefon 1');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ role: 'field', workspaceName: 'Timrå kommun' });
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const me = await server.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${body.token}` },
    });
    expect(me.json()).toEqual({
      deviceId: body.deviceId,
      name: 'Telefon 1',
      role: 'field',
      workspaceId: body.workspaceId,
      workspaceName: 'Timrå kommun',
    });
  });

  it('stores neither the code nor the token in clear', async () => {
    const code = await newCode();
    const { token, deviceId } = (await pair(code)).json();
    const dump = JSON.stringify([
      await serverSql(server, 'SELECT * FROM pairing_codes'),
      await serverSql(server, 'SELECT * FROM devices'),
    ]);
    expect(dump).toContain(deviceId);
    expect(dump).not.toContain(code.replace('-', ''));
    expect(dump).not.toContain(token);
  });

  it('refuses a code that was already used', async () => {
    const code = await newCode();
    expect((await pair(code)).statusCode).toBe(200);
    const again = await pair(code);
    expect(again.statusCode).toBe(410);
    expect(again.json()).toMatchObject({
      error: 'pairing_expired',
      message: 'Koden är fel eller har gått ut. Be om en ny kod.',
    });
  });

  it('refuses an expired code (after 15 minutes)', async () => {
    const code = await newCode();
    server.clock.now += 15 * 60 * 1000;
    const res = await pair(code);
    expect(res.statusCode).toBe(410);
    expect(res.headers['content-type']).toContain('application/json');
  });

  it('accepts a code just before it expires', async () => {
    const code = await newCode();
    server.clock.now += 15 * 60 * 1000 - 1;
    expect((await pair(code)).statusCode).toBe(200);
  });

  it('refuses a wrong code with a Swedish message', async () => {
    const res = await pair('ABCD-EFGH');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      error: 'pairing_failed',
      message: 'Koden är fel eller har gått ut. Be om en ny kod.',
    });
  });

  it('rate-limits pairing attempts per IP', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await pair('ABCD-EFGH')).statusCode);
    expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    const limited = await pair('ABCD-EFGH');
    expect(limited.json()).toMatchObject({ error: 'rate_limited' });
  });
});
