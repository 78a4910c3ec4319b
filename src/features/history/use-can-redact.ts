import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import { META, db } from '../../db';
import type { Pairing } from '../../sync';

const subscribe = (notify: () => void) => {
  window.addEventListener('online', notify);
  window.addEventListener('offline', notify);
  return () => {
    window.removeEventListener('online', notify);
    window.removeEventListener('offline', notify);
  };
};

/** Whether a redaction can be tried now: it needs a paired device and the network. */
export function useCanRedact(): 'ok' | 'offline' | 'unpaired' | undefined {
  const online = useSyncExternalStore(subscribe, () => navigator.onLine);
  const pairing = useLiveQuery(
    async () => ((await db.meta.get(META.pairing))?.value as Pairing | undefined) ?? null,
    [],
  );
  if (pairing === undefined) return undefined;
  if (!pairing || pairing.revoked) return 'unpaired';
  return online ? 'ok' : 'offline';
}
