import { openRows, recordWrite, writeRecords, type VarnaDB } from '../../db';
import { followUpId } from '../../shared/ids';
import type { FollowUpHistoryItem } from '../../shared/schemas';
import { currentValue, MAX_HISTORY } from './follow-up-change';

/**
 * Copies the plan to a new year: every activity (of a live area) gets a follow-up for `toYear`
 * with status Ej bedömd and an empty comment; the `fromYear` assessment, comment included, is kept
 * as the new follow-up's history. A follow-up that already exists for `toYear` is left alone, so
 * copying twice, or on two devices, changes nothing more (the ids are made from (activity, year)).
 * One write transaction. Returns how many follow-ups were created.
 */
export async function copyPlanToYear(
  db: VarnaDB,
  fromYear: number,
  toYear: number,
): Promise<number> {
  // Reads first, sealed history opened, then one writeRecords transaction (WebCrypto inside a
  // Dexie transaction would end it early).
  const liveAreas = new Set((await db.areas.toArray()).filter((a) => !a.deleted).map((a) => a.id));
  const activities = (await db.activities.toArray()).filter(
    (a) => !a.deleted && liveAreas.has(a.areaId),
  );
  const fromRows = (await db.followUps.where('year').equals(fromYear).toArray()).filter(
    (f) => !f.deleted,
  );
  const previous = new Map(
    (await openRows(db, 'followUps', fromRows)).map((f) => [f.activityId, f]),
  );
  const writes = [];
  for (const activity of activities) {
    const id = followUpId(activity.id, toYear);
    const existing = await db.followUps.get(id);
    if (existing && !existing.deleted) continue;
    const last = previous.get(activity.id);
    const lastValue = last ? currentValue(last) : null;
    const carried: FollowUpHistoryItem[] = [
      ...(last?.history ?? []),
      ...(lastValue ? [lastValue] : []),
    ];
    writes.push(
      recordWrite('followUps', id, {
        activityId: activity.id,
        year: toYear,
        status: 'ejBedomd',
        comment: '',
        assessedBy: '',
        assessedAt: null,
        history: carried.slice(-MAX_HISTORY),
        deleted: false,
      }),
    );
  }
  if (writes.length > 0) await writeRecords(db, writes);
  return writes.length;
}
