import { afterEach, describe, expect, it } from 'vitest';
import {
  VarnaDB,
  lock,
  openHistoryRows,
  removePassphrase,
  sealHistoryEntries,
  setPassphrase,
  unlock,
} from '../../src/db';
import type { HistoryEntry } from '../../src/shared/sync/history-protocol';

const ITERATIONS = 1_000; // fast for tests; the app uses 600,000
const PASSPHRASE = 'en lång lösenfras';
const dbs: VarnaDB[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

function entry(id: number, table: string, field: string, oldValue: unknown, newValue: unknown) {
  return {
    id,
    seq: id,
    table,
    recordId: `r${id}`,
    version: id,
    field,
    kind: 'change',
    oldValue,
    newValue,
    actor: 'Anna',
    deviceName: 'Telefon',
    at: '2025-03-01T10:00:00.000Z',
  } satisfies HistoryEntry;
}

const summary = entry(1, 'logEntries', 'summary', 'Gammal text Xq7', 'Ny text Xq7');
const followUps = entry(2, 'logEntries', 'followUps', [], [{ id: 'f', text: 'Ring Xq7' }]);
const kind = entry(3, 'logEntries', 'kind', null, 'dialog');
const contactName = entry(4, 'contacts', 'name', '', 'Växeln');

const stored = async (db: VarnaDB) => JSON.stringify(await db.history.toArray());

describe('history at rest', () => {
  it('is sealed when a passphrase is set, readable when unlocked, hidden while locked', async () => {
    const db = new VarnaDB(`t-${crypto.randomUUID()}`);
    dbs.push(db);
    await db.history.bulkPut([summary, followUps, kind, contactName]);
    expect(await stored(db)).toContain('Xq7');

    // Setting a passphrase seals the values of sensitive fields already stored.
    await setPassphrase(db, PASSPHRASE, ITERATIONS);
    expect(await stored(db)).not.toContain('Xq7');
    expect((await db.history.get(3))?.newValue).toBe('dialog');
    expect((await db.history.get(4))?.newValue).toBe('Växeln');
    const opened = await openHistoryRows(db, await db.history.orderBy('id').toArray());
    expect(opened.map((r) => r.newValue)).toEqual([
      'Ny text Xq7',
      [{ id: 'f', text: 'Ring Xq7' }],
      'dialog',
      'Växeln',
    ]);

    // Rows pulled while unlocked are sealed before they are stored.
    const pulled = await sealHistoryEntries(db, [entry(5, 'organisations', 'note', '', 'Xq7 ny')]);
    await db.history.bulkPut(pulled);
    expect(await stored(db)).not.toContain('Xq7');

    lock(db);
    const locked = await openHistoryRows(db, await db.history.orderBy('id').toArray());
    expect(locked[0]).toMatchObject({ locked: true, oldValue: null, newValue: null });
    expect(locked[2]).toMatchObject({ newValue: 'dialog' });
    expect(locked[2]!.locked).toBeUndefined();
    await expect(sealHistoryEntries(db, [summary])).rejects.toThrow(/låst/);

    expect(await unlock(db, PASSPHRASE)).toEqual({ ok: true });
    await removePassphrase(db);
    expect((await db.history.get(1))?.oldValue).toBe('Gammal text Xq7');
    expect((await db.history.get(5))?.newValue).toBe('Xq7 ny');
  });
});
