import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  META,
  RecordValidationError,
  VarnaDB,
  createRecord,
  createWrite,
  ensureDefaults,
  onLocalCommit,
  setMeta,
  setPassphrase,
  writeRecord,
  writeRecords,
} from '../../src/db';
import { newId } from '../../src/shared/ids';

const dbs: VarnaDB[] = [];
afterEach(async () => {
  const opened = dbs.splice(0);
  for (const db of opened) db.close();
  for (const name of new Set(opened.map((d) => d.name))) await new VarnaDB(name).delete();
});
function open(name = `t-${crypto.randomUUID()}`): VarnaDB {
  const db = new VarnaDB(name);
  dbs.push(db);
  return db;
}

const org = (name: string, note = '') => ({
  name,
  kind: 'forening' as const,
  wishesDialog: 'okant' as const,
  firstContact: null,
  note,
  mergedInto: null,
  deleted: false,
});

/** Every outbox entry's seq, in order, and whether each names a stored record. */
async function outboxOf(db: VarnaDB) {
  const entries = await db.outbox.orderBy('seq').toArray();
  const rows = await db.organisations.bulkGet(entries.map((e) => e.recordId));
  return { seqs: entries.map((e) => e.seq), allStored: rows.every((r) => r !== undefined) };
}
const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('creating records in one round (createRecord / createWrite)', () => {
  it('numbers the changes of two tabs on one database uniquely and without gaps', async () => {
    const name = `t-${crypto.randomUUID()}`;
    const [tabA, tabB] = [open(name), open(name)];
    const ids: string[] = [];
    const create = (db: VarnaDB, label: string) => {
      const id = newId();
      ids.push(id);
      return createRecord(db, 'organisations', id, org(label));
    };
    // Alternating, so each tab's remembered sequence number is stale on every other save; and
    // each entry is removed once sent (as a push does), so a reused number would not collide.
    const sent: number[] = [];
    for (let i = 0; i < 6; i++) {
      await create(i % 2 ? tabB : tabA, `Turvis ${i}`);
      sent.push(...(await tabA.outbox.toArray()).map((e) => e.seq));
      await tabB.outbox.clear();
    }
    expect(sent).toEqual(oneTo(6));
    // At the same time, in both tabs, mixed with ordinary writes.
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        i % 5 === 4
          ? writeRecord(i % 2 ? tabA : tabB, 'organisations', ids[0]!, { note: `Ändrad ${i}` })
          : create(i % 2 ? tabA : tabB, `Samtidig ${i}`),
      ),
    );
    const { seqs, allStored } = await outboxOf(tabA);
    expect(seqs).toEqual(oneTo(26).slice(6));
    expect(allStored).toBe(true);
    expect(await tabB.organisations.count()).toBe(ids.length);
    expect((await tabA.meta.get(META.nextSeq))?.value).toBe(27);
  });

  it('writes nothing for an invalid create, and the next create numbers on without a gap', async () => {
    const db = open();
    await createRecord(db, 'organisations', newId(), org('Första'));
    await createRecord(db, 'organisations', newId(), org('Andra'));
    const bad = newId();
    await expect(
      createRecord(db, 'organisations', bad, { ...org(''), name: '' }),
    ).rejects.toBeInstanceOf(RecordValidationError);
    expect(await db.organisations.get(bad)).toBeUndefined();
    await createRecord(db, 'organisations', newId(), org('Tredje'));
    expect((await outboxOf(db)).seqs).toEqual([1, 2, 3]);
  });

  it('writes nothing when the stored numbering was changed elsewhere and collides, then recovers', async () => {
    const db = open();
    await createRecord(db, 'organisations', newId(), org('Första'));
    await createRecord(db, 'organisations', newId(), org('Andra'));
    // Another writer (a restore, say) set the next number back onto a used one.
    await setMeta(db, META.nextSeq, 2);
    const lost = newId();
    await expect(createRecord(db, 'organisations', lost, org('Krockar'))).rejects.toThrow();
    expect(await db.organisations.get(lost)).toBeUndefined();
    expect((await outboxOf(db)).seqs).toEqual([1, 2]);
    await setMeta(db, META.nextSeq, 3);
    await createRecord(db, 'organisations', newId(), org('Tredje'));
    await createRecord(db, 'organisations', newId(), org('Fjärde'));
    expect((await outboxOf(db)).seqs).toEqual([1, 2, 3, 4]);
  });

  it('never overwrites a record that exists: it is updated as an ordinary write', async () => {
    const db = open();
    await createRecord(db, 'organisations', newId(), org('Först'));
    // A row pulled from the server, at version 3.
    const id = newId();
    await db.organisations.put({
      ...org('Moskéföreningen', 'Från kontoret'),
      id,
      version: 3,
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    await createRecord(db, 'organisations', id, org('Moskéföreningen', 'Ny anteckning'));
    expect(await db.organisations.get(id)).toMatchObject({ version: 3, note: 'Ny anteckning' });
    const entry = (await db.outbox.orderBy('seq').toArray()).at(-1)!;
    expect(entry).toMatchObject({ seq: 2, recordId: id, baseVersion: 3 });
    expect(entry.before).toMatchObject({ note: 'Från kontoret' });
    expect(Object.keys(entry.fields).sort()).toEqual(['note', 'updatedAt']);
  });

  it("deletes the form's draft in the same transaction, and tells listeners after the commit", async () => {
    const db = open();
    await createRecord(db, 'organisations', newId(), org('Först'));
    await db.drafts.put({ id: 'utkast', data: { name: 'Halvfylld' }, updatedAt: '' });
    const id = newId();
    const heard: Array<{ id: string; stored: boolean }> = [];
    const stop = onLocalCommit((_table, recordId) => {
      // Read after the callback: it must find the committed row.
      void db.organisations.get(recordId).then((r) => heard.push({ id: recordId, stored: !!r }));
    });
    try {
      await writeRecords(db, [createWrite('organisations', id, org('Med utkast'))], {
        deleteDrafts: ['utkast'],
      });
    } finally {
      stop();
    }
    await db.organisations.get(id);
    expect(heard).toEqual([{ id, stored: true }]);
    expect(await db.drafts.get('utkast')).toBeUndefined();
    expect((await outboxOf(db)).seqs).toEqual([1, 2]);
  });

  it('shows a create in open live queries (the list, the pending count) once it has committed', async () => {
    const db = open();
    await createRecord(db, 'organisations', newId(), org('Först')); // the next one takes one round
    const seen: Array<{ names: string[]; pending: number }> = [];
    const subscription = liveQuery(async () => ({
      names: (await db.organisations.orderBy('name').toArray()).map((o) => o.name),
      pending: await db.outbox.count(),
    })).subscribe((value) => seen.push(value));
    try {
      await expect.poll(() => seen.length).toBe(1);
      await createRecord(db, 'organisations', newId(), org('Andra'));
      await expect.poll(() => seen.at(-1)).toEqual({ names: ['Andra', 'Först'], pending: 2 });
    } finally {
      subscription.unsubscribe();
    }
    expect(seen[0]).toEqual({ names: ['Först'], pending: 1 });
  });

  it('seals the text of a create when a passphrase is set', async () => {
    const db = open();
    await ensureDefaults(db);
    await setPassphrase(db, 'en lång lösenfras', 1_000);
    await createRecord(db, 'organisations', newId(), org('Först', 'Hemlig ett'));
    const id = newId();
    const made = await createRecord(db, 'organisations', id, org('Andra', 'Hemlig två'));
    expect(made.note).toBe('Hemlig två'); // returned as typed
    const stored = JSON.stringify([await db.organisations.toArray(), await db.outbox.toArray()]);
    expect(stored).not.toContain('Hemlig');
  });
});
