import { about } from './about';
import { backup } from './backup';
import { common } from './common';
import { contacts } from './contacts';
import { dialogs } from './dialogs';
import { history } from './history';
import { home } from './home';
import { lock } from './lock';
import { plan } from './plan';
import { privacy } from './privacy';
import { report } from './report';
import { routine } from './routine';
import { sync } from './sync';
import { todo } from './todo';

/**
 * The UI's words, in Swedish (sv-SE), split by area so files stay small; a second language would be
 * a parallel set of these modules. This whole dictionary is for tests and tools: app code imports
 * `sv` from its feature's `./for/<feature>.ts` (the shared words plus the areas it uses), so each
 * route chunk carries its own words and the first bundle only the shell's (`./for/shell.ts`).
 */
export const sv = {
  ...common,
  home,
  plan,
  contacts,
  dialogs,
  routine,
  sync,
  todo,
  report,
  backup,
  lock,
  about,
  privacy,
  history,
} as const;
export type Strings = typeof sv;
