import { VarnaDB, ensureDefaults } from '../../../src/db';
import { issuePairingCode } from '../../../src/server/pairing';
import { PairingError, createSyncEngine, pairDevice, type SyncOutcome } from '../../../src/sync';
import type { Transport } from '../../../src/sync';
import { FaultyNetwork, type FaultRates } from './faults';
import { seededRng } from './rng';
import type { ServerHolder } from './server-holder';
import { SIM_SERVER_URL } from './transports';

/** A simulated phone or desktop: its own IndexedDB, the real sync engine, its own faulty network. */
export interface SimDevice {
  index: number;
  db: VarnaDB;
  engine: ReturnType<typeof createSyncEngine>;
  network: FaultyNetwork;
  paired: boolean;
}

export async function createSimDevice(
  index: number,
  toServer: Transport,
  faultSeed: number,
  rates?: FaultRates,
): Promise<SimDevice> {
  const db = new VarnaDB(`sim-${index}-${crypto.randomUUID()}`);
  await ensureDefaults(db);
  const network = new FaultyNetwork(toServer, seededRng(faultSeed * 31 + index), rates);
  // Timers never fire on their own here: the scenario decides when each device syncs.
  const engine = createSyncEngine({
    db,
    transport: network.transport,
    afterWriteDelayMs: 3_600_000,
    intervalMs: 3_600_000,
  });
  return { index, db, engine, network, paired: false };
}

/**
 * Pairs the device through its (faulty) network, with a fresh code for each attempt: a code whose
 * answer was lost has been used up on the server. Gives up after `attempts` tries.
 */
export async function pairSimDevice(
  device: SimDevice,
  holder: ServerHolder,
  attempts = 8,
): Promise<boolean> {
  for (let i = 0; i < attempts && !device.paired; i++) {
    const { store, now } = holder.current;
    const workspace = await store.defaultWorkspace();
    const role = device.index === 0 ? 'office' : 'field';
    const { code } = await issuePairingCode(store, workspace.id, role, now);
    try {
      await pairDevice(device.db, device.network.transport, SIM_SERVER_URL, code, `Enhet ${i}`);
      device.paired = true;
    } catch (error) {
      if (!(error instanceof PairingError)) throw error;
    }
  }
  return device.paired;
}

/** One sync; the engine's own retry timer is cancelled, the scenario syncs when it chooses. */
export async function syncSimDevice(device: SimDevice): Promise<SyncOutcome> {
  try {
    return await device.engine.syncNow();
  } finally {
    device.engine.stop();
  }
}

export async function disposeSimDevice(device: SimDevice): Promise<void> {
  device.engine.stop();
  device.db.close();
  await device.db.delete();
}
