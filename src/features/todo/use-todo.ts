import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { localDateToday } from '../../lib/dates';
import type * as TodoRules from './todo-rules';
import type { TodoItem } from './todo-rules';

type Rules = typeof TodoRules;

/** Reads what "Att göra" needs and applies the rules, for today's local date. */
async function loadTodo(rules: Rules): Promise<TodoItem[]> {
  const [entries, areas, activities, followUps, routineInfo, contacts] = await Promise.all([
    db.logEntries.filter((e) => !e.deleted && e.followUps.some((f) => !f.done)).toArray(),
    db.areas.toArray(),
    db.activities.toArray(),
    db.followUps.toArray(),
    db.routineInfo.toArray(),
    db.contacts.toArray(),
  ]);
  return rules.todoItems({
    entries,
    areas,
    activities,
    followUps,
    routineInfo,
    contacts,
    today: localDateToday(),
  });
}

/**
 * The rules, loaded on first use: the navigation's badge needs them on every page, but they stay
 * out of the JavaScript loaded before the first render.
 */
function useRules(): Rules | undefined {
  const [rules, setRules] = useState<Rules>();
  useEffect(() => {
    let active = true;
    void import('./todo-rules').then((module) => active && setRules(module));
    return () => {
      active = false;
    };
  }, []);
  return rules;
}

/** The items of "Att göra", live: updated after every write on this device and every pull. */
export function useTodoItems(): TodoItem[] | undefined {
  const rules = useRules();
  return useLiveQuery(async () => (rules ? loadTodo(rules) : undefined), [rules]);
}

/** How many things there are to do: the badge on the navigation's "Att göra" link. */
export function useTodoCount(): number | undefined {
  return useTodoItems()?.length;
}
