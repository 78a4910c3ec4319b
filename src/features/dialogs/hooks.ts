import { useMemo, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db, openRows } from '../../db';
import type { LogEntry, Organisation } from '../../shared/schemas';
import { collator } from '../../lib/dates';
import { resolveMerged } from './actions';
import { logStore, type LogSnapshot } from './log-store';

/** The live entries, sorted, and the register, from the log's read model (undefined while loading). */
export function useLogSnapshot(): LogSnapshot | undefined {
  return useSyncExternalStore(logStore.subscribe, logStore.getSnapshot);
}

/** One entry; null when it does not exist. Live. */
export function useLogEntry(id: string): LogEntry | null | undefined {
  return useLiveQuery(async () => {
    const entry = await db.logEntries.get(id);
    return entry ? ((await openRows(db, 'logEntries', [entry]))[0] ?? null) : null;
  }, [id]);
}

/** The whole register, merged and deleted organisations included (to name old entries). Live. */
export function useOrganisations(): Organisation[] | undefined {
  return useLiveQuery(
    async () => openRows(db, 'organisations', await db.organisations.toArray()),
    [],
  );
}

/** Live organisations that can be chosen, in Swedish alphabetical order. */
export function liveOrganisations(all: Organisation[]): Organisation[] {
  return all
    .filter((o) => !o.deleted && !o.mergedInto)
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** A function naming an organisation id, following merges; unknown ids get an empty name. */
export function useOrganisationNames(all: Organisation[] | undefined): (id: string) => string {
  return useMemo(() => {
    const byId = new Map((all ?? []).map((o) => [o.id, o]));
    return (id: string) => byId.get(resolveMerged(byId, id))?.name ?? '';
  }, [all]);
}

export interface ActivityOption {
  id: string;
  label: string;
}

const shorten = (text: string, max = 90) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

/** The plan's activities for the "linked activity" choice, in plan order, labelled by area. */
export function usePlanActivities(): ActivityOption[] | undefined {
  return useLiveQuery(async () => {
    const [areas, activities] = await Promise.all([db.areas.toArray(), db.activities.toArray()]);
    const areaById = new Map(areas.map((a) => [a.id, a]));
    return activities
      .filter((a) => !a.deleted)
      .sort(
        (a, b) =>
          (areaById.get(a.areaId)?.order ?? 0) - (areaById.get(b.areaId)?.order ?? 0) ||
          a.order - b.order,
      )
      .map((a) => ({
        id: a.id,
        label: `${areaById.get(a.areaId)?.title ?? ''}: ${shorten(a.what.split('\n')[0] ?? '')}`,
      }));
  }, []);
}
