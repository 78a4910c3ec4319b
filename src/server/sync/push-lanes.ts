/**
 * One lane per device token for the push route, so a device may have several batches in flight.
 * Batches travel on separate connections and may reach the handler out of order: a batch whose
 * predecessor is still on its way would leave a gap. While another push of the same device is in
 * progress here, such a batch waits for that push to finish and tries again (at most until
 * `graceMs` after it first tried); with none in progress, or after the grace, the gap is refused
 * as before. Nothing about the order of application changes: every try is the same transaction,
 * which checks the device's last applied number and applies nothing of a batch with a gap.
 */
export interface PushLanes {
  /** A push of this device has arrived (headers read). Returns its `leave`, called once. */
  enter(key: string): () => void;
  /**
   * Runs `attempt` until its outcome is not a gap, or no other push of the device is in progress,
   * or the grace is over; the last outcome is returned.
   */
  ordered<T extends { kind: string }>(key: string, attempt: () => Promise<T>): Promise<T>;
}

interface Lane {
  inProgress: number;
  /** Counts finished pushes (attempts and departures): a waiter retries once it moves. */
  progress: number;
  waiters: Set<() => void>;
}

export function createPushLanes(graceMs = 2000): PushLanes {
  const lanes = new Map<string, Lane>();
  const advance = (lane: Lane) => {
    lane.progress += 1;
    for (const wake of [...lane.waiters]) wake();
  };
  /** Resolves once the lane has moved past `seen`, or at `deadline`. */
  const moved = (lane: Lane, seen: number, deadline: number) =>
    new Promise<void>((resolve) => {
      if (lane.progress !== seen) return resolve();
      const wake = () => {
        clearTimeout(timer);
        lane.waiters.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, Math.max(0, deadline - Date.now()));
      lane.waiters.add(wake);
    });
  return {
    enter(key) {
      let lane = lanes.get(key);
      if (!lane) lanes.set(key, (lane = { inProgress: 0, progress: 0, waiters: new Set() }));
      lane.inProgress += 1;
      const entered = lane;
      let left = false;
      return () => {
        if (left) return;
        left = true;
        entered.inProgress -= 1;
        advance(entered);
        if (entered.inProgress === 0 && entered.waiters.size === 0) lanes.delete(key);
      };
    },
    async ordered(key, attempt) {
      const lane = lanes.get(key);
      const deadline = Date.now() + graceMs;
      for (;;) {
        const seen = lane?.progress ?? 0;
        const outcome = await attempt();
        if (lane && outcome.kind !== 'gap') advance(lane);
        if (!lane || outcome.kind !== 'gap' || lane.inProgress <= 1 || Date.now() >= deadline) {
          return outcome;
        }
        await moved(lane, seen, deadline);
        if (lane.progress === seen) return outcome;
      }
    },
  };
}
