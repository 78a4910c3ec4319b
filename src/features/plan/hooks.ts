import { useLiveQuery } from 'dexie-react-hooks';
import { db, openRows } from '../../db';
import { yearIndicators, type YearIndicators } from '../../shared/indicators';
import type { Activity, Area, FollowUp, Intervention } from '../../shared/schemas';
import { collator } from '../../lib/dates';

export interface PlanData {
  areas: Area[];
  /** Live activities of live areas, by area id, in their order. */
  activitiesByArea: Map<string, Activity[]>;
  /** The chosen year's follow-ups, by activity id. */
  followUps: Map<string, FollowUp>;
}

const byOrder = <T extends { order: number }>(a: T, b: T, name: (x: T) => string) =>
  a.order - b.order || collator.compare(name(a), name(b));

/** The plan and the year's follow-ups, live: current after every local write and every pull. */
export function usePlanData(year: number): PlanData | undefined {
  return useLiveQuery(async () => {
    const [areas, activities, followUps] = await Promise.all([
      db.areas.toArray(),
      db.activities.toArray(),
      db.followUps
        .where('year')
        .equals(year)
        .toArray()
        .then((rows) => openRows(db, 'followUps', rows)),
    ]);
    const liveAreas = areas.filter((a) => !a.deleted).sort((a, b) => byOrder(a, b, (x) => x.title));
    const activitiesByArea = new Map<string, Activity[]>(liveAreas.map((a) => [a.id, []]));
    for (const activity of activities) {
      if (!activity.deleted) activitiesByArea.get(activity.areaId)?.push(activity);
    }
    for (const list of activitiesByArea.values()) list.sort((a, b) => byOrder(a, b, (x) => x.what));
    return {
      areas: liveAreas,
      activitiesByArea,
      followUps: new Map(followUps.filter((f) => !f.deleted).map((f) => [f.activityId, f])),
    };
  }, [year]);
}

/**
 * The year's indicators counted from the log, live: a dialog saved in any tab of this device, or
 * pulled from the server, shows here without a reload.
 */
export function useYearIndicators(year: number): YearIndicators | undefined {
  return useLiveQuery(async () => {
    const rows = await db.logEntries
      .where('date')
      .between(`${year}-01-01T00:00`, `${year}-12-31T23:59`, true, true)
      .toArray();
    return yearIndicators(await openRows(db, 'logEntries', rows), year);
  }, [year]);
}

/** The interventions catalogue, live, in order. */
export function useInterventions(): Intervention[] | undefined {
  return useLiveQuery(async () => {
    const all = await db.interventions.toArray();
    return all.filter((i) => !i.deleted).sort((a, b) => byOrder(a, b, (x) => x.title));
  }, []);
}

/** Years the chooser offers: every year with follow-ups or a due activity, and around now. */
export function useYearOptions(currentYear: number, chosen: number): number[] {
  const bounds = useLiveQuery(async () => {
    const years = (await db.followUps.orderBy('year').uniqueKeys()) as number[];
    const dueYears = (await db.activities.toArray())
      .filter((a) => !a.deleted && a.dueYear !== null)
      .map((a) => a.dueYear as number);
    return [...years, ...dueYears];
  }, []);
  const all = [...(bounds ?? []), currentYear - 1, currentYear + 1, chosen];
  const from = Math.max(2000, Math.min(...all));
  const to = Math.min(2200, Math.max(...all));
  return Array.from({ length: to - from + 1 }, (_, i) => to - i);
}
