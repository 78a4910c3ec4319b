import { countEntry, emptyIndicators, type YearIndicators } from '../indicators';
import type { LogEntry } from '../schemas';

/** The fields of a log entry the annual report uses (never its free text). */
export type ReportEntry = Pick<
  LogEntry,
  | 'deleted'
  | 'date'
  | 'kind'
  | 'organisationIds'
  | 'networkLevel'
  | 'interventionCount'
  | 'preventionLevel'
  | 'trainingType'
>;

/** The year's dialogs logged with one exact list of organisations. */
export interface DialogGroup {
  organisationIds: readonly string[];
  count: number;
  /** The latest of these dialogs' local date and time. */
  lastDate: string;
}

/**
 * Everything the annual report counts from the log, for a year and the year before: small, so it
 * can be kept (and compared) instead of the entries it was counted from.
 */
export interface LogSummary {
  year: number;
  indicators: YearIndicators;
  previousIndicators: YearIndicators;
  /** Dialog meetings (kind `dialog`) in the year. */
  dialogCount: number;
  /** Dialog meetings per month of the year, January first (12 numbers). */
  dialogsByMonth: number[];
  /** The year's dialogs by their list of organisations (see `dialogsByOrganisationGroups`). */
  dialogGroups: DialogGroup[];
}

const yearPrefix = (year: number) => `${String(year).padStart(4, '0')}-`;

/**
 * Counts log entries into a `LogSummary` in one pass, as they are read (with the indicators'
 * rules: an entry counts for the year of its own local date; deleted entries never count; entries
 * of other years are ignored).
 */
export function logSummaryCounter(year: number) {
  const thisYear = yearPrefix(year);
  const lastYear = yearPrefix(year - 1);
  const summary: LogSummary = {
    year,
    indicators: emptyIndicators(year),
    previousIndicators: emptyIndicators(year - 1),
    dialogCount: 0,
    dialogsByMonth: Array.from({ length: 12 }, () => 0),
    dialogGroups: [],
  };
  const groups = new Map<string, DialogGroup>();
  const countDialog = (entry: ReportEntry) => {
    summary.dialogCount += 1;
    const month = Number(entry.date.slice(5, 7)) - 1;
    if (month >= 0 && month < 12)
      summary.dialogsByMonth[month] = (summary.dialogsByMonth[month] ?? 0) + 1;
    const key = entry.organisationIds.join('\n');
    const group = groups.get(key);
    if (!group)
      groups.set(key, { organisationIds: entry.organisationIds, count: 1, lastDate: entry.date });
    else {
      group.count += 1;
      if (entry.date > group.lastDate) group.lastDate = entry.date;
    }
  };
  return {
    add(entry: ReportEntry): void {
      if (entry.deleted) return;
      if (entry.date.startsWith(thisYear)) {
        countEntry(summary.indicators, entry);
        if (entry.kind === 'dialog') countDialog(entry);
      } else if (entry.date.startsWith(lastYear)) countEntry(summary.previousIndicators, entry);
    },
    result(): LogSummary {
      return { ...summary, dialogGroups: [...groups.values()] };
    },
  };
}

/** The report's counts of `year` (and the year before) over `entries`. Pure. */
export function summarizeLog(entries: readonly ReportEntry[], year: number): LogSummary {
  const counter = logSummaryCounter(year);
  for (const entry of entries) counter.add(entry);
  return counter.result();
}
