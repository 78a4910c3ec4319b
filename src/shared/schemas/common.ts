import * as z from 'zod/mini';

/** Limits shared by the form validation in the app and the endpoint's body validation. */
export const LIMITS = {
  shortText: 200,
  longText: 20_000,
  listItems: 200,
} as const;

export const idSchema = z.string().check(z.minLength(1), z.maxLength(64));
export const shortText = z.string().check(z.maxLength(LIMITS.shortText));
export const longText = z.string().check(z.maxLength(LIMITS.longText));
/** Local calendar date in Europe/Stockholm, `YYYY-MM-DD`. */
export const localDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
/** Local date and time in Europe/Stockholm, `YYYY-MM-DDTHH:mm`. */
export const localDateTime = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/));
/** An ISO 8601 instant from a device clock: for display only, never for ordering. */
export const isoInstant = z.string().check(z.maxLength(40));
export const nonNegativeInt = z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000));

/**
 * Fields every synced record carries.
 * - `id`: client-made UUIDv7, or a UUIDv5 of a natural key for records unique by nature.
 * - `version`: the server version this device last saw for the record (0: default data or never synced).
 * - `deleted`: the tombstone mark; records are never hard-deleted.
 * - `updatedAt`: device clock, display only.
 */
export const syncedBase = {
  id: idSchema,
  version: z.number().check(z.int(), z.minimum(0)),
  deleted: z.boolean(),
  updatedAt: isoInstant,
};

/** Fields that are bookkeeping, not content: they never raise a conflict. */
export const META_FIELDS: ReadonlySet<string> = new Set([
  'updatedAt',
  'updatedBy',
  // A privacy warning's acknowledgement: a record of the save, never a reason to ask a person.
  'privacyAcknowledged',
]);
/** Fields a mutation may never set: they belong to the record's identity or the server. */
export const RESERVED_FIELDS: ReadonlySet<string> = new Set(['id', 'version']);
