import { common } from '../common';
import { dialogs } from '../dialogs';
import { history } from '../history';
import { plan } from '../plan';

/** The history feature's words: the shared ones, its own and the field names it describes. */
export const sv = { ...common, history, dialogs, plan } as const;
