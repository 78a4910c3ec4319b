import { common } from '../common';

/** The app shell's words (src/app): only the shared ones, so the first bundle carries no feature's strings. */
export const sv = common;
