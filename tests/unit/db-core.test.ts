import { afterEach, describe, expect, it } from 'vitest';
import {
  META,
  RecordValidationError,
  VarnaDB,
  deleteRecord,
  ensureDefaults,
  getMeta,
  recordWrite,
  setMeta,
  writeRecord,
  writeRecords,
} from '../../src/db';
import { DEFAULT_AREAS, DEFAULT_ACTIVITIES, defaultRecords } from '../../src/shared/seed';
import type { Organisation } from '../../src/shared/schemas';

const open: VarnaDB[] = [];
function freshDb(): VarnaDB {
  const db = new VarnaDB(`t-${crypto.randomUUID()}`);
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

function organisation(name: string): Omit<Organisation, 'id' | 'version'> {
  return {
    name,
    kind: 'forening',
    wishesDialog: 'okant',
    firstContact: null,
    note: '',
    mergedInto: null,
    deleted: false,
    updatedAt: new Date().toISOString(),
  };
}

describe('default data', () => {
  it('loads the whole plan once, at version 0, with no outbox entries', async () => {
    const db = freshDb();
    expect(await ensureDefaults(db)).toBe(true);
    expect(await db.areas.count()).toBe(DEFAULT_AREAS.length);
    expect(await db.activities.count()).toBe(DEFAULT_ACTIVITIES.length);
    expect(await db.outbox.count()).toBe(0);
    const areas = await db.areas.toArray();
    expect(areas.every((a) => a.version === 0 && !a.deleted)).toBe(true);
  });

  it('does not duplicate the plan on a second start, nor undo an edit made since', async () => {
    const db = freshDb();
    await ensureDefaults(db);
    const first = DEFAULT_AREAS[0]!;
    await writeRecord(db, 'areas', first.id, { title: 'Styrgrupp (ändrad)' });
    await setMeta(db, META.seedRevision, 0); // as if an older app had stored the seed
    await ensureDefaults(db);
    expect(await ensureDefaults(db)).toBe(false);
    expect(await db.areas.count()).toBe(DEFAULT_AREAS.length);
    expect((await db.areas.get(first.id))?.title).toBe('Styrgrupp (ändrad)');
  });

  it('gives every device the same ids for the default records', () => {
    const ids = defaultRecords().map((r) => r.record.id);
    expect(defaultRecords().map((r) => r.record.id)).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('writeRecord', () => {
  it('stores the row and one outbox entry with the changed fields and a sequence number', async () => {
    const db = freshDb();
    const id = crypto.randomUUID();
    await writeRecord(db, 'organisations', id, organisation('Moskéföreningen'));
    await writeRecord(db, 'organisations', id, { note: 'Vill ha dialog' });
    const entries = await db.outbox.orderBy('seq').toArray();
    expect(entries.map((e) => e.seq)).toEqual([1, 2]);
    expect(entries[0]!.before).toBeNull();
    expect(entries[0]!.fields.name).toBe('Moskéföreningen');
    expect(Object.keys(entries[1]!.fields).sort()).toEqual(['note', 'updatedAt']);
    expect(entries[1]!.before).toMatchObject({ note: '' });
    expect((await db.organisations.get(id))?.note).toBe('Vill ha dialog');
  });

  it('makes no outbox entry for a change that changes nothing', async () => {
    const db = freshDb();
    const id = crypto.randomUUID();
    await writeRecord(db, 'organisations', id, organisation('IFK'));
    await writeRecord(db, 'organisations', id, { name: 'IFK' });
    expect(await db.outbox.count()).toBe(1);
  });

  it('stores neither the row nor the outbox entry when the outbox write fails', async () => {
    const db = freshDb();
    const first = crypto.randomUUID();
    await writeRecord(db, 'organisations', first, organisation('Första'));
    // Force the next outbox insert to collide with the existing entry's key.
    await setMeta(db, META.nextSeq, 1);
    const second = crypto.randomUUID();
    await expect(writeRecord(db, 'organisations', second, organisation('Andra'))).rejects.toThrow();
    expect(await db.organisations.get(second)).toBeUndefined();
    expect(await db.outbox.count()).toBe(1);
    expect(await getMeta<number>(db, META.nextSeq)).toBe(1);
  });

  it('rolls back every record of a multi-record write when one is invalid', async () => {
    const db = freshDb();
    const good = crypto.randomUUID();
    const bad = crypto.randomUUID();
    await expect(
      writeRecords(db, [
        recordWrite('organisations', good, organisation('Bra förening')),
        recordWrite('organisations', bad, { ...organisation(''), kind: 'forening' }),
      ]),
    ).rejects.toBeInstanceOf(RecordValidationError);
    expect(await db.organisations.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('deletes as a tombstone that is itself a pending change', async () => {
    const db = freshDb();
    const id = crypto.randomUUID();
    await writeRecord(db, 'organisations', id, organisation('Tillfällig'));
    await deleteRecord(db, 'organisations', id);
    expect((await db.organisations.get(id))?.deleted).toBe(true);
    const last = await db.outbox.orderBy('seq').last();
    expect(last?.fields.deleted).toBe(true);
  });

  it("deletes a saved form's draft in the same transaction, and keeps it when the save fails", async () => {
    const db = freshDb();
    await db.drafts.put({ id: 'dialog-new', data: { summary: 'Utkast' }, updatedAt: '' });
    await expect(
      writeRecords(db, [recordWrite('organisations', crypto.randomUUID(), organisation(''))], {
        deleteDrafts: ['dialog-new'],
      }),
    ).rejects.toBeInstanceOf(RecordValidationError);
    expect(await db.drafts.get('dialog-new')).toBeDefined();
    await writeRecords(
      db,
      [recordWrite('organisations', crypto.randomUUID(), organisation('IFK'))],
      {
        deleteDrafts: ['dialog-new'],
      },
    );
    expect(await db.drafts.get('dialog-new')).toBeUndefined();
  });
});
