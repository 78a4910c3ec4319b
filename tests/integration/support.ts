import type { AddressInfo } from 'node:net';
import { VarnaDB, ensureDefaults } from '../../src/db';
import { issuePairingCode } from '../../src/server/pairing';
import { createSyncEngine, fetchTransport, pairDevice, type Transport } from '../../src/sync';
import { SYNCED_TABLES } from '../../src/shared/schemas';
import type { DeviceRole } from '../../src/shared/sync/protocol';
import { startTestServer, type TestServer } from '../server/helpers';

/** The real endpoint on 127.0.0.1 with a real store (see TEST_STORE), reached over real HTTP. */
export interface LiveServer extends TestServer {
  url: string;
}

export async function startLiveServer(): Promise<LiveServer> {
  const server = await startTestServer();
  await server.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = server.app.server.address() as AddressInfo;
  return Object.assign(server, { url: `http://127.0.0.1:${port}` });
}

/** A device: its own IndexedDB (fake-indexeddb), the default data, and the real sync engine. */
export interface Device {
  db: VarnaDB;
  engine: ReturnType<typeof createSyncEngine>;
  transport: FaultyTransport;
}

/** A transport that can lose answers after the server applied the request, or send requests twice. */
export interface FaultyTransport extends Transport {
  loseNextAnswers: (count: number, path?: string) => void;
  duplicateNext: (count: number, path?: string) => void;
  requests: string[];
}

export function faultyTransport(inner: Transport = fetchTransport): FaultyTransport {
  let lose = 0;
  let losePath = '';
  let duplicate = 0;
  let duplicatePath = '';
  const requests: string[] = [];
  const transport = (async (request) => {
    const path = new URL(request.url).pathname;
    requests.push(`${request.method} ${path}`);
    if (duplicate > 0 && path.includes(duplicatePath)) {
      duplicate -= 1;
      await inner(request);
    }
    const response = await inner(request);
    if (lose > 0 && path.includes(losePath)) {
      lose -= 1;
      throw new TypeError('fetch failed (answer lost)');
    }
    return response;
  }) as FaultyTransport;
  transport.loseNextAnswers = (count, path = '') => {
    lose = count;
    losePath = path;
  };
  transport.duplicateNext = (count, path = '') => {
    duplicate = count;
    duplicatePath = path;
  };
  transport.requests = requests;
  return transport;
}

/** `inner` is the transport under the faulty one (the real fetch unless a test injects faults). */
export async function newDevice(inner: Transport = fetchTransport): Promise<Device> {
  const db = new VarnaDB(`dev-${crypto.randomUUID()}`);
  await ensureDefaults(db);
  const transport = faultyTransport(inner);
  const engine = createSyncEngine({
    db,
    transport,
    afterWriteDelayMs: 60_000,
    intervalMs: 3_600_000,
  });
  return { db, engine, transport };
}

export async function pair(
  server: LiveServer,
  device: Device,
  role: DeviceRole = 'field',
): Promise<void> {
  const workspace = await server.store.defaultWorkspace();
  const { code } = await issuePairingCode(server.store, workspace.id, role, server.clock.now);
  await pairDevice(device.db, device.transport, server.url, code, `Enhet ${role}`);
}

/** Every synced table's rows, sorted by id, for comparing devices. */
export async function snapshot(db: VarnaDB): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of SYNCED_TABLES) {
    const rows = await db.table(table).toArray();
    out[table] = rows.sort((a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id));
  }
  return out;
}
