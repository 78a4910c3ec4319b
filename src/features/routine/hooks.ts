import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import type { Contact, RoutineInfo, RoutineStep } from '../../shared/schemas';
import { collator } from '../../lib/dates';
import { compareSteps } from './reorder';

export interface RoutineData {
  info: RoutineInfo | null;
  /** Steps not deleted, in order. */
  steps: RoutineStep[];
  /** Contacts not deleted, by id (a step's deleted contact is simply not shown). */
  contactsById: Map<string, Contact>;
  /** Contacts not deleted, by role (Swedish collation): the choices when editing a step. */
  contacts: Contact[];
}

/** The routine, live after local edits and pulls. Read from IndexedDB only: works offline. */
export function useRoutine(): RoutineData | undefined {
  return useLiveQuery(async () => {
    const [infos, steps, contacts] = await Promise.all([
      db.routineInfo.toArray(),
      db.routineSteps.toArray(),
      db.contacts.toArray(),
    ]);
    const live = contacts
      .filter((c) => !c.deleted)
      .sort((a, b) => collator.compare(a.role, b.role));
    return {
      info: infos.find((i) => !i.deleted) ?? null,
      steps: steps.filter((s) => !s.deleted).sort(compareSteps),
      contactsById: new Map(live.map((c) => [c.id, c])),
      contacts: live,
    };
  }, []);
}
