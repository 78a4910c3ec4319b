import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db, getLockSettings, lock } from '../../db';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;
const CHECK_EVERY_MS = 10_000;

/**
 * Locks the app after the configured minutes without input (pointer, keys, touch), and when the
 * page has been hidden longer than that. Active only while unlocked.
 */
export function useIdleLock(active: boolean): void {
  const settings = useLiveQuery(() => getLockSettings(db), []);
  const idleMs = (settings?.idleMinutes ?? 5) * 60_000;
  useEffect(() => {
    if (!active) return;
    let last = Date.now();
    let hiddenAt: number | null = null;
    const touch = () => {
      last = Date.now();
    };
    const check = () => {
      if (Date.now() - last >= idleMs) lock(db);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') {
        hiddenAt = Date.now();
        return;
      }
      if (hiddenAt !== null && Date.now() - hiddenAt >= idleMs) lock(db);
      hiddenAt = null;
      check();
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, touch, { passive: true });
    document.addEventListener('visibilitychange', onVisibility);
    const timer = window.setInterval(check, CHECK_EVERY_MS);
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, touch);
      document.removeEventListener('visibilitychange', onVisibility);
      window.clearInterval(timer);
    };
  }, [active, idleMs]);
}
