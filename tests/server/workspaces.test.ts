import { SQLITE_MIGRATIONS } from '../../src/server/store/sqlite-migrations';
import { PG_MIGRATIONS } from '../../src/server/store/pg-migrations';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultRecords } from '../../src/shared/seed';
import type { TestServer } from './helpers';
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
import { openTestStore } from './test-store';

describe('workspaces', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    await server.close();
    removeDir(server.dir);
  });

  it('a device of workspace B never pulls A rows and cannot act on A devices', async () => {
    const a = await pairDevice(server, 'office');
    const workspaceB = await server.store.createWorkspace('Sundsvalls kommun', server.clock.now);
    const b = await pairDevice(server, 'office', workspaceB.id);
    expect(b.workspaceName).toBe('Sundsvalls kommun');
    await push(server, a, [mutation(1, contactFields())]);
    expect((await pull(server, b)).json().changes).toEqual([]);
    expect((await pull(server, a)).json().changes).toHaveLength(1);

    const revoke = await server.app.inject({
      method: 'POST',
      url: `/api/v1/devices/${a.deviceId}/revoke`,
      headers: b.auth,
      payload: { lost: true },
    });
    expect(revoke.statusCode).toBe(404);
    const rename = await server.app.inject({
      method: 'PATCH',
      url: `/api/v1/devices/${a.deviceId}`,
      headers: b.auth,
      payload: { name: 'Kapad' },
    });
    expect(rename.statusCode).toBe(404);
    const list = await server.app.inject({
      method: 'GET',
      url: '/api/v1/devices',
      headers: b.auth,
    });
    expect(list.json().devices.map((d: { id: string }) => d.id)).toEqual([b.deviceId]);
    expect((await server.store.getDevice(a.deviceId))!.revokedAt).toBeNull();
  });

  it('a same record id in two workspaces is two records', async () => {
    const a = await pairDevice(server, 'office');
    const workspaceB = await server.store.createWorkspace('B', server.clock.now);
    const b = await pairDevice(server, 'office', workspaceB.id);
    const m = mutation(1, contactFields({ note: 'A' }));
    await push(server, a, [m]);
    await push(server, b, [{ ...m, fields: contactFields({ note: 'B' }) }]);
    expect((await pull(server, a)).json().changes[0].data.note).toBe('A');
    expect((await pull(server, b)).json().changes[0].data.note).toBe('B');
  });

  it('seeds default records once: reopening the store adds no rows and bumps no version', async () => {
    const count = () => serverSql(server, 'SELECT COUNT(*) AS n, MAX(version) AS v FROM records');
    const expected = defaultRecords().length;
    expect(await count()).toEqual([{ n: expected, v: 0 }]);
    await server.close();
    server = await startTestServer({}, server.dir);
    expect(await count()).toEqual([{ n: expected, v: 0 }]);
    const counter = await serverSql(server, 'SELECT version_counter FROM workspaces');
    expect(counter).toEqual([{ version_counter: 0 }]);
    expect(await server.store.listWorkspaces()).toHaveLength(1);
  });

  it('a new workspace is seeded the same way', async () => {
    const workspace = await server.store.createWorkspace('Ny', server.clock.now);
    const n = await serverSql(
      server,
      'SELECT COUNT(*) AS n FROM records WHERE workspace_id = ? AND version = 0',
      workspace.id,
    );
    expect(n).toEqual([{ n: defaultRecords().length }]);
  });

  it('records applied migrations and applies none twice', async () => {
    const reopened = await openTestStore(server.dir, () => server.clock.now);
    await reopened.close();
    const rows = await serverSql(server, 'SELECT id, name FROM schema_migrations ORDER BY id');
    const migrations = process.env.TEST_STORE === 'postgres' ? PG_MIGRATIONS : SQLITE_MIGRATIONS;
    expect(rows).toEqual(migrations.map(({ id, name }) => ({ id, name })));
    expect(rows[0]).toEqual({ id: 1, name: 'init' });
    expect(await server.store.listWorkspaces()).toHaveLength(1);
  });
});
