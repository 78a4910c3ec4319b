import { formatLocalDateTime } from '../../lib/dates';
import { sv } from '../../lib/strings/for/history';

/** Names of records a value may point to (organisations and plan activities), by id. */
export type NameLookup = ReadonlyMap<string, string>;

const enums: Record<string, Record<string, Record<string, string>>> = {
  logEntries: {
    kind: sv.dialogs.kinds,
    meetingForm: sv.dialogs.meetingForms,
    networkLevel: sv.dialogs.networkLevels,
    trainingType: sv.dialogs.trainingTypes,
    preventionLevel: sv.dialogs.preventionLevels,
  },
  organisations: {
    kind: sv.dialogs.organisations.kinds,
    wishesDialog: sv.dialogs.organisations.wishes,
  },
  followUps: { status: sv.plan.status },
  activities: { preventionLevel: sv.dialogs.preventionLevels },
};

const ID_FIELDS: ReadonlySet<string> = new Set(['organisationIds', 'activityId', 'mergedInto']);

/**
 * A value as people read it: codes as their Swedish labels, ids as the names they point to,
 * the log's date and time as "1 mar. 2025 09:00". Everything else is left for formatHistoryValue.
 */
export function describeValue(
  table: string,
  field: string,
  value: unknown,
  names: NameLookup,
): unknown {
  const labels = enums[table]?.[field];
  if (labels && typeof value === 'string') return labels[value] ?? value;
  if (ID_FIELDS.has(field)) {
    if (typeof value === 'string') return names.get(value) ?? value;
    if (Array.isArray(value)) return (value as unknown[]).map((id) => names.get(String(id)) ?? id);
  }
  if (table === 'logEntries' && field === 'date' && typeof value === 'string') {
    return formatLocalDateTime(value);
  }
  return value;
}
