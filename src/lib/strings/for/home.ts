import { common } from '../common';
import { home } from '../home';

/** The start page's words: the shared ones and its own. */
export const sv = { ...common, home } as const;
