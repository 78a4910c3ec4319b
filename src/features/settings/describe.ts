/** Swedish names of tables and how a field's value reads, for the conflict and outbox views. */
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

export function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(tomt)';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nej';
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value, null, 1);
}
