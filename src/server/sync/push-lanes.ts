/**
 * One lane per device token for the push route, so a device may have several batches in flight.
 * Batches travel on separate connections and may reach the handler out of order: a batch whose
 * predecessor is still on its way would leave a gap. Such a batch waits and tries again once a
 * push of the device has finished, at most until `graceMs` after it first tried. While no other
 * push of the device is in progress here, it waits only `arrivalMs` for one to arrive: the
 * endpoint often runs a whole push within one turn of its event loop, so the predecessor, sent
 * first on another connection, may not have been read yet. After that, or after the grace, the
 * gap is refused as before. Nothing about the order of application changes: every try is the
 * same transaction, which checks the device's last applied number and applies nothing of a batch
 * with a gap.
 */
export interface PushLanes {
  /** A push of this device has arrived (headers read). Returns its `leave`, called once. */
  enter(key: string): () => void;
  /**
   * Runs `attempt` until its outcome is not a gap, or no push of the device has finished or
   * arrived while it waited (see above); the last outcome is returned.
   */
  ordered<T extends { kind: string }>(key: string, attempt: () => Promise<T>): Promise<T>;
}

interface Lane {
  inProgress: number;
  /** Counts finished pushes (attempts and departures): a waiter retries once it moves. */
  progress: number;
  /** Woken when the lane moves on and when a push of the device arrives. */
  waiters: Set<() => void>;
}

export function createPushLanes(graceMs = 2000, arrivalMs = 250): PushLanes {
  const lanes = new Map<string, Lane>();
  const wakeAll = (lane: Lane) => {
    for (const wake of [...lane.waiters]) wake();
  };
  const advance = (lane: Lane) => {
    lane.progress += 1;
    wakeAll(lane);
  };
  /** Resolves when the lane is woken, or at `until`. */
  const woken = (lane: Lane, until: number) =>
    new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        lane.waiters.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, Math.max(0, until - Date.now()));
      lane.waiters.add(wake);
    });
  /**
   * Waits until the lane has moved past `seen`, or the deadline: the grace while another push of
   * the device is in progress, else `arrival` (one may still be on its way).
   */
  const moved = async (lane: Lane, seen: number, arrival: number, deadline: number) => {
    for (;;) {
      const until = lane.inProgress > 1 ? deadline : Math.min(arrival, deadline);
      if (lane.progress !== seen || Date.now() >= until) return;
      await woken(lane, until);
    }
  };
  return {
    enter(key) {
      let lane = lanes.get(key);
      if (!lane) lanes.set(key, (lane = { inProgress: 0, progress: 0, waiters: new Set() }));
      lane.inProgress += 1;
      wakeAll(lane);
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
        if (!lane || outcome.kind !== 'gap' || Date.now() >= deadline) return outcome;
        await moved(lane, seen, Date.now() + arrivalMs, deadline);
        if (lane.progress === seen) return outcome;
      }
    },
  };
}
