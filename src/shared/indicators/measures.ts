import type { LogEntry } from '../schemas/log';
import type { Activity, IndicatorMeasure, PreventionLevel } from '../schemas/plan';
import { PREVENTION_LEVELS } from '../schemas/plan';

/**
 * The plan's indicators, counted from the log for one year. Pure functions over arrays of log
 * entries: every device computes the same numbers from the same log, offline included.
 *
 * Rules:
 * - An entry belongs to the year of its own `date`, which is already a local date and time in
 *   Europe/Stockholm (`YYYY-MM-DDTHH:mm`): 2025-12-31T23:30 counts for 2025, 2026-01-01T00:10 for
 *   2026, whatever the device's time zone.
 * - Deleted entries (tombstones) never count.
 * - Kinds are kept apart: a dialog is never a network meeting, a training never an intervention.
 */

/** Entries that count for `year`: not deleted, dated in that local year. */
export function entriesOfYear(entries: readonly LogEntry[], year: number): LogEntry[] {
  const prefix = `${String(year).padStart(4, '0')}-`;
  return entries.filter((entry) => !entry.deleted && entry.date.startsWith(prefix));
}

/** Level key for interventions logged without a prevention level. */
export const NO_LEVEL = 'ingenNiva' as const;
export type InterventionLevelKey = PreventionLevel | typeof NO_LEVEL;

export interface YearIndicators {
  year: number;
  /** Dialog meetings held (kind `dialog`). */
  dialogs: number;
  /** Network meetings (kind `network`), by level; `total` includes those with no level set. */
  networkMeetings: { regional: number; nationell: number; total: number };
  /** Interventions carried out (kind `intervention`): `interventionCount` each, 1 when unset. */
  interventions: { total: number; byLevel: Record<InterventionLevelKey, number> };
  /** Trainings held (kind `training`), by type. */
  trainings: { grund: number; riktad: number };
}

/** The fields of a log entry that the indicators count. */
export type CountedFields = Pick<
  LogEntry,
  'kind' | 'networkLevel' | 'interventionCount' | 'preventionLevel' | 'trainingType'
>;

/** An intervention entry counts its `interventionCount`, or one when no count was given. */
export function interventionsIn(entry: Pick<LogEntry, 'interventionCount'>): number {
  return entry.interventionCount ?? 1;
}

/** Every indicator at zero for `year`, ready for `countEntry`. */
export function emptyIndicators(year: number): YearIndicators {
  const byLevel = Object.fromEntries(
    [...PREVENTION_LEVELS, NO_LEVEL].map((level) => [level, 0]),
  ) as Record<InterventionLevelKey, number>;
  return {
    year,
    dialogs: 0,
    networkMeetings: { regional: 0, nationell: 0, total: 0 },
    interventions: { total: 0, byLevel },
    trainings: { grund: 0, riktad: 0 },
  };
}

/**
 * Adds one live entry of the indicators' year to `out` (the caller has checked the year and that
 * the entry is not deleted: see `entriesOfYear`). Lets a caller count in the same pass as it reads.
 */
export function countEntry(out: YearIndicators, entry: CountedFields): void {
  switch (entry.kind) {
    case 'dialog':
      out.dialogs += 1;
      break;
    case 'network':
      out.networkMeetings.total += 1;
      if (entry.networkLevel) out.networkMeetings[entry.networkLevel] += 1;
      break;
    case 'intervention': {
      const count = interventionsIn(entry);
      out.interventions.total += count;
      out.interventions.byLevel[entry.preventionLevel ?? NO_LEVEL] += count;
      break;
    }
    case 'training':
      if (entry.trainingType) out.trainings[entry.trainingType] += 1;
      break;
  }
}

/** Every indicator of `year`, counted from the log. */
export function yearIndicators(entries: readonly LogEntry[], year: number): YearIndicators {
  const out = emptyIndicators(year);
  for (const entry of entriesOfYear(entries, year)) countEntry(out, entry);
  return out;
}

/**
 * The value of one measure in a year's indicators; null for `none` (nothing to count). An
 * intervention measure on an activity with a prevention level counts that level only.
 */
export function measureValue(
  indicators: YearIndicators,
  measure: IndicatorMeasure,
  level: PreventionLevel | null = null,
): number | null {
  switch (measure) {
    case 'none':
      return null;
    case 'dialogs':
      return indicators.dialogs;
    case 'networkMeetings':
      return indicators.networkMeetings.total;
    case 'interventions':
      return level ? indicators.interventions.byLevel[level] : indicators.interventions.total;
    case 'trainingsBasic':
      return indicators.trainings.grund;
    case 'trainingsTargeted':
      return indicators.trainings.riktad;
  }
}

/** The measured value for an activity in a year; null when its indicator is not linked. */
export function activityValue(
  indicators: YearIndicators,
  activity: Pick<Activity, 'measure' | 'preventionLevel'>,
): number | null {
  return measureValue(indicators, activity.measure, activity.preventionLevel);
}
