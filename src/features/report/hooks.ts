import { useLiveQuery } from 'dexie-react-hooks';
import { db, getMeta, openRows } from '../../db';
import { buildYearReport, type YearReport } from '../../shared/report';
import type { FollowUp } from '../../shared/schemas';
import { sv } from '../../lib/strings';

/**
 * The year's follow-ups with comments sealed at rest opened; while the app is locked a sealed
 * comment says so instead of reading as an empty comment.
 */
async function openFollowUps(rows: FollowUp[]): Promise<FollowUp[]> {
  const opened = await openRows(db, 'followUps', rows);
  return opened.map((row) =>
    (row as { $locked?: boolean }).$locked ? { ...row, comment: sv.report.activity.locked } : row,
  );
}

/**
 * The annual report for `year`, live: a dialog saved or a follow-up changed in any tab of this
 * device, or pulled from the server, shows without a reload. Only the log of the year and the year
 * before is read (the date index), so a long log stays quick. The log's sealed text is never needed.
 */
export function useYearReport(year: number): YearReport | undefined {
  return useLiveQuery(async () => {
    const [areas, activities, followUps, entries, organisations] = await Promise.all([
      db.areas.toArray(),
      db.activities.toArray(),
      db.followUps.where('year').equals(year).toArray().then(openFollowUps),
      db.logEntries
        .where('date')
        .between(`${year - 1}-01-01T00:00`, `${year}-12-31T23:59`, true, true)
        .toArray(),
      db.organisations.toArray(),
    ]);
    return buildYearReport({ areas, activities, followUps, entries, organisations }, year);
  }, [year]);
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
