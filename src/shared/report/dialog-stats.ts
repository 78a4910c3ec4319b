import { entriesOfYear } from '../indicators';
import type { LogEntry, Organisation } from '../schemas';
import type { DialogGroup } from './log-summary';
import type { OrganisationDialogs } from './types';

/**
 * Dialog statistics for the annual report. Pure functions over the log, with the indicators' rules:
 * an entry belongs to the year of its own local `date`, deleted entries never count, and only
 * entries of kind `dialog` are dialogs (network meetings, trainings and interventions are not).
 */

const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });

/** The year's dialog meetings. */
export function dialogsOfYear(entries: readonly LogEntry[], year: number): LogEntry[] {
  return entriesOfYear(entries, year).filter((entry) => entry.kind === 'dialog');
}

/** Dialog meetings per month of the year, January first. */
export function dialogsByMonth(dialogs: readonly LogEntry[]): number[] {
  const months = Array.from({ length: 12 }, () => 0);
  for (const entry of dialogs) {
    const month = Number(entry.date.slice(5, 7)) - 1;
    if (month >= 0 && month < 12) months[month] = (months[month] ?? 0) + 1;
  }
  return months;
}

/**
 * The organisation an id stands for today: an organisation merged into another as a duplicate
 * counts as the one it was merged into (followed a few steps, never in a loop).
 */
function resolveOrganisation(
  id: string,
  byId: ReadonlyMap<string, Organisation>,
): { id: string; organisation: Organisation | undefined } {
  let current = id;
  for (let step = 0; step < 10; step++) {
    const next = byId.get(current)?.mergedInto;
    if (!next || next === current) break;
    current = next;
  }
  return { id: current, organisation: byId.get(current) };
}

/**
 * Dialog meetings per organisation: how many, and the latest date. A meeting with two
 * organisations counts once for each; one logged with none counts under `organisationId: null`.
 * Sorted by count (most first), then by name in Swedish order.
 */
export function dialogsByOrganisation(
  dialogs: readonly LogEntry[],
  organisations: readonly Organisation[],
): OrganisationDialogs[] {
  const groups = dialogs.map((d) => ({
    organisationIds: d.organisationIds,
    count: 1,
    lastDate: d.date,
  }));
  return dialogsByOrganisationGroups(groups, organisations);
}

/**
 * `dialogsByOrganisation` over dialogs already grouped by their list of organisations (see
 * `LogSummary`): a group of n meetings counts as n meetings, each with the group's ids resolved
 * (merged duplicates) and counted once per meeting.
 */
export function dialogsByOrganisationGroups(
  groups: readonly DialogGroup[],
  organisations: readonly Organisation[],
): OrganisationDialogs[] {
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const rows = new Map<string | null, OrganisationDialogs>();
  const count = (key: string | null, name: string | null, group: DialogGroup) => {
    const row = rows.get(key);
    if (!row) {
      rows.set(key, { organisationId: key, name, count: group.count, lastDate: group.lastDate });
      return;
    }
    row.count += group.count;
    if (group.lastDate > row.lastDate) row.lastDate = group.lastDate;
  };
  for (const group of groups) {
    const ids = new Set(group.organisationIds.map((id) => resolveOrganisation(id, byId).id));
    if (ids.size === 0) count(null, null, group);
    for (const id of ids) count(id, byId.get(id)?.name ?? null, group);
  }
  return [...rows.values()].sort(
    (a, b) =>
      b.count - a.count ||
      Number(a.organisationId === null) - Number(b.organisationId === null) ||
      collator.compare(a.name ?? '', b.name ?? ''),
  );
}
