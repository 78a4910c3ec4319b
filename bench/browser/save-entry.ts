/**
 * The save benchmark's page script (bundled by bench/lib/build.ts): the app's repository write and
 * the dialog form's save action, a raw IndexedDB put of the same record as the floor, and the
 * list's text filter, all on one database holding 10,000 entries.
 */
import { VarnaDB, createRecord } from '../../src/db';
import { saveLogEntry } from '../../src/features/dialogs/actions';
import {
  NO_FILTERS,
  filterEntries,
  indexEntries,
  type IndexedEntry,
} from '../../src/features/dialogs/filter-entries';
import { warmSearch } from '../../src/features/dialogs/search-corpus';
import { sv } from '../../src/lib/strings';
import type { LogEntry, Organisation } from '../../src/shared/schemas';
import { newId } from '../../src/shared/ids';
import { fieldsOf, makeLogEntry, makeOrganisations, rng } from '../lib/fixtures';

export interface SaveBenchApi {
  seed(entries: number, organisations: number): Promise<number>;
  /** createRecord of a new entry: row + outbox entry committed. Returns ms. */
  saveRepo(): Promise<number>;
  /** The dialog form's save action (saveLogEntry: register lookup, row + outbox). Returns ms. */
  saveAction(): Promise<number>;
  /** The floor: one IndexedDB put of the same record and its transaction's commit. Returns ms. */
  saveRaw(): Promise<number>;
  /**
   * Reads every entry and builds the list's search index, then warms it as the list does in idle
   * time (folds every text, builds the search corpus). Returns [index ms, warm-up ms].
   */
  buildIndex(): Promise<[number, number]>;
  /**
   * Filters the index by text as the list does: over entries whose search text is already folded
   * (the list folds it once per entry, in idle time), or over fresh copies with none folded yet
   * (`cold`). Returns [ms, matches].
   */
  filter(query: string, cold: boolean): [number, number];
}

declare global {
  interface Window {
    saveBench: SaveBenchApi;
  }
}

const db = new VarnaDB(`bench-save-${crypto.randomUUID()}`);
const random = rng(42);
let organisations: Organisation[] = [];
let index: IndexedEntry[] = [];
let names = new Map<string, string>();
const now = Date.now();

const entry = (): LogEntry =>
  makeLogEntry(random, {
    organisationIds: organisations.map((o) => o.id),
    from: now - 365 * 86_400_000,
    to: now - 86_400_000,
  });

function commit(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

window.saveBench = {
  async seed(entries, orgCount) {
    organisations = makeOrganisations(random, orgCount);
    await db.organisations.bulkPut(organisations);
    for (let done = 0; done < entries; done += 1000) {
      const batch = Array.from({ length: Math.min(1000, entries - done) }, () => ({
        ...entry(),
        version: 1,
      }));
      await db.logEntries.bulkPut(batch);
    }
    return db.logEntries.count();
  },
  async saveRepo() {
    const { id: _id, version: _v, ...fields } = entry();
    const t0 = performance.now();
    await createRecord(db, 'logEntries', newId(), fields);
    return performance.now() - t0;
  },
  async saveAction() {
    const e = entry();
    const org = organisations.find((o) => o.id === e.organisationIds[0]);
    const fields = fieldsOf(e) as Parameters<typeof saveLogEntry>[1]['fields'];
    const t0 = performance.now();
    await saveLogEntry(db, {
      id: null,
      fields,
      organisations: org ? [{ id: org.id, name: org.name }] : [],
      // As the form calls it: with the register it already holds (no read of it per save).
      register: organisations,
    });
    return performance.now() - t0;
  },
  async saveRaw() {
    const record = { ...entry(), updatedAt: new Date().toISOString() };
    const idb = db.backendDB();
    const t0 = performance.now();
    const tx = idb.transaction('logEntries', 'readwrite');
    tx.objectStore('logEntries').put(record);
    await commit(tx);
    return performance.now() - t0;
  },
  async buildIndex() {
    const t0 = performance.now();
    const [entries, orgs] = await Promise.all([
      db.logEntries.toArray(),
      db.organisations.toArray(),
    ]);
    names = new Map(orgs.map((o) => [o.id, o.name]));
    index = indexEntries(entries, (k) => sv.dialogs.kinds[k]);
    const t1 = performance.now();
    warmSearch(index); // what the list does in idle time, in slices
    return [t1 - t0, performance.now() - t1];
  },
  filter(query, cold) {
    const nameOf = (id: string) => names.get(id) ?? '';
    // Cold: the same entries with no folded text yet, as on the first search after a load.
    const items = cold ? index.map(({ entry, raw }) => ({ entry, raw })) : index;
    const t0 = performance.now();
    const found = filterEntries(items, { ...NO_FILTERS, query }, '2025-06-01', nameOf);
    return [performance.now() - t0, found.length];
  },
};
