import * as z from 'zod/mini';
import { LIMITS, idSchema, isoInstant, localDate, longText, shortText, syncedBase } from './common';

export const CONTACT_CATEGORIES = [
  'kommunen',
  'polis',
  'region',
  'lansstyrelse',
  'cve',
  'sapo',
  'trossamfund',
  'akut',
] as const;
export const contactCategorySchema = z.enum(CONTACT_CATEGORIES);
export type ContactCategory = z.infer<typeof contactCategorySchema>;

export const phoneSchema = z.object({
  label: shortText,
  number: z.string().check(z.minLength(1), z.maxLength(40), z.regex(/^[+\d][\d\s-]*$/)),
});
export type Phone = z.infer<typeof phoneSchema>;

/** A role-based contact: the role and organisation matter; a person's name is optional. */
export const contactSchema = z.object({
  ...syncedBase,
  role: z.string().check(z.minLength(1), z.maxLength(LIMITS.shortText)),
  organisation: shortText,
  name: shortText,
  phones: z.array(phoneSchema).check(z.maxLength(10)),
  email: shortText,
  category: contactCategorySchema,
  note: longText,
  verifiedAt: z.nullable(localDate),
  /**
   * The user saved despite a privacy warning on this record's free text (recorded, never
   * blocking). Optional: records from before the field, and from older app versions, lack it.
   */
  privacyAcknowledged: z.optional(z.boolean()),
});
export type Contact = z.infer<typeof contactSchema>;

/** One step of "Rutin vid oro". */
export const routineStepSchema = z.object({
  ...syncedBase,
  order: z.number(),
  title: z.string().check(z.minLength(1), z.maxLength(LIMITS.shortText)),
  what: longText,
  when: shortText,
  contactIds: z.array(idSchema).check(z.maxLength(20)),
  /**
   * The user saved despite a privacy warning on this record's free text (recorded, never
   * blocking). Optional: records from before the field, and from older app versions, lack it.
   */
  privacyAcknowledged: z.optional(z.boolean()),
});
export type RoutineStep = z.infer<typeof routineStepSchema>;

/** The routine's heading data: a single record with a fixed id. */
export const routineInfoSchema = z.object({
  ...syncedBase,
  title: shortText,
  legalReference: longText,
  revision: shortText,
  reviewedAt: z.nullable(localDate),
  reviewedBy: shortText,
});
export type RoutineInfo = z.infer<typeof routineInfoSchema>;

export const conflictSchema = z.object({
  ...syncedBase,
  table: shortText,
  recordId: idSchema,
  field: shortText,
  /** The value the server applied last: the one shown until a person chooses. */
  shownValue: z.unknown(),
  /** The value that was overwritten, kept so a person can choose it. */
  otherValue: z.unknown(),
  detectedAt: isoInstant,
  resolved: z.boolean(),
});
export type Conflict = z.infer<typeof conflictSchema>;
