import { common } from '../common';
import { contacts } from '../contacts';
import { history } from '../history';

/** The contacts feature's words: the shared ones, its own and the history link. */
export const sv = { ...common, contacts, history } as const;
