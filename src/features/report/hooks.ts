import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from 'zustand';
import { db, getMeta, sessionOf } from '../../db';
import { assembleYearReport, type YearReport } from '../../shared/report';
import { readLogSummary, readReportPlan } from './read-report';

/**
 * The annual report for `year`, live: a dialog saved or a follow-up changed in any tab of this
 * device, or pulled from the server, shows without a reload. Two live queries: the log's counts
 * (re-read only when a log entry of the two years changes) and the plan's small tables (re-read
 * when they change or the app is locked or unlocked, which changes what sealed comments read as).
 */
export function useYearReport(year: number): YearReport | undefined {
  const lockState = useStore(sessionOf(db), (s) => s.state);
  const log = useLiveQuery(() => readLogSummary(db, year), [year]);
  const plan = useLiveQuery(() => readReportPlan(db, year), [year, lockState]);
  return useMemo(
    () => (log?.year === year && plan?.year === year ? assembleYearReport(plan, log) : undefined),
    [log, plan, year],
  );
}

/** Years the report offers: from the first year with data (or last year) to this year or the latest follow-up. */
export function useReportYears(currentYear: number): number[] {
  const bounds = useLiveQuery(async () => {
    const first = await db.logEntries.orderBy('date').first();
    const years = (await db.followUps.orderBy('year').uniqueKeys()) as number[];
    return [...years, ...(first ? [Number(first.date.slice(0, 4))] : [])];
  }, []);
  const all = [...(bounds ?? []), currentYear - 1, currentYear];
  const from = Math.max(2000, Math.min(...all));
  const to = Math.min(2200, Math.max(...all));
  return Array.from({ length: to - from + 1 }, (_, i) => to - i);
}

/** When this device last synced (an ISO instant), live; null when it never has. */
export function useLastSyncedAt(): string | null | undefined {
  return useLiveQuery(async () => (await getMeta<string>(db, 'lastSyncedAt')) ?? null, []);
}
