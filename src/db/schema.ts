/**
 * Dexie store definitions, one entry per shipped database version. Append-only: a shipped version
 * never changes; a change is a new version with an upgrade and a test from the previous version's data.
 * Indexes only on non-sensitive fields (ids, dates, kinds, names of organisations).
 */
export const STORES_V1 = {
  areas: 'id, order',
  activities: 'id, areaId',
  followUps: 'id, activityId, year',
  interventions: 'id, level',
  organisations: 'id, name',
  logEntries: 'id, date, kind, *organisationIds',
  contacts: 'id, category',
  routineSteps: 'id, order',
  routineInfo: 'id',
  conflicts: 'id, recordId',
  outbox: 'seq, recordId, status',
  meta: 'key',
  drafts: 'id',
} as const;

/**
 * Version 2 adds `history`: the audit trail pulled from the endpoint (one row per changed field of
 * a synced change, or a redaction), kept per record for the "Historik" page and the CSV export.
 * Rows are keyed by the server's audit id, so a row rewritten by a redaction replaces its copy.
 */
export const STORES_V2 = {
  ...STORES_V1,
  history: 'id, [table+recordId], seq',
} as const;

/**
 * Version 3 adds the report's log facts (log-facts.ts): `logFacts` holds 32 buckets of compact
 * facts, `logLoose` one batch per log write since they were last folded in (in order). The upgrade fills the
 * buckets from the log already stored; every later log write keeps them (log-facts-middleware.ts).
 */
export const STORES_V3 = {
  ...STORES_V2,
  logFacts: 'b',
  logLoose: '++k',
} as const;

export const CURRENT_DB_VERSION = 3;
