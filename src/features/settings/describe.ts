/** Swedish names of tables, for the conflict and outbox views. */
export const TABLE_NAMES: Record<string, string> = {
  areas: 'Planområde',
  activities: 'Aktivitet',
  followUps: 'Uppföljning',
  interventions: 'Insats',
  organisations: 'Organisation',
  logEntries: 'Loggpost',
  contacts: 'Kontakt',
  routineSteps: 'Rutinsteg',
  routineInfo: 'Rutin',
  conflicts: 'Konflikt',
};
