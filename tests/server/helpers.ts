import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { newId } from '../../src/shared/ids';
import type { DeviceRole, Mutation, PairResponse } from '../../src/shared/sync/protocol';
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import type { ServerConfig } from '../../src/server/config';
import { issuePairingCode } from '../../src/server/pairing';
import { SqliteStore } from '../../src/server/store/sqlite-store';
import type { Store } from '../../src/server/store/types';
import { openTestStore, sqlAll } from './test-store';

export { TEST_STORE, prepareStore, removeDir, storeEnv } from './test-store';

/**
 * A real store in a fresh temp dir (the SQLite file there, or with TEST_STORE=postgres a fresh
 * PostgreSQL database for the dir: see test-store.ts), an app on it, and a clock the test can move.
 */
export interface TestServer {
  dir: string;
  config: ServerConfig;
  store: Store;
  app: FastifyInstance;
  clock: { now: number };
  close(): Promise<void>;
}

export async function startTestServer(
  env: Record<string, string> = {},
  dir = mkdtempSync(path.join(os.tmpdir(), 'varna-server-')),
): Promise<TestServer> {
  const config = loadConfig({
    DATA_DIR: dir,
    STATIC_DIR: path.join(dir, 'no-dist'),
    PUBLIC_URL: 'https://varna.example',
    ...env,
  });
  const clock = { now: Date.parse('2025-03-01T10:00:00Z') };
  const now = () => clock.now;
  const store = await openTestStore(dir, now);
  const app = await buildApp({ store, config, now });
  return {
    dir,
    config,
    store,
    app,
    clock,
    async close() {
      await app.close();
      await store.close();
    },
  };
}

/** SQLite only: the store's connection, for tests of SQLite itself (pragmas). */
export function dbOf(store: Store): Database {
  if (!(store instanceof SqliteStore)) throw new Error('dbOf: not a SQLite store');
  return (store as unknown as { db: Database }).db;
}

/** Rows of one SQL statement on the server's store, either store (see sqlAll in test-store.ts). */
export const serverSql = (server: TestServer, sql: string, ...params: unknown[]) =>
  sqlAll(server.dir, server.store, sql, params);

export interface PairedDevice extends PairResponse {
  auth: { authorization: string };
}

/** Pairs a new device with a code issued directly by the store. */
export async function pairDevice(
  server: TestServer,
  role: DeviceRole = 'office',
  workspaceId?: string,
  deviceName = 'Testenhet',
): Promise<PairedDevice> {
  const workspace = workspaceId ?? (await server.store.defaultWorkspace()).id;
  const { code } = await issuePairingCode(server.store, workspace, role, server.clock.now);
  const res = await server.app.inject({
    method: 'POST',
    url: '/api/v1/pair',
    payload: { code, deviceName },
  });
  if (res.statusCode !== 200) throw new Error(`pairing failed: ${res.statusCode} ${res.body}`);
  const body = res.json<PairResponse>();
  return { ...body, auth: { authorization: `Bearer ${body.token}` } };
}

export function push(
  server: TestServer,
  device: PairedDevice,
  mutations: unknown[],
  actor?: string,
) {
  return server.app.inject({
    method: 'POST',
    url: '/api/v1/push',
    headers: device.auth,
    payload: { mutations, ...(actor ? { actor } : {}) },
  });
}

export function pull(server: TestServer, device: PairedDevice, since = 0, limit?: number) {
  const query = `since=${since}${limit ? `&limit=${limit}` : ''}`;
  return server.app.inject({ method: 'GET', url: `/api/v1/pull?${query}`, headers: device.auth });
}

/** Every field of a valid contact, so a create passes the full schema. */
export function contactFields(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    deleted: false,
    updatedAt: '2025-03-01T10:00:00.000Z',
    role: 'Samordnare',
    organisation: 'Timrå kommun',
    name: '',
    phones: [],
    email: '',
    category: 'kommunen',
    note: '',
    verifiedAt: null,
    ...overrides,
  };
}

export function mutation(
  seq: number,
  fields: Record<string, unknown>,
  opts: { id?: string; table?: string; baseVersion?: number; v?: number } = {},
): Mutation {
  return {
    seq,
    table: opts.table ?? 'contacts',
    id: opts.id ?? newId(),
    fields,
    baseVersion: opts.baseVersion ?? 0,
    v: opts.v ?? 1,
  };
}
