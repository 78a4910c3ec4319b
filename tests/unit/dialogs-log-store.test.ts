import { RangeSet } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VarnaDB, writeRecord } from '../../src/db';
import { deleteLogEntry, restoreLogEntry, saveLogEntry } from '../../src/features/dialogs/actions';
import { emptyForm, type DialogFormState } from '../../src/features/dialogs/form-state';
import { dueFollowUps } from '../../src/features/dialogs/filter-entries';
import { LogStore, mutatedKeys } from '../../src/features/dialogs/log-store';
import { chosenOrganisations, toEntryFields } from '../../src/features/dialogs/to-entry';

let db: VarnaDB;
let store: LogStore;
beforeEach(() => {
  db = new VarnaDB('t-' + crypto.randomUUID());
  store = new LogStore(db);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const NOW = new Date('2026-03-10T12:00:00Z');
async function save(patch: Partial<DialogFormState>, apply = false) {
  const state = { ...emptyForm(NOW), ...patch };
  const saved = await saveLogEntry(db, {
    id: null,
    fields: toEntryFields(state, false),
    organisations: chosenOrganisations(state),
  });
  if (apply) store.apply({ entries: [saved.entry], organisations: saved.newOrganisations });
  return saved.entry;
}
const summaries = () => store.getSnapshot()!.index.map((i) => i.entry.summary);

describe('the log read model', () => {
  it('loads the live entries newest first, and follows every later write without a reload', async () => {
    await save({ organisationText: 'A', date: '2026-01-01', summary: 'januari' });
    const gone = await save({ organisationText: 'A', date: '2026-01-02', summary: 'borttagen' });
    await deleteLogEntry(db, gone.id);
    const seen: number[] = [];
    store.subscribe(() => seen.push(store.getSnapshot()!.index.length));
    await store.settled();
    expect(summaries()).toEqual(['januari']);

    await save({ organisationText: 'B', date: '2026-02-01', summary: 'februari' });
    await store.settled();
    expect(summaries()).toEqual(['februari', 'januari']);

    await save({ organisationText: 'B', date: '2025-12-24', summary: 'december' });
    await store.settled();
    expect(summaries()).toEqual(['februari', 'januari', 'december']);

    await restoreLogEntry(db, gone.id);
    await store.settled();
    expect(summaries()).toEqual(['februari', 'borttagen', 'januari', 'december']);
    const names = store
      .getSnapshot()!
      .organisations.map((o) => o.name)
      .sort();
    expect(names).toEqual(['A', 'B']);
    expect(seen.length).toBeGreaterThan(1);
  });

  it('moves an edited entry to its new place and drops a deleted one', async () => {
    store.subscribe(() => undefined);
    const a = await save({ organisationText: 'A', date: '2026-01-01', summary: 'a' });
    await save({ organisationText: 'A', date: '2026-02-01', summary: 'b' });
    await store.settled();
    await writeRecord(db, 'logEntries', a.id, { date: '2026-03-01T09:00' });
    await store.settled();
    expect(summaries()).toEqual(['a', 'b']);
    await deleteLogEntry(db, a.id);
    await store.settled();
    expect(summaries()).toEqual(['b']);
  });

  it('shows a write at once when the form applies it, before the change event is handled', async () => {
    store.subscribe(() => undefined);
    await store.settled();
    await save({ organisationText: 'Ny förening', summary: 'direkt' }, true);
    expect(summaries()).toEqual(['direkt']);
    const org = store.getSnapshot()!.organisations[0];
    expect(org?.name).toBe('Ny förening');
    await store.settled();
    expect(summaries()).toEqual(['direkt']);
  });

  it('does not lay out the list again for the change events of a write it already shows', async () => {
    store.subscribe(() => undefined);
    await save({ organisationText: 'Först', summary: 'först' });
    await store.settled();
    const before = store.getSnapshot()!;
    await save({ organisationText: 'Ny förening', summary: 'direkt' }, true);
    const shown = store.getSnapshot()!;
    expect(summaries()).toEqual(['direkt', 'först']);
    // Same year, no follow-up: the list's years and due follow-ups are the lists it already has.
    expect(shown.years).toBe(before.years);
    expect(shown.withFollowUps).toBe(before.withFollowUps);
    await store.settled();
    // The events of that very write (the entry and its new organisation) keep the same index and
    // register, so the list draws none of its rows again.
    expect(store.getSnapshot()!.index).toBe(shown.index);
    expect(store.getSnapshot()!.organisations).toBe(shown.organisations);
    expect(store.getSnapshot()!.organisations.map((o) => o.name)).toContain('Ny förening');
    // A later change to that organisation is shown.
    const created = shown.organisations.find((o) => o.name === 'Ny förening')!;
    await writeRecord(db, 'organisations', created.id, { name: 'Omdöpt förening' });
    await store.settled();
    expect(store.getSnapshot()!.organisations.map((o) => o.name)).toContain('Omdöpt förening');
    // A later change to the same entry is still shown.
    await writeRecord(db, 'logEntries', shown.index[0]!.entry.id, { summary: 'ändrad' });
    await store.settled();
    expect(summaries()).toEqual(['ändrad', 'först']);
  });

  it('reloads the table for a change it cannot name key by key (a bulk put, a clear)', async () => {
    store.subscribe(() => undefined);
    const base = await save({ organisationText: 'A', summary: 'mall' });
    await store.settled();
    const copies = Array.from({ length: 60 }, (_, i) => ({
      ...base,
      id: `bulk-${String(i).padStart(2, '0')}`,
      summary: `kopia ${i}`,
    }));
    await db.logEntries.bulkPut(copies);
    await store.settled();
    expect(store.getSnapshot()!.index).toHaveLength(61);
    await db.logEntries.clear();
    await store.settled();
    expect(store.getSnapshot()!.index).toHaveLength(0);
  });

  it('shows the newest entries of a long log first, then all of it', async () => {
    const base = await save({ organisationText: 'A', summary: 'mall' });
    const many = Array.from({ length: 80 }, (_, i) => ({
      ...base,
      id: `m-${String(i).padStart(3, '0')}`,
      date: `2020-01-01T${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`,
      summary: `nr ${i}`,
    }));
    await db.logEntries.bulkPut(many);
    const published: Array<[boolean, number]> = [];
    store.subscribe(() => {
      const snap = store.getSnapshot()!;
      published.push([snap.complete, snap.index.length]);
    });
    await store.settled();
    expect(published[0]).toEqual([false, 50]);
    expect(published.at(-1)).toEqual([true, 81]);
    expect(summaries().slice(0, 2)).toEqual(['mall', 'nr 79']);
  });

  it('ignores writes to another database', async () => {
    store.subscribe(() => undefined);
    await store.settled();
    const other = new VarnaDB('t-' + crypto.randomUUID());
    await writeRecord(other, 'logEntries', 'x', {
      ...toEntryFields({ ...emptyForm(NOW), summary: 'annan' }, false),
      organisationIds: [],
    });
    await store.settled();
    expect(store.getSnapshot()!.index).toHaveLength(0);
    other.close();
    await other.delete();
  });
});

describe('what the list shows besides the entries', () => {
  it('keeps the years and the due follow-ups up to date entry by entry, through edits and deletes', async () => {
    store.subscribe(() => undefined);
    await save({ organisationText: 'A', date: '2025-05-01', summary: 'maj' });
    const withDue = await save({
      organisationText: 'A',
      date: '2026-03-01',
      followUps: [{ id: 'f1', text: 'Ring tillbaka', due: '2026-03-12', done: false }],
    });
    await store.settled();
    const due = () =>
      dueFollowUps(store.getSnapshot()!.withFollowUps, '2026-03-10').map((d) => d.followUp.text);
    expect(store.getSnapshot()!.years).toEqual([2026, 2025]);
    expect(due()).toEqual(['Ring tillbaka']);

    await writeRecord(db, 'logEntries', withDue.id, {
      followUps: [{ id: 'f1', text: 'Ring tillbaka', due: '2026-03-12', done: true }],
    });
    await store.settled();
    expect(due()).toEqual([]);

    await deleteLogEntry(db, withDue.id);
    await store.settled();
    expect(store.getSnapshot()!.years).toEqual([2025]);
    await restoreLogEntry(db, withDue.id);
    await store.settled();
    expect(store.getSnapshot()!.years).toEqual([2026, 2025]);
  });
});

describe('mutatedKeys', () => {
  it('lists single keys, and gives up on a range', () => {
    expect(mutatedKeys(new RangeSet().addKeys(['b', 'a', 'c']))?.sort()).toEqual(['a', 'b', 'c']);
    expect(mutatedKeys(new RangeSet())).toEqual([]);
    expect(mutatedKeys(undefined)).toEqual([]);
    expect(mutatedKeys(new RangeSet('a', 'z'))).toBeNull();
  });
});
