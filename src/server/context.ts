import type { ServerConfig } from './config';
import type { Store } from './store/types';

/** What every route needs: the store, the configuration and the clock (injectable for tests). */
export interface AppContext {
  store: Store;
  config: ServerConfig;
  now: () => number;
}
