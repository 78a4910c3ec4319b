import type { VarnaDB } from './database';
import { SEED_REVISION } from '../shared/seed/revision';
import { META, getMeta, setMeta } from './meta';

/**
 * Loads the default plan, contacts and routine exactly once per device. Default records have fixed
 * ids (the same on every device and server), are stored at version 0 and make no outbox entry, so a
 * device that later pairs never ends up with two copies. A record already present (edited, pulled,
 * or deleted) is never overwritten. The seed data is imported lazily: only a first run (or a raised revision) loads it.
 */
export async function ensureDefaults(db: VarnaDB): Promise<boolean> {
  if (((await getMeta<number>(db, META.seedRevision)) ?? 0) >= SEED_REVISION) return false;
  const { defaultRecords } = await import('../shared/seed');
  const records = defaultRecords();
  const tables = [...new Set(records.map((r) => r.table))].map((t) => db.syncedTable(t));
  return db.transaction('rw', [...tables, db.meta], async () => {
    if (((await getMeta<number>(db, META.seedRevision)) ?? 0) >= SEED_REVISION) return false;
    for (const { table, record } of records) {
      const store = db.syncedTable(table);
      if ((await store.get(record.id)) === undefined) await store.add(record);
    }
    await setMeta(db, META.seedRevision, SEED_REVISION);
    return true;
  });
}
