import fc from 'fast-check';
import { expect } from 'vitest';
import type { Transport } from '../../../src/sync';
import { expectEachChangeAppliedOnce, expectNothingPending, expectWritesPresent } from './checks';
import { performWrite, writeOpArb, type WriteOp } from './operations';
import { commandArb, type Model, type World } from './commands';
import { deviceTables, serverTables } from './final-state';
import { startServerHolder, type ServerHolder } from './server-holder';
import { newServerLog, recordingTransport } from './server-log';
import {
  createSimDevice,
  disposeSimDevice,
  pairSimDevice,
  syncSimDevice,
  type SimDevice,
} from './sim-device';
import { httpTransport, injectTransport } from './transports';

/** Totals over every scenario run in this process, printed by the test (is it testing anything?). */
export const totals = {
  scenarios: 0,
  requests: 0,
  droppedRequests: 0,
  droppedAnswers: 0,
  duplicated: 0,
  late: 0,
  restarts: 0,
  applied: 0,
  duplicateAnswers: 0,
  conflicts: 0,
  gaps: 0,
};

function count(
  devices: SimDevice[],
  holder: ServerHolder,
  log: ReturnType<typeof newServerLog>,
  conflicts: number,
): void {
  totals.scenarios += 1;
  for (const d of devices) {
    const s = d.network.stats;
    totals.requests += s.requests;
    totals.droppedRequests += s.droppedRequests;
    totals.droppedAnswers += s.droppedAnswers;
    totals.duplicated += s.duplicated;
    totals.late += s.late;
  }
  totals.restarts += holder.restarts;
  totals.applied += log.answers.filter((a) => a.status === 'applied').length;
  totals.duplicateAnswers += log.answers.filter((a) => a.status === 'duplicate').length;
  totals.gaps += log.statuses.filter((s) => s === 409).length;
  totals.conflicts += conflicts;
}

export interface ScenarioInput {
  deviceCount: number;
  faultSeed: number;
  /** Changes each device makes offline before anything else happens. */
  offline: WriteOp[][];
  commands: Iterable<fc.AsyncCommand<Model, World>>;
}

/** Scenarios: 2–4 devices, a seed for the network's faults, and up to 15 steps. */
export const scenarioArb = (maxCommands = 15): fc.Arbitrary<ScenarioInput> =>
  fc.record({
    deviceCount: fc.integer({ min: 2, max: 4 }),
    faultSeed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    offline: fc.array(fc.array(writeOpArb, { maxLength: 3 }), { minLength: 4, maxLength: 4 }),
    commands: fc.commands([commandArb], { maxCommands, size: 'max' }),
  });

/**
 * Runs one scenario against a fresh endpoint: the steps with faults on, then every late request
 * delivered, the network repaired and every device synced twice. Then checks convergence.
 */
export async function runScenario(input: ScenarioInput, http = false): Promise<void> {
  const holder: ServerHolder = await startServerHolder(http);
  const log = newServerLog();
  const inner: Transport = http ? httpTransport(holder) : injectTransport(holder);
  const toServer = recordingTransport(inner, log);
  const devices: SimDevice[] = [];
  const world: World = { holder, devices, trace: [] };
  try {
    for (let i = 0; i < input.deviceCount; i++) {
      devices.push(await createSimDevice(i, toServer, input.faultSeed));
    }
    for (const d of devices) {
      for (const op of input.offline[d.index] ?? []) {
        world.trace.push(`d${d.index}: offline ${await performWrite(d.db, op)}`);
      }
    }
    await fc.asyncModelRun(
      () => ({ model: { deviceCount: input.deviceCount }, real: world }),
      [...input.commands],
    );
    for (const d of devices) {
      await d.network.deliverLate(true);
      d.network.enabled = false;
    }
    for (let round = 0; round < 2; round++) {
      for (const d of devices) {
        if (!d.paired) expect(await pairSimDevice(d, holder, 1)).toBe(true);
        const outcome = await syncSimDevice(d);
        expect(outcome, `final sync of d${d.index}`).toMatchObject({ ok: true });
      }
    }
    await expectNothingPending(devices);
    await expectEachChangeAppliedOnce(devices, log);
    const server = await serverTables(holder);
    for (const d of devices) {
      expect(await deviceTables(d.db), `d${d.index} holds what the endpoint holds`).toEqual(server);
    }
    expectWritesPresent(server, log);
    expect(log.statuses.filter((s) => s >= 500)).toEqual([]);
    count(devices, holder, log, Object.keys(server.conflicts ?? {}).length);
  } catch (error) {
    if (error instanceof Error) error.message += `\ntrace:\n  ${world.trace.join('\n  ')}`;
    throw error;
  } finally {
    for (const d of devices) await disposeSimDevice(d);
    await holder.dispose();
  }
}
