import { useMemo, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { localDateToday } from '../../lib/dates';
import { openFollowUps, todoWindowStart } from './open-follow-ups';
import { todoItems, type TodoItem } from './todo-rules';

/** The plan, its follow-ups, the routine and the contacts: small tables, read live. */
function useTodoTables() {
  return useLiveQuery(async () => {
    const [areas, activities, followUps, routineInfo, contacts] = await Promise.all([
      db.areas.toArray(),
      db.activities.toArray(),
      db.followUps.toArray(),
      db.routineInfo.toArray(),
      db.contacts.toArray(),
    ]);
    return { areas, activities, followUps, routineInfo, contacts };
  }, []);
}

/**
 * The items of "Att göra", live: updated after every write on this device and every pull. Log
 * entries come from the in-memory read model of open follow-ups, so a save never makes the badge
 * read thousands of entries again.
 */
export function useTodoItems(): TodoItem[] | undefined {
  const entries = useSyncExternalStore(openFollowUps.subscribe, openFollowUps.getSnapshot);
  const tables = useTodoTables();
  const today = localDateToday();
  return useMemo(() => {
    if (!entries || !tables) return undefined;
    const since = todoWindowStart();
    return todoItems({
      ...tables,
      entries: entries.filter((e) => e.date >= since),
      today,
    });
  }, [entries, tables, today]);
}

/**
 * How many things there are to do: the badge on the navigation's "Att göra" link (which loads
 * this module lazily, so the rules stay out of the first bundle).
 */
export function useTodoCount(): number | undefined {
  return useTodoItems()?.length;
}
