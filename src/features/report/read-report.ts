import { compactAll, openRows, readLogFacts, type VarnaDB } from '../../db';
import { logSummaryCounter, type LogSummary, type ReportPlan } from '../../shared/report';
import type { FollowUp } from '../../shared/schemas';
import { sv } from '../../lib/strings/for/report';

/** Loose batches of log facts (one per log write) past which reading the report folds them in. */
const FOLD_AFTER_READING = 100;

/**
 * The report's reads, for the live queries in hooks.ts. The log is counted from its facts (the
 * report's fields of each live entry, kept compact beside the log: see src/db/log-facts.ts), for
 * the year and the year before; only the small counts are kept. No free text is read, so the
 * counts are the same whether the app is open, locked or unlocked. When many loose batches were
 * read, they are folded in afterwards (outside the live query, which must not write); that write
 * re-runs the query, with the same counts, faster.
 */
export async function readLogSummary(db: VarnaDB, year: number): Promise<LogSummary> {
  const counter = logSummaryCounter(year);
  const loose = await readLogFacts(db, [`${year}-`, `${year - 1}-`], (entry) => counter.add(entry));
  if (loose >= FOLD_AFTER_READING) setTimeout(() => void compactAll(db), 0);
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
