import type { ReactNode } from 'react';
import { useLocation } from 'wouter';
import { showsBeforeLockState } from '../features/lock/before-lock-state';
import { Loading } from '../ui';
import { preloadable } from './preloadable';

/**
 * Until the gate's chunk is in: the start page, which holds no data, renders at once (its heading
 * is the first screen's largest paint) on a device without a passphrase; every other page waits.
 */
function BeforeLockState({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  return showsBeforeLockState(location) ? children : <Loading />;
}

/** The lock gate reads the lock state from the data core, so it loads with it, not in the first bundle. */
export const LockGate = preloadable(() => import('../features/lock/LockGate'), BeforeLockState);
