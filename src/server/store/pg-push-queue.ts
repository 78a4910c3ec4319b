import type pg from 'pg';
import { PgPushTransaction } from './pg-push-tx';
import type { PushTx, RecordKey } from './types';

interface Job {
  deviceId: string;
  reads: RecordKey[];
  fn: (tx: PushTx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export interface PushQueueOptions {
  /** Most pushes applied in one transaction. */
  maxGroup?: number;
  /** Transactions of one workspace in flight from this process (the next waits for the lock). */
  maxInFlight?: number;
}

/**
 * Group commit for the pushes of a workspace. PostgreSQL applies a workspace's pushes one after
 * the other (they hold its row's lock, see pg-push-tx.ts), and each transaction costs a round trip
 * under that lock and a turn of this process's event loop. So pushes that arrive while the
 * workspace's transactions are busy wait here and then go together, in arrival order, in one
 * transaction, each through its own view: the same effects, answers and order as one transaction
 * each, at a fraction of the cost. An idle workspace's push starts at once, alone.
 *
 * Two transactions of a workspace may be in flight, so the next one's opening statement already
 * waits at the database when the lock comes free. Every answer is given only after the commit. If
 * a grouped transaction fails, each of its pushes is tried again alone, so one push's failure is
 * never another's.
 */
export class PgPushQueue {
  private readonly waiting = new Map<string, Job[]>();
  private readonly inFlight = new Map<string, number>();
  private readonly maxGroup: number;
  private readonly maxInFlight: number;

  constructor(
    private readonly pool: pg.Pool,
    options: PushQueueOptions = {},
  ) {
    this.maxGroup = options.maxGroup ?? 20;
    this.maxInFlight = options.maxInFlight ?? 2;
  }

  run<T>(
    workspaceId: string,
    deviceId: string,
    reads: RecordKey[],
    fn: (tx: PushTx) => Promise<T>,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const queue = this.waiting.get(workspaceId) ?? [];
      queue.push({ deviceId, reads, fn, resolve: resolve as (value: unknown) => void, reject });
      this.waiting.set(workspaceId, queue);
      this.startNext(workspaceId);
    });
  }

  private startNext(workspaceId: string): void {
    const queue = this.waiting.get(workspaceId);
    const running = this.inFlight.get(workspaceId) ?? 0;
    if (!queue || queue.length === 0 || running >= this.maxInFlight) return;
    const jobs = queue.splice(0, this.maxGroup);
    if (queue.length === 0) this.waiting.delete(workspaceId);
    this.inFlight.set(workspaceId, running + 1);
    void this.runGroup(workspaceId, jobs).finally(() => {
      const left = (this.inFlight.get(workspaceId) ?? 1) - 1;
      if (left === 0) this.inFlight.delete(workspaceId);
      else this.inFlight.set(workspaceId, left);
      this.startNext(workspaceId);
    });
  }

  private async runGroup(workspaceId: string, jobs: Job[]): Promise<void> {
    let results: unknown[];
    try {
      results = await this.transaction(workspaceId, jobs);
    } catch (error) {
      if (jobs.length === 1) {
        jobs[0]!.reject(error);
        return;
      }
      for (const job of jobs) await this.runGroup(workspaceId, [job]);
      return;
    }
    jobs.forEach((job, i) => job.resolve(results[i]));
  }

  private async transaction(workspaceId: string, jobs: Job[]): Promise<unknown[]> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      const tx = await PgPushTransaction.begin(
        client,
        workspaceId,
        jobs.map((j) => j.deviceId),
        jobs.flatMap((j) => j.reads),
      );
      const results: unknown[] = [];
      for (const job of jobs) results.push(await job.fn(tx.view(job.deviceId)));
      await tx.commit();
      return results;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: Error) => {
        // The connection itself failed: do not give it back to the pool.
        broken = rollbackError;
      });
      throw error;
    } finally {
      client.release(broken);
    }
  }
}
