import { common } from '../common';
import { history } from '../history';
import { plan } from '../plan';

/** The plan feature's words: the shared ones, its own and the history link. */
export const sv = { ...common, plan, history } as const;
