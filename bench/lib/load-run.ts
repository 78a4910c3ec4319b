import type { Mutation, PullResponse, PushResponse } from '../../src/shared/sync/protocol';
import { newId } from '../../src/shared/ids';
import { newPairingCode, pair } from './api';
import { DeviceClient } from './device-client';
import { fieldsOf, makeLogEntry, makeOrganisations, rng } from './fixtures';

export interface LoadTarget {
  /** One URL per endpoint process; devices are spread over them. */
  urls: string[];
  officeToken: string;
}

export interface LoadOptions {
  devices: number;
  durationSeconds: number;
  /** After each push, also pull one page (≤ 500 changes) since the device's checkpoint. */
  pull: boolean;
  /**
   * Open loop: the devices together offer this many mutations per second (each device sends its
   * batch on a fixed schedule, spread evenly over the devices) instead of pushing back to back.
   * Latency then counts from each batch's scheduled time, so a late send counts as waiting
   * (no coordinated omission).
   */
  offeredPerSecond?: number;
}

export interface LoadOutcome {
  seconds: number;
  applied: number;
  duplicates: number;
  rejected: number;
  /** Failed requests by kind (network error, HTTP status). */
  errors: Record<string, number>;
  appliedPerSecond: number[];
  pushLatency: number[];
  pullLatency: number[];
  pulledChanges: number;
}

const BATCH = 100;

/** A pool of realistic log-entry field sets; every mutation gets a fresh record id. */
function fieldPool(): Array<Record<string, unknown>> {
  const r = rng(5);
  const organisationIds = makeOrganisations(r, 20).map((o) => o.id);
  const now = Date.now();
  return Array.from({ length: 500 }, () =>
    fieldsOf(
      makeLogEntry(r, { organisationIds, from: now - 365 * 86_400_000, to: now - 86_400_000 }),
    ),
  );
}

/**
 * 50 (or `devices`) simulated devices, each paired with its own token and pushing batches of 100
 * new log entries with fresh sequence numbers, back to back, for a bounded time; optionally each
 * push is followed by a pull of one page. Latency is per request; applied mutations are counted
 * per second of wall time from the server's answers (duplicates and rejections apart).
 */
export async function runLoad(target: LoadTarget, options: LoadOptions): Promise<LoadOutcome> {
  const pool = fieldPool();
  const devices = [];
  for (let i = 0; i < options.devices; i++) {
    const url = target.urls[i % target.urls.length]!;
    const code = await newPairingCode(url, target.officeToken);
    devices.push(new DeviceClient(url, (await pair(url, code, `Lastenhet ${i + 1}`)).token));
  }
  const out: LoadOutcome = {
    seconds: 0,
    applied: 0,
    duplicates: 0,
    rejected: 0,
    errors: {},
    appliedPerSecond: [],
    pushLatency: [],
    pullLatency: [],
    pulledChanges: 0,
  };
  const fail = (kind: string) => (out.errors[kind] = (out.errors[kind] ?? 0) + 1);
  const start = performance.now();
  const end = start + options.durationSeconds * 1000;
  let k = 0;
  const interval = options.offeredPerSecond
    ? (BATCH * options.devices * 1000) / options.offeredPerSecond
    : 0;
  const device = async (client: DeviceClient, index: number) => {
    // Open loop: this device's n-th batch is due at `due`; closed loop: now, always.
    let due = start + (interval * index) / options.devices;
    let seq = 1;
    let checkpoint = 0;
    let batch: Mutation[] | null = null;
    while (performance.now() < end) {
      batch ??= Array.from({ length: BATCH }, (_, i) => ({
        seq: seq + i,
        table: 'logEntries',
        id: newId(),
        fields: pool[k++ % pool.length]!,
        baseVersion: 0,
        v: 1,
      }));
      if (interval > 0) {
        const wait = due - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        if (due >= end) break;
      }
      const t0 = interval > 0 ? due : performance.now();
      let res: { status: number; body: PushResponse } | null = null;
      try {
        res = await client.request<PushResponse>('POST', '/push', { mutations: batch });
      } catch {
        fail('network');
        await new Promise((r) => setTimeout(r, 100));
        continue; // the same batch again: the server may have applied it (then: duplicates)
      }
      const t1 = performance.now();
      if (res.status !== 200) {
        fail(`HTTP ${res.status}`);
        if (res.status === 429) await new Promise((r) => setTimeout(r, 1000));
        continue;
      }
      out.pushLatency.push(t1 - t0);
      due += interval;
      let applied = 0;
      for (const result of res.body.results) {
        if (result.status === 'applied') applied++;
        else if (result.status === 'duplicate') out.duplicates++;
        else out.rejected++;
      }
      out.applied += applied;
      const second = Math.floor((t1 - start) / 1000);
      out.appliedPerSecond[second] = (out.appliedPerSecond[second] ?? 0) + applied;
      seq += BATCH;
      batch = null;
      if (!options.pull || performance.now() >= end) continue;
      const p0 = performance.now();
      try {
        const pulled = await client.request<PullResponse>(
          'GET',
          `/pull?since=${checkpoint}&limit=500`,
        );
        if (pulled.status !== 200) {
          fail(`pull HTTP ${pulled.status}`);
          continue;
        }
        out.pullLatency.push(performance.now() - p0);
        checkpoint = pulled.body.checkpoint;
        out.pulledChanges += pulled.body.changes.length;
      } catch {
        fail('pull network');
      }
    }
  };
  await Promise.all(devices.map((client, i) => device(client, i)));
  for (const client of devices) client.close();
  out.seconds = (performance.now() - start) / 1000;
  // Only whole seconds inside the run count as throughput samples.
  out.appliedPerSecond = Array.from(
    { length: Math.floor(options.durationSeconds) },
    (_, i) => out.appliedPerSecond[i] ?? 0,
  );
  return out;
}
