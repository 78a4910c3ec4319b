import * as z from 'zod/mini';
import {
  LIMITS,
  idSchema,
  localDate,
  localDateTime,
  longText,
  nonNegativeInt,
  shortText,
  syncedBase,
} from './common';
import { preventionLevelSchema } from './plan';

export const ORGANISATION_KINDS = [
  'trossamfund',
  'forening',
  'idrottsforening',
  'studieforbund',
  'annan',
] as const;
export const organisationKindSchema = z.enum(ORGANISATION_KINDS);
export type OrganisationKind = z.infer<typeof organisationKindSchema>;

export const WISHES_DIALOG = ['ja', 'nej', 'okant'] as const;

export const organisationSchema = z.object({
  ...syncedBase,
  name: z.string().check(z.minLength(1), z.maxLength(LIMITS.shortText)),
  kind: organisationKindSchema,
  wishesDialog: z.enum(WISHES_DIALOG),
  firstContact: z.nullable(localDate),
  note: longText,
  /** Set when this organisation was merged into another as a duplicate. */
  mergedInto: z.nullable(idSchema),
  /**
   * The user saved despite a privacy warning on this record's free text (recorded, never
   * blocking). Optional: records from before the field, and from older app versions, lack it.
   */
  privacyAcknowledged: z.optional(z.boolean()),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const LOG_KINDS = ['dialog', 'network', 'training', 'intervention'] as const;
export const logKindSchema = z.enum(LOG_KINDS);
export type LogKind = z.infer<typeof logKindSchema>;

export const MEETING_FORMS = ['fysiskt', 'telefon', 'digitalt'] as const;
export const NETWORK_LEVELS = ['regional', 'nationell'] as const;
export const TRAINING_TYPES = ['grund', 'riktad'] as const;

export const agreedFollowUpSchema = z.object({
  id: idSchema,
  text: longText,
  due: z.nullable(localDate),
  done: z.boolean(),
});
export type AgreedFollowUp = z.infer<typeof agreedFollowUpSchema>;

/**
 * One entry of the log: a dialog meeting (the main kind), a network meeting, a training or an
 * intervention. It names organisations and roles, never private persons.
 */
export const logEntrySchema = z.object({
  ...syncedBase,
  kind: logKindSchema,
  /** Local date and time in Europe/Stockholm. */
  date: localDateTime,
  organisationIds: z.array(idSchema).check(z.maxLength(50)),
  meetingForm: z.nullable(z.enum(MEETING_FORMS)),
  /** Municipality participants, by role. */
  participantRoles: z.array(shortText).check(z.maxLength(LIMITS.listItems)),
  orgParticipants: z.nullable(nonNegativeInt),
  topics: z.array(shortText).check(z.maxLength(LIMITS.listItems)),
  summary: longText,
  followUps: z.array(agreedFollowUpSchema).check(z.maxLength(LIMITS.listItems)),
  nextMeeting: z.nullable(localDate),
  activityId: z.nullable(idSchema),
  preventionLevel: z.nullable(preventionLevelSchema),
  networkLevel: z.nullable(z.enum(NETWORK_LEVELS)),
  trainingType: z.nullable(z.enum(TRAINING_TYPES)),
  trainingAudience: shortText,
  /** Interventions are counted, never naming a person. */
  interventionCount: z.nullable(nonNegativeInt),
  /** The user saved despite a privacy warning (recorded, never blocking). */
  privacyAcknowledged: z.boolean(),
});
export type LogEntry = z.infer<typeof logEntrySchema>;
