import { common } from '../common';
import { todo } from '../todo';

/** The to-do feature's words: the shared ones and its own. */
export const sv = { ...common, todo } as const;
