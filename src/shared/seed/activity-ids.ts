import { stableId } from '../ids';

/**
 * The fixed ids of the default activities that the log links to by default: a module of its own so
 * that the dialog form can use them without loading the whole default plan.
 */

export const AREA_KEYS = [
  'styrgrupp',
  'kontaktperson',
  'intern-information',
  'extern-information',
  'lagesbild',
  'utbildning',
  'dialog',
  'insatser',
] as const;
export type AreaKey = (typeof AREA_KEYS)[number];

export const activityId = (areaKey: AreaKey, key: string): string =>
  stableId('seed', 'activity', areaKey, key);

/** "Planering och genomförande av dialog": the dialog log's default linked activity. */
export const DIALOG_ACTIVITY_ID = activityId('dialog', 'planering-genomforande');
/** The contact person's regional and national meetings: the network log's default activity. */
export const NETWORK_ACTIVITY_ID = activityId('kontaktperson', 'utses-och-natverk');
/** Training decision, alternative a (grundutbildning). */
export const TRAINING_BASIC_ACTIVITY_ID = activityId('utbildning', 'malgrupper-a');
/** Training decision, alternative b (särskilt riktad utbildning). */
export const TRAINING_TARGETED_ACTIVITY_ID = activityId('utbildning', 'malgrupper-b');
/** Interventions made known and available: counts carried-out interventions. */
export const INTERVENTION_ACTIVITY_ID = activityId('insatser', 'gor-kanda');
