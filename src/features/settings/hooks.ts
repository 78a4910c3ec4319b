import { useLiveQuery } from 'dexie-react-hooks';
import { META, db } from '../../db';
import type { Pairing } from '../../sync';

export function usePendingCount(): number | undefined {
  return useLiveQuery(() => db.outbox.count(), []);
}

export function useOpenConflicts() {
  return useLiveQuery(() => db.conflicts.filter((c) => !c.resolved && !c.deleted).toArray(), []);
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
