import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestServer } from './helpers';
import { prepareStore, removeDir, startTestServer } from './helpers';
import { runAdmin } from './spawn';

const CODE_LINE = /^Parkopplingskod: ([A-Z2-9]{4}-[A-Z2-9]{4})$/m;

describe('admin CLI', () => {
  let dir: string;
  let server: TestServer | undefined;
  beforeEach(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'varna-admin-'));
    await prepareStore(dir);
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
    removeDir(dir);
  });

  it('pairing-code prints a code that pairs an office device, while the server runs', async () => {
    server = await startTestServer({}, dir);
    server.clock.now = Date.now();
    const result = runAdmin(dir, 'pairing-code');
    expect(result.status).toBe(0);
    const code = CODE_LINE.exec(result.stdout)?.[1];
    expect(code).toBeDefined();
    const res = await server.app.inject({ method: 'POST', url: '/api/v1/pair', payload: { code } });
    expect(res.statusCode).toBe(200);
    expect(res.json().role).toBe('office');

    const field = CODE_LINE.exec(runAdmin(dir, 'pairing-code', '--role', 'field').stdout)?.[1];
    const paired = await server.app.inject({
      method: 'POST',
      url: '/api/v1/pair',
      payload: { code: field },
    });
    expect(paired.json().role).toBe('field');
    const deviceId = paired.json().deviceId as string;

    const list = runAdmin(dir, 'devices');
    expect(list.stdout).toContain(deviceId);
    expect(list.stdout).toContain('aktiv');
    expect(runAdmin(dir, 'rename', deviceId, 'Annas', 'telefon').status).toBe(0);
    expect((await server.store.getDevice(deviceId))!.name).toBe('Annas telefon');
    expect(runAdmin(dir, 'revoke', deviceId, '--lost').status).toBe(0);
    const me = await server.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${paired.json().token}` },
    });
    expect(me.json()).toMatchObject({ error: 'revoked', wipe: true });
  }, 60_000);

  it('creates and lists workspaces; codes for another workspace pair there', async () => {
    const created = runAdmin(dir, 'create-workspace', 'Sundsvalls', 'kommun');
    expect(created.status).toBe(0);
    const id = created.stdout.trim();
    expect(runAdmin(dir, 'workspaces').stdout).toContain(`${id}  Sundsvalls kommun`);
    const code = CODE_LINE.exec(runAdmin(dir, 'pairing-code', '--workspace', id).stdout)?.[1];
    server = await startTestServer({}, dir);
    server.clock.now = Date.now();
    const res = await server.app.inject({ method: 'POST', url: '/api/v1/pair', payload: { code } });
    expect(res.json()).toMatchObject({ workspaceId: id, workspaceName: 'Sundsvalls kommun' });
  }, 60_000);

  it('exits 1 with a clear message on bad input', () => {
    for (const args of [
      ['nonsense'],
      ['pairing-code', '--role', 'admin'],
      ['pairing-code', '--workspace', 'nope'],
      ['pairing-code', '--rol', 'field'],
      ['revoke'],
      ['rename', 'nope', 'x'],
      ['create-workspace'],
    ]) {
      const result = runAdmin(dir, ...args);
      expect(result.status, args.join(' ')).toBe(1);
      expect(result.stderr.trim().length, args.join(' ')).toBeGreaterThan(0);
      expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
    }
  }, 60_000);
});
