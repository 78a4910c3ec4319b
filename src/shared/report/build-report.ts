import { activityValue, yearIndicators } from '../indicators';
import type { Activity, Area, FollowUp, LogEntry, Organisation } from '../schemas';
import { FOLLOW_UP_STATUSES } from '../schemas';
import { dialogsByMonth, dialogsByOrganisation, dialogsOfYear } from './dialog-stats';
import type { ActivityFigure, AreaFigures, StatusCounts, YearReport } from './types';

export interface ReportInput {
  areas: readonly Area[];
  activities: readonly Activity[];
  /** Follow-ups; only those of the report's year are used. */
  followUps: readonly FollowUp[];
  /** The log; entries of the year and of the year before are used. */
  entries: readonly LogEntry[];
  organisations: readonly Organisation[];
}

const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });

function byOrder<T extends { order: number }>(name: (x: T) => string) {
  return (a: T, b: T) => a.order - b.order || collator.compare(name(a), name(b));
}

/** Every status at zero, in the plan's order. */
export function emptyStatusCounts(): StatusCounts {
  return Object.fromEntries(FOLLOW_UP_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/**
 * The annual report for `year`, computed from the device's data. Pure and deterministic.
 *
 * Rules:
 * - Deleted areas, activities and follow-ups are left out; so are activities of deleted areas.
 * - An activity's status and comment are its follow-up for the year; no follow-up is "Ej bedömd".
 * - An activity's indicator value is its `measure` counted from the log for the year (see
 *   src/shared/indicators), and its change is that value minus the same count for the year before.
 * - Areas and activities keep the plan's order.
 */
export function buildYearReport(input: ReportInput, year: number): YearReport {
  const indicators = yearIndicators(input.entries, year);
  const previousIndicators = yearIndicators(input.entries, year - 1);
  const followUps = new Map(
    input.followUps.filter((f) => !f.deleted && f.year === year).map((f) => [f.activityId, f]),
  );
  const statusCounts = emptyStatusCounts();
  const areas = input.areas.filter((a) => !a.deleted).sort(byOrder((a) => a.title));
  const activitiesByArea = new Map<string, Activity[]>(areas.map((a) => [a.id, []]));
  for (const activity of input.activities) {
    if (!activity.deleted) activitiesByArea.get(activity.areaId)?.push(activity);
  }
  let activityCount = 0;
  const figures: AreaFigures[] = areas.map((area) => ({
    areaId: area.id,
    title: area.title,
    activities: (activitiesByArea.get(area.id) ?? [])
      .sort(byOrder((a) => a.what))
      .map((activity): ActivityFigure => {
        const followUp = followUps.get(activity.id);
        const status = followUp?.status ?? 'ejBedomd';
        statusCounts[status] += 1;
        activityCount += 1;
        const value = activityValue(indicators, activity);
        const previous = activityValue(previousIndicators, activity);
        return {
          activityId: activity.id,
          what: activity.what,
          timing: activity.timing,
          responsible: activity.responsible,
          status,
          comment: followUp?.comment ?? '',
          measure: activity.measure,
          preventionLevel: activity.preventionLevel,
          target: activity.target,
          value,
          previous,
          change: value === null || previous === null ? null : value - previous,
        };
      }),
  }));
  const dialogs = dialogsOfYear(input.entries, year);
  return {
    year,
    areas: figures,
    statusCounts,
    activityCount,
    indicators,
    previousIndicators,
    dialogCount: dialogs.length,
    dialogsByOrganisation: dialogsByOrganisation(dialogs, input.organisations),
    dialogsByMonth: dialogsByMonth(dialogs),
  };
}
