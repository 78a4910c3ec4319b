import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecordValidationError, VarnaDB, recordWrite, writeRecords } from '../../src/db';

let db: VarnaDB;
beforeEach(() => {
  db = new VarnaDB('t-' + crypto.randomUUID());
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const org = (name: string) => ({
  name,
  kind: 'forening' as const,
  wishesDialog: 'okant' as const,
  firstContact: null,
  note: '',
  mergedInto: null,
  deleted: false,
});

describe('writeRecords (reads once, then writes everything together)', () => {
  it('numbers the outbox entries in order across calls, and a record written twice builds on its first write', async () => {
    await writeRecords(db, [recordWrite('organisations', 'a', org('Förening A'))]);
    const [, second] = await writeRecords(db, [
      recordWrite('organisations', 'b', org('Förening B')),
      recordWrite('organisations', 'b', { note: 'Andra skrivningen' }),
    ]);
    expect(second).toMatchObject({ name: 'Förening B', note: 'Andra skrivningen' });
    expect(await db.organisations.get('b')).toMatchObject({
      name: 'Förening B',
      note: 'Andra skrivningen',
    });
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((e) => [e.seq, e.recordId])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'b'],
    ]);
    expect(outbox[2]!.before).toEqual({ note: '', updatedAt: expect.any(String) });
  });

  it('writes nothing, and uses no sequence number, when any record is invalid', async () => {
    await expect(
      writeRecords(db, [
        recordWrite('organisations', 'ok', org('Förening OK')),
        recordWrite('organisations', 'bad', { name: 'Utan resten' }),
      ]),
    ).rejects.toBeInstanceOf(RecordValidationError);
    expect(await db.organisations.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    await writeRecords(db, [recordWrite('organisations', 'ok', org('Förening OK'))]);
    expect((await db.outbox.toArray()).map((e) => e.seq)).toEqual([1]);
  });

  it('makes no outbox entry for a write that changes nothing', async () => {
    await writeRecords(db, [recordWrite('organisations', 'a', org('Förening A'))]);
    await writeRecords(db, [recordWrite('organisations', 'a', { name: 'Förening A' })]);
    expect(await db.outbox.count()).toBe(1);
  });
});
