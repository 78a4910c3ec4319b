import { common } from './common';
import { contacts } from './contacts';
import { home } from './home';
import { routine } from './routine';
import { sync } from './sync';

/**
 * The UI's words, in Swedish (sv-SE). One dictionary, split by area so files stay small; a second
 * language would be a parallel set of these modules.
 */
export const sv = {
  ...common,
  home,
  contacts,
  routine,
  sync,
} as const;
export type Strings = typeof sv;
