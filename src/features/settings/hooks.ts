import { useLiveQuery } from 'dexie-react-hooks';
import { META, db, openRows } from '../../db';
import { listRejected, type Pairing, type RejectedChange } from '../../sync';

export function usePendingCount(): number | undefined {
  return useLiveQuery(() => db.outbox.count(), []);
}

export function useOpenConflicts() {
  return useLiveQuery(async () => {
    const open = await db.conflicts.filter((c) => !c.resolved && !c.deleted).toArray();
    return openRows(db, 'conflicts', open);
  }, []);
}

/** Changes the endpoint refused, newest first, kept until the user clears the list. */
export function useRejectedChanges(): RejectedChange[] | undefined {
  return useLiveQuery(() => listRejected(db), []);
}

export function usePairing(): Pairing | null | undefined {
  return useLiveQuery(
    async () => ((await db.meta.get(META.pairing))?.value as Pairing | undefined) ?? null,
    [],
  );
}

export function useMetaValue<T>(key: string): T | null | undefined {
  return useLiveQuery(
    async () => ((await db.meta.get(key))?.value as T | undefined) ?? null,
    [key],
  );
}
