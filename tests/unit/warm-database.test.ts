import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { VarnaDB } from '../../src/db';
import { warmDatabase } from '../../src/lib/warm-database';

/**
 * The raw IndexedDB open that runs before React (src/app/warm-database.ts) is only a head start:
 * it must never create the database (the data core creates it with its schema), never block the
 * data core's own open or upgrade, and never lose or change data.
 */
const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});
const fresh = () => {
  const name = `warm-${crypto.randomUUID()}`;
  names.push(name);
  return name;
};
const settle = () => new Promise((r) => setTimeout(r, 50));

describe('warming the database before the app starts', () => {
  it('creates nothing when the database does not exist yet', async () => {
    const name = fresh();
    warmDatabase(name, 5_000);
    await settle();
    expect(await Dexie.exists(name)).toBe(false);
    // The data core then creates it at its own version, with every table.
    const db = new VarnaDB(name);
    await db.open();
    expect(db.tables.map((t) => t.name)).toContain('logEntries');
    db.close();
  });

  it('never blocks an upgrade: the warm connection closes on a version change', async () => {
    const name = fresh();
    const old = new Dexie(name);
    old.version(1).stores({ logEntries: 'id, date' });
    await old.open();
    await old.table('logEntries').put({ id: 'e1', date: '2026-01-02T10:00' });
    old.close();
    warmDatabase(name, 60_000); // held far longer than the test: only the version change closes it
    await settle();
    const db = new VarnaDB(name);
    await db.open(); // upgrades 1 → current; a blocked upgrade would never resolve
    expect(db.verno).toBeGreaterThan(1);
    expect(await db.logEntries.get('e1')).toMatchObject({ date: '2026-01-02T10:00' });
    db.close();
  });

  it('leaves an open database as it is, readable by the data core at once', async () => {
    const name = fresh();
    const first = new VarnaDB(name);
    await first.open();
    await first.meta.put({ key: 'deviceId', value: 'd-1' });
    first.close();
    warmDatabase(name, 5_000);
    await settle();
    const db = new VarnaDB(name);
    await db.open();
    expect(await db.meta.get('deviceId')).toEqual({ key: 'deviceId', value: 'd-1' });
    db.close();
  });
});
