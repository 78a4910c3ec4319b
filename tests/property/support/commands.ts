import fc from 'fast-check';
import type { AsyncCommand } from 'fast-check';
import { yieldTicks } from './rng';
import { performResolve, performWrite, writeOpArb, type WriteOp } from './operations';
import type { ServerHolder } from './server-holder';
import { pairSimDevice, syncSimDevice, type SimDevice } from './sim-device';

/** The real system a scenario drives. */
export interface World {
  holder: ServerHolder;
  devices: SimDevice[];
  /** What happened, for the report of a failing scenario. */
  trace: string[];
}

/** The model: how many devices there are (commands name them by index modulo this). */
export interface Model {
  deviceCount: number;
}

type Command = AsyncCommand<Model, World>;

const deviceOf = (world: World, index: number) => world.devices[index % world.devices.length]!;

async function syncOne(world: World, device: SimDevice): Promise<void> {
  if (!device.paired && !(await pairSimDevice(device, world.holder, 2))) {
    world.trace.push(`d${device.index}: pairing failed`);
    return;
  }
  const outcome = await syncSimDevice(device);
  world.trace.push(`d${device.index}: sync ${outcome.ok ? 'ok' : outcome.reason}`);
}

/** A change made on one device, offline. */
export class WriteCommand implements Command {
  constructor(
    readonly device: number,
    readonly op: WriteOp,
  ) {}
  check = () => true;
  async run(_m: Model, world: World) {
    const d = deviceOf(world, this.device);
    world.trace.push(`d${d.index}: ${await performWrite(d.db, this.op)}`);
  }
  toString = () => `write(d${this.device}, ${JSON.stringify(this.op)})`;
}

/** Some devices sync at the same time (their requests interleave on the endpoint). */
export class SyncCommand implements Command {
  constructor(readonly devices: number[]) {}
  check = () => true;
  async run(_m: Model, world: World) {
    const chosen = [...new Set(this.devices.map((i) => deviceOf(world, i)))];
    await Promise.all(chosen.map((d) => syncOne(world, d)));
  }
  toString = () => `sync(${this.devices.map((d) => `d${d}`).join(',')})`;
}

/** A device syncs while the person keeps typing: the write lands in the middle of push or pull. */
export class SyncWhileWritingCommand implements Command {
  constructor(
    readonly device: number,
    readonly ticks: number,
    readonly op: WriteOp,
  ) {}
  check = () => true;
  async run(_m: Model, world: World) {
    const d = deviceOf(world, this.device);
    const write = (async () => {
      await yieldTicks(this.ticks);
      world.trace.push(`d${d.index}: during sync ${await performWrite(d.db, this.op)}`);
    })();
    await Promise.all([syncOne(world, d), write]);
  }
  toString = () =>
    `syncWhileWriting(d${this.device}, after ${this.ticks} ticks, ${JSON.stringify(this.op)})`;
}

export class ResolveCommand implements Command {
  constructor(
    readonly device: number,
    readonly pick: number,
    readonly choice: 'shown' | 'other',
  ) {}
  check = () => true;
  async run(_m: Model, world: World) {
    const d = deviceOf(world, this.device);
    world.trace.push(`d${d.index}: ${await performResolve(d.db, this.pick, this.choice)}`);
  }
  toString = () => `resolve(d${this.device}, ${this.pick}, ${this.choice})`;
}

/** The endpoint stops and starts again on the same SQLite file. */
export class RestartCommand implements Command {
  check = () => true;
  async run(_m: Model, world: World) {
    await world.holder.restart();
    world.trace.push('endpoint restarted');
  }
  toString = () => 'restart()';
}

/** Requests held in the network arrive now, long after the devices gave up on them. */
export class DeliverLateCommand implements Command {
  check = () => true;
  async run(_m: Model, world: World) {
    for (const d of world.devices) await d.network.deliverLate();
    world.trace.push('late requests delivered');
  }
  toString = () => 'deliverLate()';
}

const device = fc.nat({ max: 3 });

const subset = fc.uniqueArray(device, { minLength: 1, maxLength: 4 });
const write = fc.tuple(device, writeOpArb).map(([d, op]): Command => new WriteCommand(d, op));

/** Mostly offline changes and syncs; now and then a restart, late requests, a resolved conflict. */
export const commandArb: fc.Arbitrary<Command> = fc.oneof(
  { weight: 9, arbitrary: write },
  { weight: 5, arbitrary: subset.map((devices): Command => new SyncCommand(devices)) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(device, fc.nat({ max: 12 }), writeOpArb)
      .map(([d, ticks, op]): Command => new SyncWhileWritingCommand(d, ticks, op)),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(device, fc.nat({ max: 2 }), fc.constantFrom('shown' as const, 'other' as const))
      .map(([d, pick, choice]): Command => new ResolveCommand(d, pick, choice)),
  },
  { weight: 1, arbitrary: fc.constant<Command>(new RestartCommand()) },
  { weight: 1, arbitrary: fc.constant<Command>(new DeliverLateCommand()) },
);
