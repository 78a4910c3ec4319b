import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from 'zustand';
import { DEFAULT_RETENTION_MONTHS, db, openRows, retentionCutoff, sessionOf } from '../../db';
import { localDateToday } from '../../lib/dates';
import { todoItems, type TodoItem } from './todo-rules';

/** Reads what "Att göra" needs and applies the rules, for today's local date. */
async function loadTodo(): Promise<TodoItem[]> {
  // Follow-ups agreed in the last 13 months (the retention period: older entries keep no text on
  // the device). Bounded by the date index so the badge stays cheap with a large log.
  const since = retentionCutoff(localDateToday(), DEFAULT_RETENTION_MONTHS);
  const [rawEntries, areas, activities, followUps, routineInfo, contacts] = await Promise.all([
    // Agreed follow-ups may be sealed at rest: filter after opening them.
    db.logEntries
      .where('date')
      .aboveOrEqual(since)
      .filter((e) => !e.deleted)
      .toArray(),
    db.areas.toArray(),
    db.activities.toArray(),
    db.followUps.toArray(),
    db.routineInfo.toArray(),
    db.contacts.toArray(),
  ]);
  const entries = (await openRows(db, 'logEntries', rawEntries)).filter((e) =>
    e.followUps.some((f) => !f.done),
  );
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
  // Locking or unlocking changes what sealed follow-ups read as.
  const lockState = useStore(sessionOf(db), (s) => s.state);
  return useLiveQuery(loadTodo, [lockState]);
}

/**
 * How many things there are to do: the badge on the navigation's "Att göra" link (which loads
 * this module lazily, so the rules stay out of the first bundle).
 */
export function useTodoCount(): number | undefined {
  return useTodoItems()?.length;
}
