import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import type { Contact } from '../../shared/schemas';

/** Every contact that is not deleted; live after local writes and pulls. Undefined while loading. */
export function useContacts(): Contact[] | undefined {
  return useLiveQuery(() => db.contacts.filter((c) => !c.deleted).toArray(), []);
}
