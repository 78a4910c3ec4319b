import { readFileSync } from 'node:fs';
import path from 'node:path';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { VarnaDB } from '../../src/db';
import { STORES_V2, STORES_V3 } from '../../src/db/schema';
import { readLogSummary } from '../../src/features/report/read-report';
import { summarizeLog } from '../../src/shared/report';
import { entry } from '../unit/report-fixture';

/**
 * Dexie v2 → v3 (the report's log facts): a device's v2 data — the shipped v1 fixture's rows, a
 * larger log with tombstones over two years, and audit history — opened with the current app.
 * Every v2 row stays as it was, and the facts the upgrade builds give the report exactly the
 * figures of counting the stored log itself.
 */
interface DexieFixture {
  tables: Record<string, Array<Record<string, unknown>>>;
}
const fixture = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../fixtures/dexie-v1.json'), 'utf8'),
) as DexieFixture;

const extraLog = Array.from({ length: 300 }, (_, i) =>
  entry(
    `v2-${i}`,
    i % 5 === 0 ? 'network' : 'dialog',
    `${2025 + (i % 2)}-0${1 + (i % 9)}-12T09:00`,
    {
      organisationIds: [`org-${i % 7}`],
      networkLevel: i % 5 === 0 ? 'regional' : null,
      deleted: i % 11 === 0,
    },
  ),
);

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('Dexie v2 → v3', () => {
  it('keeps every v2 row and builds log facts that count the stored log exactly', async () => {
    const name = `v2-to-v3-${crypto.randomUUID()}`;
    names.push(name);
    const old = new Dexie(name);
    old.version(2).stores(STORES_V2);
    await old.open();
    const tables: Record<string, Array<Record<string, unknown>>> = {
      ...fixture.tables,
      logEntries: [...(fixture.tables.logEntries ?? []), ...extraLog],
      history: [{ id: 1, seq: 1, table: 'logEntries', recordId: 'v2-1', version: 1, field: null }],
    };
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows);
    });
    old.close();

    const db = new VarnaDB(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(Object.keys(STORES_V3)).toEqual([...Object.keys(STORES_V2), 'logFacts', 'logLoose']);
    for (const [table, rows] of Object.entries(tables)) {
      const stored = await db.table(table).toArray();
      expect(stored, table).toEqual(expect.arrayContaining(rows));
      expect(stored, table).toHaveLength(rows.length);
    }
    const log = await db.logEntries.toArray();
    const live = log.filter((e) => !e.deleted).length;
    expect(
      (await db.logFacts.toArray()).reduce((n, b) => n + (b.ids ? b.ids.split('\n').length : 0), 0),
    ).toBe(live);
    expect(await db.logLoose.count()).toBe(0);
    for (const year of [2025, 2026]) {
      const summary = await readLogSummary(db, year);
      const expected = summarizeLog(log, year);
      expect(summary.indicators).toEqual(expected.indicators);
      expect(summary.dialogsByMonth).toEqual(expected.dialogsByMonth);
      expect(summary.dialogCount).toBe(expected.dialogCount);
      expect(summary.dialogCount).toBeGreaterThan(0);
    }
    db.close();
  });
});
