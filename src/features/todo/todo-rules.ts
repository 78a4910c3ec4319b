import type {
  Activity,
  Area,
  Contact,
  FollowUp,
  LogEntry,
  RoutineInfo,
} from '../../shared/schemas';

/**
 * What "Att göra" lists, decided by pure rules over the device's records and today's local date
 * (Europe/Stockholm, `YYYY-MM-DD`):
 * - agreed follow-ups from dialogs that are not done and due within 7 days, or overdue;
 * - activities whose due year has passed with no status for that year;
 * - the routine, and contacts, not reviewed for 12 months (or never).
 * Deleted records never count.
 */
export type TodoItem =
  | {
      kind: 'followUp';
      key: string;
      entryId: string;
      followUpId: string;
      text: string;
      due: string;
      overdue: boolean;
      entryDate: string;
      organisationIds: string[];
    }
  | { kind: 'activity'; key: string; activityId: string; what: string; dueYear: number }
  | { kind: 'routine'; key: string; reviewedAt: string | null }
  | { kind: 'contacts'; key: string; count: number };

export interface TodoInput {
  entries: readonly LogEntry[];
  areas: readonly Area[];
  activities: readonly Activity[];
  followUps: readonly FollowUp[];
  routineInfo: readonly RoutineInfo[];
  contacts: readonly Contact[];
  today: string;
}

/** How many days ahead an agreed follow-up shows. */
export const DUE_SOON_DAYS = 7;

/** `YYYY-MM-DD` plus `days` calendar days. */
export function addDays(localDate: string, days: number): string {
  const [y, m, d] = localDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The same calendar date a year earlier: a review on or before it is 12 months old. */
export function yearBefore(localDate: string): string {
  return `${String(Number(localDate.slice(0, 4)) - 1).padStart(4, '0')}${localDate.slice(4)}`;
}

const isStale = (reviewed: string | null, cutoff: string) =>
  reviewed === null || reviewed <= cutoff;

export function dueFollowUps(entries: readonly LogEntry[], today: string): TodoItem[] {
  const horizon = addDays(today, DUE_SOON_DAYS);
  return entries
    .filter((entry) => !entry.deleted)
    .flatMap((entry) =>
      entry.followUps
        .filter((f) => !f.done && f.due !== null && f.due <= horizon)
        .map((f) => ({
          kind: 'followUp' as const,
          key: `followUp:${entry.id}:${f.id}`,
          entryId: entry.id,
          followUpId: f.id,
          text: f.text,
          due: f.due as string,
          overdue: (f.due as string) < today,
          entryDate: entry.date,
          organisationIds: entry.organisationIds,
        })),
    )
    .sort((a, b) => a.due.localeCompare(b.due) || a.entryDate.localeCompare(b.entryDate));
}

export function overdueActivities(
  input: Pick<TodoInput, 'areas' | 'activities' | 'followUps' | 'today'>,
): TodoItem[] {
  const thisYear = Number(input.today.slice(0, 4));
  const liveAreas = new Set(input.areas.filter((a) => !a.deleted).map((a) => a.id));
  const assessed = new Set(
    input.followUps
      .filter((f) => !f.deleted && f.status !== 'ejBedomd')
      .map((f) => `${f.activityId}:${f.year}`),
  );
  return input.activities
    .filter(
      (a): a is Activity & { dueYear: number } =>
        !a.deleted &&
        liveAreas.has(a.areaId) &&
        a.dueYear !== null &&
        a.dueYear < thisYear &&
        !assessed.has(`${a.id}:${a.dueYear}`),
    )
    .sort((a, b) => a.dueYear - b.dueYear || a.order - b.order)
    .map((a) => ({
      kind: 'activity' as const,
      key: `activity:${a.id}`,
      activityId: a.id,
      what: a.what,
      dueYear: a.dueYear,
    }));
}

export function staleReviews(
  input: Pick<TodoInput, 'routineInfo' | 'contacts' | 'today'>,
): TodoItem[] {
  const cutoff = yearBefore(input.today);
  const items: TodoItem[] = input.routineInfo
    .filter((r) => !r.deleted && isStale(r.reviewedAt, cutoff))
    .map((r) => ({ kind: 'routine' as const, key: `routine:${r.id}`, reviewedAt: r.reviewedAt }));
  const contacts = input.contacts.filter((c) => !c.deleted && isStale(c.verifiedAt, cutoff));
  if (contacts.length > 0) {
    items.push({ kind: 'contacts', key: 'contacts', count: contacts.length });
  }
  return items;
}

/** Everything to do, in the order the page shows it. Its length is the navigation's badge. */
export function todoItems(input: TodoInput): TodoItem[] {
  return [
    ...dueFollowUps(input.entries, input.today),
    ...overdueActivities(input),
    ...staleReviews(input),
  ];
}
