import type { SyncedTable } from '../../shared/schemas';

/**
 * Free-text fields that are encrypted at rest once a passphrase is set: summaries, notes,
 * comments, follow-up texts. Contacts and the routine hold no personal data and stay readable
 * while the app is locked, so they are not listed. Indexes never cover these fields.
 */
export const SENSITIVE_FIELDS: Partial<Record<SyncedTable, readonly string[]>> = {
  logEntries: ['summary', 'followUps', 'topics', 'trainingAudience'],
  organisations: ['note'],
  followUps: ['comment', 'history'],
  conflicts: ['shownValue', 'otherValue'],
};

/** What a sealed field reads as while the app is locked: an empty value of the field's type. */
const LOCKED_PLACEHOLDER: Record<string, unknown> = {
  summary: '',
  followUps: [],
  topics: [],
  trainingAudience: '',
  note: '',
  comment: '',
  history: [],
  shownValue: null,
  otherValue: null,
};

export function sensitiveFieldsOf(table: string): readonly string[] {
  return SENSITIVE_FIELDS[table as SyncedTable] ?? [];
}

export function lockedPlaceholder(field: string): unknown {
  const value = LOCKED_PLACEHOLDER[field];
  return Array.isArray(value) ? [] : (value ?? null);
}
