import { describe, expect, it } from 'vitest';
import { createPushLanes } from '../../src/server/sync/push-lanes';

type Outcome = { kind: 'gap'; lastApplied: number } | { kind: 'done' };

/** A device's server-side state: the last applied number, and batches that apply in order. */
function deviceState() {
  let last = 0;
  const applied: number[] = [];
  const attempt = (first: number, count: number) => (): Promise<Outcome> => {
    if (first !== last + 1) return Promise.resolve({ kind: 'gap', lastApplied: last });
    for (let seq = first; seq < first + count; seq++) applied.push(seq);
    last = first + count - 1;
    return Promise.resolve({ kind: 'done' });
  };
  return { attempt, applied };
}

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('push lanes', () => {
  it('holds a batch that arrives before its predecessor, when no other push is in progress yet', async () => {
    const lanes = createPushLanes(2000, 500);
    const device = deviceState();
    // The second batch is read and tried first, with nothing else of the device in progress.
    const leaveSecond = lanes.enter('device');
    const second = lanes.ordered('device', device.attempt(101, 100));
    await later(20);
    const leaveFirst = lanes.enter('device');
    const first = await lanes.ordered('device', device.attempt(1, 100));
    leaveFirst();
    expect(first.kind).toBe('done');
    expect((await second).kind).toBe('done');
    leaveSecond();
    expect(device.applied).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
  });

  it('refuses a gap once no predecessor has arrived within the arrival wait', async () => {
    const lanes = createPushLanes(2000, 50);
    const device = deviceState();
    const leave = lanes.enter('device');
    const started = Date.now();
    const outcome = await lanes.ordered('device', device.attempt(101, 100));
    leave();
    expect(outcome).toEqual({ kind: 'gap', lastApplied: 0 });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(device.applied).toEqual([]);
  });

  it('keeps devices apart: another device’s push does not release a held batch', async () => {
    const lanes = createPushLanes(2000, 50);
    const device = deviceState();
    const other = deviceState();
    const leave = lanes.enter('device');
    const held = lanes.ordered('device', device.attempt(101, 100));
    const leaveOther = lanes.enter('other');
    expect((await lanes.ordered('other', other.attempt(1, 100))).kind).toBe('done');
    leaveOther();
    expect(await held).toEqual({ kind: 'gap', lastApplied: 0 });
    leave();
  });
});
