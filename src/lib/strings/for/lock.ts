import { common } from '../common';
import { lock } from '../lock';

/** The lock feature's words: the shared ones and its own. */
export const sv = { ...common, lock } as const;
