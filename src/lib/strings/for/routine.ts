import { common } from '../common';
import { history } from '../history';
import { routine } from '../routine';

/** The routine feature's words: the shared ones, its own and the history link. */
export const sv = { ...common, routine, history } as const;
