import { common } from '../common';
import { backup } from '../backup';
import { contacts } from '../contacts';
import { dialogs } from '../dialogs';
import { history } from '../history';
import { plan } from '../plan';

/** The backup feature's words: the shared ones, its own, and the column names of the CSV exports. */
export const sv = { ...common, backup, contacts, dialogs, plan, history } as const;
