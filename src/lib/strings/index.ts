import { common } from './common';
import { home } from './home';
import { sync } from './sync';

/**
 * The UI's words, in Swedish (sv-SE). One dictionary, split by area so files stay small; a second
 * language would be a parallel set of these modules.
 */
export const sv = {
  ...common,
  home,
  sync,
} as const;
export type Strings = typeof sv;
