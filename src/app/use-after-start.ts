import { useSyncExternalStore } from 'react';

/** The opening page gets this head start; then the extras wait for an idle moment, at most MAX_WAIT_MS. */
const HEAD_START_MS = 1500;
const MAX_WAIT_MS = 2000;

let started = false;
let scheduled = false;
const listeners = new Set<() => void>();

function markStarted(): void {
  if (started) return;
  started = true;
  for (const notify of listeners) notify();
  listeners.clear();
}

/** After the head start, once the main thread is idle (or after MAX_WAIT_MS). */
function scheduleStart(): void {
  if (scheduled) return;
  scheduled = true;
  window.setTimeout(() => {
    if (typeof window.requestIdleCallback === 'function') {
      window.requestIdleCallback(markStarted, { timeout: MAX_WAIT_MS });
    } else markStarted();
  }, HEAD_START_MS);
}

function subscribe(notify: () => void): () => void {
  if (started) return () => undefined;
  listeners.add(notify);
  scheduleStart();
  return () => void listeners.delete(notify);
}

/**
 * False during start-up, true once the opening page has had its head start and the browser is
 * idle: for what no page waits for (sync status, to-do badge), so it does not compete with the page
 * the user opened. Stays true for the rest of the session.
 */
export function useAfterStart(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => started,
    () => false,
  );
}
