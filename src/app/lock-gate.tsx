import { Loading } from '../ui';
import { preloadable } from './preloadable';

/** The lock gate reads the lock state from the data core, so it loads with it, not in the first bundle. */
export const LockGate = preloadable(() => import('../features/lock/LockGate'), <Loading />);
