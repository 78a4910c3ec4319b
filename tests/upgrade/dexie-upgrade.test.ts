import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { VarnaDB } from '../../src/db';
import { CURRENT_DB_VERSION, STORES_V1 } from '../../src/db/schema';
import { issuePairingCode } from '../../src/server/pairing';
import { createSyncEngine, getPairing, listRejected, pairDevice } from '../../src/sync';
import { startServerHolder, type ServerHolder } from '../property/support/server-holder';
import { SIM_SERVER_URL, injectTransport } from '../property/support/transports';

/**
 * Dexie upgrades (issue 8): every shipped Dexie version has a fixture of a device's data
 * (tests/fixtures/dexie-v<N>.json, made once by make-dexie-fixture.ts when N shipped). Each is
 * written with version N's own store definition and opened with the current VarnaDB, which runs
 * every upgrade from N to CURRENT_DB_VERSION: no row may be lost, and the outbox the old version
 * left must still sync. Adding version 2 makes these tests cover v1→v2 with no change here.
 */
interface DexieFixture {
  dexieVersion: number;
  stores: Record<string, string>;
  tables: Record<string, Array<Record<string, unknown>>>;
}

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const fixtures = readdirSync(FIXTURES)
  .filter((name) => /^dexie-v\d+\.json$/.test(name))
  .map((name) => JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8')) as DexieFixture);

/** The primary key path of a store: the first entry of its Dexie definition ('id', 'seq', 'key'). */
const primaryKey = (definition: string) => definition.split(',')[0]!.trim().replace(/^[+&]/, '');

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** Writes the fixture with its own version's schema, as that app version left it on the device. */
async function writeAsShipped(fixture: DexieFixture): Promise<string> {
  const name = `upgrade-v${fixture.dexieVersion}-${crypto.randomUUID()}`;
  const old = new Dexie(name);
  old.version(fixture.dexieVersion).stores(fixture.stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables))
      await old.table(table).bulkAdd(rows);
  });
  old.close();
  return name;
}

describe('Dexie upgrades from every shipped version', () => {
  it('has a fixture for version 1 and the shipped v1 stores are unchanged', () => {
    expect(fixtures.map((f) => f.dexieVersion)).toContain(1);
    // A shipped version never changes: devices already hold databases built from it. Change the
    // schema with a new version (and its fixture); before the first release only, regenerate.
    expect(STORES_V1, 'STORES_V1 changed after v1 shipped').toEqual(
      fixtures.find((f) => f.dexieVersion === 1)!.stores,
    );
    expect(Math.max(...fixtures.map((f) => f.dexieVersion))).toBeLessThanOrEqual(
      CURRENT_DB_VERSION,
    );
  });

  for (const fixture of fixtures) {
    const v = fixture.dexieVersion;

    it(`opens a v${v} database with the current version ${CURRENT_DB_VERSION}: 0 rows lost`, async () => {
      const name = await writeAsShipped(fixture);
      const db = new VarnaDB(name);
      opened.push(db);
      await db.open();
      expect(db.verno).toBe(CURRENT_DB_VERSION);
      for (const [table, rows] of Object.entries(fixture.tables)) {
        const key = primaryKey(fixture.stores[table]!);
        expect(await db.table(table).count(), `rows of ${table}`).toBe(rows.length);
        for (const row of rows) {
          expect(
            await db.table(table).get(row[key] as string),
            `${table} ${String(row[key])}`,
          ).toEqual(row);
        }
      }
    });

    it(`syncs the outbox a v${v} app left, after the update`, async () => {
      const holder: ServerHolder = await startServerHolder();
      try {
        const name = await writeAsShipped(fixture);
        const db = new VarnaDB(name);
        opened.push(db);
        const pending = fixture.tables.outbox!.length;
        const rejectedBefore = (await listRejected(db)).length;
        const { store, now } = holder.current;
        const { code } = await issuePairingCode(
          store,
          (await store.defaultWorkspace()).id,
          'office',
          now,
        );
        const transport = injectTransport(holder);
        await pairDevice(db, transport, SIM_SERVER_URL, code, 'Uppdaterad telefon');
        const engine = createSyncEngine({
          db,
          transport,
          afterWriteDelayMs: 3_600_000,
          intervalMs: 3_600_000,
        });
        const outcome = await engine.syncNow();
        engine.stop();
        expect(outcome).toMatchObject({ ok: true, pushed: pending });
        expect(await db.outbox.count()).toBe(0);
        expect((await listRejected(db)).length).toBe(rejectedBefore);
        // What the device recorded offline is on the endpoint now.
        const pull = await holder.current.app.inject({
          method: 'GET',
          url: '/api/v1/pull?since=0',
          headers: { authorization: `Bearer ${(await getPairing(db))!.token}` },
        });
        const ids = new Set(
          pull.json<{ changes: Array<{ id: string }> }>().changes.map((c) => c.id),
        );
        for (const entry of fixture.tables.outbox!)
          expect(ids.has(entry.recordId as string)).toBe(true);
      } finally {
        await holder.dispose();
      }
    });
  }
});
