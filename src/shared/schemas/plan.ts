import * as z from 'zod/mini';
import { idSchema, isoInstant, longText, nonNegativeInt, shortText, syncedBase } from './common';

export const PREVENTION_LEVELS = ['generell', 'specifik', 'indikativ', 'rehabiliterande'] as const;
export const preventionLevelSchema = z.enum(PREVENTION_LEVELS);
export type PreventionLevel = z.infer<typeof preventionLevelSchema>;

/** Measures an indicator can be linked to; the plan page computes them from the log. */
export const INDICATOR_MEASURES = [
  'none',
  'dialogs',
  'networkMeetings',
  'interventions',
  'trainingsBasic',
  'trainingsTargeted',
] as const;
export const indicatorMeasureSchema = z.enum(INDICATOR_MEASURES);
export type IndicatorMeasure = z.infer<typeof indicatorMeasureSchema>;

export const areaSchema = z.object({
  ...syncedBase,
  title: shortText,
  description: longText,
  order: z.number(),
});
export type Area = z.infer<typeof areaSchema>;

export const activitySchema = z.object({
  ...syncedBase,
  areaId: idSchema,
  order: z.number(),
  /** What is to be done. */
  what: longText,
  /** When: the plan's timing in its own words, e.g. "våren 2017" or "löpande". */
  timing: shortText,
  /** Year after which an activity with no status counts as overdue; null for ongoing work. */
  dueYear: z.nullable(z.number().check(z.int())),
  indicator: longText,
  actors: longText,
  responsible: shortText,
  comment: longText,
  preventionLevel: z.nullable(preventionLevelSchema),
  measure: indicatorMeasureSchema,
  /** Target for the measure per year: at or above it suggests Helt uppfyllt. Null: no suggestion. */
  target: z.nullable(nonNegativeInt),
  /**
   * The user saved despite a privacy warning on this record's free text (recorded, never
   * blocking). Optional: records from before the field, and from older app versions, lack it.
   */
  privacyAcknowledged: z.optional(z.boolean()),
});
export type Activity = z.infer<typeof activitySchema>;

export const FOLLOW_UP_STATUSES = ['helt', 'delvis', 'ej', 'ejBedomd'] as const;
export const followUpStatusSchema = z.enum(FOLLOW_UP_STATUSES);
export type FollowUpStatus = z.infer<typeof followUpStatusSchema>;

export const followUpHistoryItemSchema = z.object({
  status: followUpStatusSchema,
  comment: longText,
  by: shortText,
  at: isoInstant,
});
export type FollowUpHistoryItem = z.infer<typeof followUpHistoryItemSchema>;

/** One activity's follow-up for one year. Its id is UUIDv5 of (activity, year). */
export const followUpSchema = z.object({
  ...syncedBase,
  activityId: idSchema,
  year: z.number().check(z.int(), z.minimum(2000), z.maximum(2200)),
  status: followUpStatusSchema,
  comment: longText,
  assessedBy: shortText,
  assessedAt: z.nullable(isoInstant),
  history: z.array(followUpHistoryItemSchema).check(z.maxLength(500)),
  /**
   * The user saved despite a privacy warning on this record's free text (recorded, never
   * blocking). Optional: records from before the field, and from older app versions, lack it.
   */
  privacyAcknowledged: z.optional(z.boolean()),
});
export type FollowUp = z.infer<typeof followUpSchema>;

/** The municipality's offer of interventions by prevention level. */
export const interventionSchema = z.object({
  ...syncedBase,
  level: preventionLevelSchema,
  title: shortText,
  description: longText,
  responsible: shortText,
  howToRequest: longText,
  order: z.number(),
});
export type Intervention = z.infer<typeof interventionSchema>;
