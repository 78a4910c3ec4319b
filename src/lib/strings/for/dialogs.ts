import { common } from '../common';
import { dialogs } from '../dialogs';
import { history } from '../history';

/** The dialogs feature's words: the shared ones, its own and the history link. */
export const sv = { ...common, dialogs, history } as const;
