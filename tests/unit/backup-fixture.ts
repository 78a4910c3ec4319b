import { VarnaDB, ensureDefaults, setMeta, writeRecord } from '../../src/db';
import { SYNCED_TABLES } from '../../src/shared/schemas';
import { DEFAULT_AREAS } from '../../src/shared/seed';
import { entry, organisation } from './report-fixture';

export const SECRET_NOTE = 'Känslig anteckning om föreningen Ö; "internt"';

/**
 * A device with a bit of everything: default data, one default record edited, records seen back
 * from the server (version > 0), local records not yet synced (pending outbox entries), a draft,
 * and sync bookkeeping.
 */
export async function populatedDb(name = `t-${crypto.randomUUID()}`): Promise<VarnaDB> {
  const db = new VarnaDB(name);
  await ensureDefaults(db);
  // As if pulled from the server: stored at a server version, no outbox entry.
  await db.organisations.put(organisation('o-synced', 'Åby kyrka', { version: 7 }));
  await db.logEntries.put(
    entry('e-synced', 'dialog', '2025-11-03T10:00', { organisationIds: ['o-synced'], version: 8 }),
  );
  // Made on this device, not yet synced.
  await writeRecord(
    db,
    'organisations',
    'o-local',
    organisation('o-local', 'Ängets förening', { note: SECRET_NOTE }),
  );
  await writeRecord(
    db,
    'logEntries',
    'e-local',
    entry('e-local', 'dialog', '2026-02-01T13:15', {
      organisationIds: ['o-local', 'o-synced'],
      summary: 'Samtal om lokaler; nästa möte i mars',
    }),
  );
  await writeRecord(db, 'organisations', 'o-synced', { note: 'Ändrad lokalt' });
  await writeRecord(db, 'areas', DEFAULT_AREAS[0]!.id, { title: 'Styrgrupp (ändrad)' });
  await db.drafts.put({
    id: 'dialog-new',
    data: { summary: 'Halvfärdig' },
    updatedAt: '2026-02-02T10:00:00.000Z',
  });
  await setMeta(db, 'checkpoint', 42);
  return db;
}

/** Every synced table's rows sorted by id, and the drafts. */
export async function tablesOf(db: VarnaDB): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of [...SYNCED_TABLES, 'drafts']) {
    const rows = (await db.table(table).toArray()) as Array<{ id: string }>;
    out[table] = rows.sort((a, b) => a.id.localeCompare(b.id));
  }
  return out;
}

/** Everything on the device: tables, outbox and meta. */
export async function snapshot(db: VarnaDB): Promise<Record<string, unknown>> {
  return {
    ...(await tablesOf(db)),
    outbox: await db.outbox.orderBy('seq').toArray(),
    meta: await db.meta.toArray(),
  };
}
