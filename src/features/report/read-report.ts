import { openRows, type VarnaDB } from '../../db';
import { logSummaryCounter, type LogSummary, type ReportPlan } from '../../shared/report';
import type { FollowUp } from '../../shared/schemas';
import { sv } from '../../lib/strings';

/**
 * The report's reads, for the live queries in hooks.ts. The log is read by the date index for
 * the year and the year before only and counted as it is read: only the small counts are kept.
 * Its sealed text is never opened (the report shows none), so the counts are the same whether
 * the app is open, locked or unlocked.
 */
export async function readLogSummary(db: VarnaDB, year: number): Promise<LogSummary> {
  const counter = logSummaryCounter(year);
  const rows = await db.logEntries
    .where('date')
    .between(`${year - 1}-01-01T00:00`, `${year}-12-31T23:59`, true, true)
    .toArray();
  for (const row of rows) counter.add(row);
  return counter.result();
}

/**
 * The year's follow-ups with comments sealed at rest opened; while the app is locked a sealed
 * comment says so instead of reading as an empty comment.
 */
async function openFollowUps(db: VarnaDB, rows: FollowUp[]): Promise<FollowUp[]> {
  const opened = await openRows(db, 'followUps', rows);
  return opened.map((row) =>
    (row as { $locked?: boolean }).$locked ? { ...row, comment: sv.report.activity.locked } : row,
  );
}

/** The plan's small tables and the year's follow-ups (comments opened), for `year`. */
export async function readReportPlan(
  db: VarnaDB,
  year: number,
): Promise<ReportPlan & { year: number }> {
  const [areas, activities, followUps, organisations] = await Promise.all([
    db.areas.toArray(),
    db.activities.toArray(),
    db.followUps
      .where('year')
      .equals(year)
      .toArray()
      .then((rows) => openFollowUps(db, rows)),
    db.organisations.toArray(),
  ]);
  return { year, areas, activities, followUps, organisations };
}
