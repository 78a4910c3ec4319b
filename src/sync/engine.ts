import type { VarnaDB } from '../db';
import {
  LockedError,
  META,
  getMeta,
  onLocalCommit,
  sessionOf,
  setMeta,
  wipeLocalData,
} from '../db';
import { AuthError, messageForUser } from './errors';
import { getPairing } from './pairing-state';
import { pullHistory } from './history-pull';
import { pullChanges } from './pull';
import { pushOutbox } from './push';
import { syncStatus } from './status-store';
import { NetworkError, fetchTransport, type Transport } from './transport';
import { sendWipeReport } from './wipe-report';

export interface SyncEngineOptions {
  db: VarnaDB;
  transport?: Transport;
  /** Delay after a local write before syncing (ms). */
  afterWriteDelayMs?: number;
  /** Periodic sync (ms). */
  intervalMs?: number;
}

export type SyncOutcome =
  | { ok: true; pushed: number; pulled: number }
  | {
      ok: false;
      reason: 'unpaired' | 'revoked' | 'busy' | 'offline' | 'error' | 'locked';
      message?: string;
    };

const LOCK_NAME = 'varna-sync';
const MAX_BACKOFF_MS = 5 * 60_000;

/** Runs `task` holding the cross-tab sync lock, or not at all if another tab holds it. */
async function withSyncLock<T>(task: () => Promise<T>): Promise<T | 'busy'> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return task();
  return locks.request(LOCK_NAME, { ifAvailable: true }, async (lock) =>
    lock ? task() : ('busy' as const),
  );
}

/**
 * The client sync engine: push the outbox, then pull since the checkpoint. One sync runs at a
 * time (in this tab by a promise, across tabs by a Web Lock). Triggers: start, `online`, the page
 * becoming visible, shortly after a local write, a timer and "Synka nu". Failures back off
 * exponentially with jitter; a refused token (401) stops sync and keeps the outbox.
 */
export function createSyncEngine({
  db,
  transport = fetchTransport,
  afterWriteDelayMs = 2000,
  intervalMs = 5 * 60_000,
}: SyncEngineOptions) {
  let running: Promise<SyncOutcome> | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let writeTimer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  const cleanups: Array<() => void> = [];

  const scheduleRetry = () => {
    clearTimeout(retryTimer);
    const base = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(failures, 12));
    retryTimer = setTimeout(() => void syncNow(), base / 2 + Math.random() * (base / 2));
  };

  async function runOnce(): Promise<SyncOutcome> {
    const pairing = await getPairing(db);
    if (!pairing) {
      syncStatus.setState({ phase: 'unpaired' });
      return { ok: false, reason: 'unpaired' };
    }
    if (pairing.revoked) {
      syncStatus.setState({ phase: 'revoked' });
      return { ok: false, reason: 'revoked' };
    }
    if (sessionOf(db).getState().state === 'locked') {
      // Sealed text can be neither sent nor stored while locked: sync waits for the unlock.
      syncStatus.setState({ phase: 'locked' });
      return { ok: false, reason: 'locked' };
    }
    syncStatus.setState({ phase: 'syncing', received: null });
    try {
      const actor = await getMeta<string>(db, META.actorName);
      const pushed = await pushOutbox(db, transport, pairing, actor || undefined);
      // Records and the audit trail have their own checkpoints: both pulls run at once, so one's
      // network time hides behind the other's database work. Both have settled before this sync
      // ends (no transaction of either runs behind it); a failure of the records counts first.
      const [records, history] = await Promise.allSettled([
        pullChanges(db, transport, pairing, (received) => syncStatus.setState({ received })),
        pullHistory(db, transport, pairing),
      ]);
      if (records.status === 'rejected') throw records.reason;
      if (history.status === 'rejected') throw history.reason;
      const pulled = records.value;
      failures = 0;
      syncStatus.setState({
        phase: 'idle',
        lastSyncedAt: new Date().toISOString(),
        lastError: null,
        received: null,
      });
      await setMeta(db, 'lastSyncedAt', new Date().toISOString());
      return { ok: true, pushed, pulled };
    } catch (error) {
      if (error instanceof AuthError && error.wipe) {
        // Revoked as lost: first tell the office how many changes never arrived (best effort),
        // then wipe this device's local data whatever the report's fate (it gets a new device id).
        try {
          await sendWipeReport(db, transport, pairing);
        } finally {
          await wipeLocalData(db);
        }
        syncStatus.setState({ phase: 'revoked', lastError: error.message, wiped: true });
        return { ok: false, reason: 'revoked', message: error.message };
      }
      if (error instanceof AuthError) {
        const message = messageForUser(error);
        await setMeta(db, META.pairing, { ...pairing, revoked: true });
        syncStatus.setState({ phase: 'revoked', lastError: message, received: null });
        return { ok: false, reason: 'revoked', message };
      }
      if (error instanceof LockedError) {
        syncStatus.setState({ phase: 'locked', received: null });
        return { ok: false, reason: 'locked' };
      }
      failures += 1;
      const offline = error instanceof NetworkError;
      const message = messageForUser(error);
      syncStatus.setState({
        phase: offline ? 'offline' : 'error',
        lastError: message,
        received: null,
      });
      scheduleRetry();
      return { ok: false, reason: offline ? 'offline' : 'error', message };
    }
  }

  /** Syncs now, or joins the sync already running in this tab. */
  function syncNow(): Promise<SyncOutcome> {
    if (running) return running;
    running = withSyncLock(runOnce)
      .then((result): SyncOutcome => (result === 'busy' ? { ok: false, reason: 'busy' } : result))
      .finally(() => {
        running = null;
      });
    return running;
  }

  function start(): void {
    void syncNow();
    cleanups.push(
      onLocalCommit(() => {
        clearTimeout(writeTimer);
        writeTimer = setTimeout(() => void syncNow(), afterWriteDelayMs);
      }),
    );
    const interval = setInterval(() => void syncNow(), intervalMs);
    cleanups.push(() => clearInterval(interval));
    if (typeof window !== 'undefined') {
      const onOnline = () => void syncNow();
      const onVisible = () => {
        if (document.visibilityState === 'visible') void syncNow();
      };
      window.addEventListener('online', onOnline);
      document.addEventListener('visibilitychange', onVisible);
      cleanups.push(() => window.removeEventListener('online', onOnline));
      cleanups.push(() => document.removeEventListener('visibilitychange', onVisible));
    }
  }

  function stop(): void {
    clearTimeout(retryTimer);
    clearTimeout(writeTimer);
    for (const cleanup of cleanups.splice(0)) cleanup();
  }

  return { start, stop, syncNow };
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;
