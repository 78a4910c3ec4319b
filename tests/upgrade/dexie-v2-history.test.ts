import { readFileSync } from 'node:fs';
import path from 'node:path';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { VarnaDB } from '../../src/db';
import { CURRENT_DB_VERSION, STORES_V1, STORES_V2 } from '../../src/db/schema';

/**
 * Dexie v1 → current (v2 added the audit trail's `history` table), from the shipped v1 fixture: every v1 row
 * is kept unchanged, and the new table is there, empty, with its per-record index.
 */
interface DexieFixture {
  dexieVersion: number;
  stores: Record<string, string>;
  tables: Record<string, Array<Record<string, unknown>>>;
}
const fixture = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../fixtures/dexie-v1.json'), 'utf8'),
) as DexieFixture;

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('Dexie v1 → v2', () => {
  it('keeps every v1 row and adds an empty history table indexed by record', async () => {
    const name = `v1-to-v2-${crypto.randomUUID()}`;
    names.push(name);
    const old = new Dexie(name);
    old.version(1).stores(fixture.stores);
    await old.open();
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(fixture.tables))
        await old.table(table).bulkAdd(rows);
    });
    old.close();

    const db = new VarnaDB(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_DB_VERSION);
    expect(Object.keys(STORES_V2)).toEqual([...Object.keys(STORES_V1), 'history']);
    let total = 0;
    for (const [table, rows] of Object.entries(fixture.tables)) {
      const stored = await db.table(table).toArray();
      expect(stored, table).toHaveLength(rows.length);
      const key = table === 'outbox' ? 'seq' : table === 'meta' ? 'key' : 'id';
      const byKey = new Map(stored.map((row: Record<string, unknown>) => [row[key], row]));
      for (const row of rows)
        expect(byKey.get(row[key]), `${table} ${String(row[key])}`).toEqual(row);
      total += rows.length;
    }
    expect(total).toBeGreaterThan(0);
    expect(await db.history.count()).toBe(0);
    await db.history.bulkPut([
      {
        id: 7,
        seq: 3,
        table: 'logEntries',
        recordId: 'r1',
        version: 3,
        field: 'summary',
        kind: 'change',
        oldValue: null,
        newValue: 'Möte',
        actor: 'Anna',
        deviceName: 'Telefon',
        at: '2025-03-01T10:00:00.000Z',
      },
    ]);
    const forRecord = await db.history
      .where('[table+recordId]')
      .equals(['logEntries', 'r1'])
      .toArray();
    expect(forRecord.map((h) => h.id)).toEqual([7]);
    db.close();
  });
});
