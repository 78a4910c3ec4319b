import type { VarnaDB } from '../db';
import { getDeviceId } from '../db';

/**
 * The pending changes as a JSON document, so that a device whose sync has stopped (revoked, or a
 * server gone) can hand its unsynced work to the office by other means.
 */
export async function exportPendingChanges(db: VarnaDB): Promise<string> {
  const entries = await db.outbox.orderBy('seq').toArray();
  return JSON.stringify(
    {
      format: 'varna-pending-changes',
      version: 1,
      exportedAt: new Date().toISOString(),
      deviceId: await getDeviceId(db),
      changes: entries,
    },
    null,
    2,
  );
}
