import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { localDateToday } from '../../lib/dates';
import { todoItems, type TodoItem } from './todo-rules';

/** Reads what "Att göra" needs and applies the rules, for today's local date. */
async function loadTodo(): Promise<TodoItem[]> {
  const [entries, areas, activities, followUps, routineInfo, contacts] = await Promise.all([
    db.logEntries.filter((e) => !e.deleted && e.followUps.some((f) => !f.done)).toArray(),
    db.areas.toArray(),
    db.activities.toArray(),
    db.followUps.toArray(),
    db.routineInfo.toArray(),
    db.contacts.toArray(),
  ]);
  return todoItems({
    entries,
    areas,
    activities,
    followUps,
    routineInfo,
    contacts,
    today: localDateToday(),
  });
}

/** The items of "Att göra", live: updated after every write on this device and every pull. */
export function useTodoItems(): TodoItem[] | undefined {
  return useLiveQuery(loadTodo, []);
}

/**
 * How many things there are to do: the badge on the navigation's "Att göra" link (which loads
 * this module lazily, so the rules stay out of the first bundle).
 */
export function useTodoCount(): number | undefined {
  return useTodoItems()?.length;
}
