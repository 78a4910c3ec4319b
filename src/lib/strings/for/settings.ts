import { common } from '../common';
import { about } from '../about';
import { lock } from '../lock';
import { sync } from '../sync';

/** The settings feature's words: the shared ones, sync, lock and the about links. */
export const sv = { ...common, sync, lock, about } as const;
