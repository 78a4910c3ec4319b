import { newId } from '../shared/ids';
import type { VarnaDB } from './database';

/** Keys of the `meta` table: device-local settings and sync bookkeeping, never synced. */
export const META = {
  deviceId: 'deviceId',
  nextSeq: 'nextSeq',
  seedRevision: 'seedRevision',
  checkpoint: 'checkpoint',
  pairing: 'pairing',
  persistAsked: 'persistAsked',
  deviceName: 'deviceName',
  actorName: 'actorName',
} as const;

export async function getMeta<T>(db: VarnaDB, key: string): Promise<T | undefined> {
  const row = await db.meta.get(key);
  return row?.value as T | undefined;
}

export async function setMeta(db: VarnaDB, key: string, value: unknown): Promise<void> {
  await db.meta.put({ key, value });
}

/**
 * This device's id. Made on first use; replaced (with sequence numbers restarting) when the device
 * is paired, wiped or restored, so (device id, seq) is never reused.
 */
export async function getDeviceId(db: VarnaDB): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const existing = await getMeta<string>(db, META.deviceId);
    if (existing) return existing;
    const id = newId();
    await setMeta(db, META.deviceId, id);
    return id;
  });
}
