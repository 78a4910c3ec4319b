import * as z from 'zod/mini';
import { idSchema, shortText } from '../schemas/common';

/**
 * The audit trail on the wire (`/api/v1/history`, `/api/v1/redactions`). The server keeps one
 * audit row per changed field of every applied change, append-only; a redaction may rewrite only a
 * row's values, and gives the row a new `seq` so devices pull it again.
 */

export const MAX_HISTORY_PAGE = 1000;

/** What a redaction puts in place of the removed text. */
export const REDACTED_MARK = '[borttaget]';
export const MIN_REDACTION_LENGTH = 2;

/** 'create': one row for a new record (field '', no values); 'change': one row per changed field. */
export type HistoryKind = 'change' | 'create' | 'redaction';

export interface HistoryEntry {
  /** The server's audit row id: stable, so a rewritten row replaces the device's copy. */
  id: number;
  /** The workspace version at which the row was written or last rewritten; pages follow it. */
  seq: number;
  table: string;
  recordId: string;
  /** The record's version this change produced. */
  version: number;
  field: string;
  kind: HistoryKind;
  /** null for a redaction (it never carries the removed text). */
  oldValue: unknown;
  newValue: unknown;
  /** The person named on the device, if any. */
  actor: string | null;
  /** The device's name at the time. */
  deviceName: string | null;
  /** Server time, ISO 8601. */
  at: string;
}

export interface HistoryResponse {
  entries: HistoryEntry[];
  /** The seq to ask from next time; every entry at or below it has been sent. */
  checkpoint: number;
  more: boolean;
}

export const redactionRequestSchema = z.object({
  table: z.string().check(z.minLength(1), z.maxLength(40)),
  recordId: idSchema,
  field: z.string().check(z.minLength(1), z.maxLength(60)),
  text: z.string().check(z.maxLength(2000)),
  /** The person using the device, for the redaction's own audit row. */
  actor: z.optional(shortText),
});
export type RedactionRequest = z.infer<typeof redactionRequestSchema>;

export interface RedactionResponse {
  /** The record's new version (devices pull it). */
  version: number;
  /** How many places the text was removed from (record, history rows, conflicts). */
  replaced: number;
}
