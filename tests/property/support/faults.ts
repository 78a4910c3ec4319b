import { NetworkError, type Transport } from '../../../src/sync';
import { yieldTicks, type Rng } from './rng';

/** Probabilities of each fault, per request. */
export interface FaultRates {
  /** Lost on the way out: the endpoint never sees it. */
  dropRequest: number;
  /** The endpoint handles it, the answer is lost: the device cannot tell it from dropRequest. */
  dropAnswer: number;
  /** Sent twice (at once or one after the other); the device hears one of the two answers. */
  duplicate: number;
  /** Held in the network and delivered later, after the device gave up on it (a reordering). */
  late: number;
  /** Up to this many event-loop turns before and after, so concurrent requests overtake each other. */
  maxDelayTicks: number;
}

export const DEFAULT_FAULTS: FaultRates = {
  dropRequest: 0.12,
  dropAnswer: 0.12,
  duplicate: 0.1,
  late: 0.08,
  maxDelayTicks: 4,
};

export interface FaultStats {
  requests: number;
  droppedRequests: number;
  droppedAnswers: number;
  duplicated: number;
  late: number;
}

/**
 * A transport that loses, duplicates, delays and reorders requests, driven by a seeded PRNG so a
 * scenario replays the same faults. `enabled = false` makes it a perfect network. Late requests
 * wait in `held` until `deliverLate()` sends them (their answers go nowhere).
 */
export class FaultyNetwork {
  enabled = true;
  readonly stats: FaultStats = {
    requests: 0,
    droppedRequests: 0,
    droppedAnswers: 0,
    duplicated: 0,
    late: 0,
  };
  private held: Array<Parameters<Transport>[0]> = [];

  constructor(
    private readonly inner: Transport,
    private readonly rng: Rng,
    private readonly rates: FaultRates = DEFAULT_FAULTS,
  ) {}

  readonly transport: Transport = async (request) => {
    this.stats.requests += 1;
    if (!this.enabled) return this.inner(request);
    const r = this.rng();
    const { dropRequest, dropAnswer, duplicate, late } = this.rates;
    if (r < dropRequest) {
      this.stats.droppedRequests += 1;
      await yieldTicks(this.ticks());
      throw new NetworkError(new Error('request lost'));
    }
    if (r < dropRequest + late) {
      this.stats.late += 1;
      this.held.push(structuredClone(request));
      throw new NetworkError(new Error('request delayed in the network'));
    }
    await yieldTicks(this.ticks());
    let response;
    if (r < dropRequest + late + duplicate) {
      this.stats.duplicated += 1;
      const together = this.rng() < 0.5;
      const pair = together
        ? await Promise.all([this.inner(request), this.inner(request)])
        : [await this.inner(request), await this.inner(request)];
      response = pair[this.rng() < 0.5 ? 0 : 1]!;
    } else {
      response = await this.inner(request);
    }
    await yieldTicks(this.ticks());
    if (r < dropRequest + late + duplicate + dropAnswer) {
      this.stats.droppedAnswers += 1;
      throw new NetworkError(new Error('answer lost'));
    }
    return response;
  };

  /** Delivers some (all, with `all`) of the held requests, in a shuffled order. */
  async deliverLate(all = false): Promise<void> {
    const keep: typeof this.held = [];
    const send: typeof this.held = [];
    for (const request of this.held) (all || this.rng() < 0.6 ? send : keep).push(request);
    this.held = keep;
    for (let i = send.length - 1; i > 0; i--) {
      const j = Math.floor(this.rng() * (i + 1));
      [send[i], send[j]] = [send[j]!, send[i]!];
    }
    for (const request of send) {
      try {
        await this.inner(request);
      } catch {
        // A late request may meet a closed endpoint: it is lost, as it would be.
      }
    }
  }

  private ticks(): number {
    return Math.floor(this.rng() * (this.rates.maxDelayTicks + 1));
  }
}
