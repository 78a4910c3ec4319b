import { activityValue } from '../indicators';
import type { Activity, Area, FollowUp, Organisation } from '../schemas';
import { FOLLOW_UP_STATUSES } from '../schemas';
import { dialogsByOrganisationGroups } from './dialog-stats';
import { summarizeLog, type LogSummary, type ReportEntry } from './log-summary';
import type { ActivityFigure, AreaFigures, StatusCounts, YearReport } from './types';

/** The plan side of the report: small tables, read whole. */
export interface ReportPlan {
  areas: readonly Area[];
  activities: readonly Activity[];
  /** Follow-ups; only those of the report's year are used. */
  followUps: readonly FollowUp[];
  organisations: readonly Organisation[];
}

export interface ReportInput extends ReportPlan {
  /** The log; entries of the year and of the year before are used. */
  entries: readonly ReportEntry[];
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
  return assembleYearReport(input, summarizeLog(input.entries, year));
}

/** `buildYearReport` from the log's counts for the year (see `logSummaryCounter`). Pure. */
export function assembleYearReport(input: ReportPlan, log: LogSummary): YearReport {
  const { year, indicators, previousIndicators } = log;
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
  return {
    year,
    areas: figures,
    statusCounts,
    activityCount,
    indicators,
    previousIndicators,
    dialogCount: log.dialogCount,
    dialogsByOrganisation: dialogsByOrganisationGroups(log.dialogGroups, input.organisations),
    dialogsByMonth: [...log.dialogsByMonth],
  };
}
