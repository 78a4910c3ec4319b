import { META, VarnaDB, ensureDefaults, setMeta } from '../../src/db';
import type { Pairing } from '../../src/sync';

/** The endpoint address the sync unit tests' fake transports answer for. */
export const TEST_SERVER = 'https://varna.example';

/**
 * A fresh device database with the default data, paired (as a field device) with the endpoint at
 * TEST_SERVER. The caller deletes it after the test.
 */
export async function pairedTestDevice(workspaceId = 'ws-1'): Promise<VarnaDB> {
  const db = new VarnaDB(`t-${crypto.randomUUID()}`);
  await ensureDefaults(db);
  const pairing: Pairing = {
    serverUrl: TEST_SERVER,
    token: 't',
    deviceId: 'd',
    workspaceId,
    workspaceName: 'Timrå kommun',
    role: 'field',
    pairedAt: '2025-03-01T10:00:00.000Z',
  };
  await setMeta(db, META.pairing, pairing);
  return db;
}
