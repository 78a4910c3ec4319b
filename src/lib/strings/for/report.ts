import { common } from '../common';
import { plan } from '../plan';
import { report } from '../report';

/** The report feature's words: the shared ones, its own and the plan's status names. */
export const sv = { ...common, report, plan } as const;
