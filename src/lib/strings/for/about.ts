import { common } from '../common';
import { about } from '../about';

/** The about pages' words: the shared ones and their own. */
export const sv = { ...common, about } as const;
