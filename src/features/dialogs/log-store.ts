import Dexie, { type ObservabilitySet } from 'dexie';
import { db as appDb, openRows, sessionOf, type VarnaDB } from '../../db';
import type { LogEntry, Organisation } from '../../shared/schemas';
import { sv } from '../../lib/strings/for/dialogs';
import { mutatedKeys } from '../../lib/mutated-keys';
import { jsonEqual } from '../../shared/sync/json-equal';
import { compareNewestFirst, indexEntry, type IndexedEntry } from './filter-entries';
import { LogFacets } from './log-facets';
import { forgetCorpus } from './search-corpus';

export { mutatedKeys };

export interface LogSnapshot {
  /** Live entries (no tombstones), newest first, each with its search text. */
  index: IndexedEntry[];
  /** The whole register, merged and deleted organisations included (to name old entries). */
  organisations: Organisation[];
  /** False while only the newest entries are loaded (the first load of a long log). */
  complete: boolean;
  /** Years that have entries, newest first. */
  years: number[];
  /** The entries with an open, dated follow-up (those that can be due), in no particular order. */
  withFollowUps: IndexedEntry[];
}

/** Entries shown first while a long log loads. */
const FIRST_PAGE = 50;

/** More changed keys than this: read the whole table again instead of key by key. */
const PATCH_LIMIT = 200;

const kindLabel = (kind: LogEntry['kind']) => sv.dialogs.kinds[kind];

/**
 * The log and the register, held in memory and kept live. With 10,000 entries a fresh read of the
 * table on every page visit or write costs about half a second on a phone, so instead this read
 * model loads once and follows Dexie's `storagemutated` event, which names the changed keys of
 * every committed write: this tab's writes, the sync engine's pulls and other tabs' changes alike.
 * Changed entries are read again and moved into place in the sorted index; a change it cannot
 * name key by key (a clear, a large pull page) reloads the table. Rows are never edited here:
 * every write still goes through the repositories; `apply` only shows a committed write at once.
 */
export class LogStore {
  private entries = new Map<string, LogEntry>();
  private sorted: IndexedEntry[] = [];
  private facets = new LogFacets();
  private organisations: Organisation[] = [];
  private snapshot: LogSnapshot | undefined;
  /** False while `sorted` and the facets are as last published (their arrays are then reused). */
  private changed = true;
  /** Ids of entries `apply` has shown whose change event has not been handled yet (`isEcho`). */
  private applied = new Set<string>();
  private listeners = new Set<() => void>();
  private queue: Promise<void> = Promise.resolve();
  private started = false;
  private failed = false;

  constructor(private readonly db: VarnaDB) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    this.start();
    if (this.failed) this.enqueue(() => this.reloadAll());
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): LogSnapshot | undefined => this.snapshot;

  /** Resolves once the pending reads have been applied (for tests and benchmarks). */
  settled(): Promise<void> {
    this.start();
    return this.queue;
  }

  /** Shows records this device has just committed, before the change event is handled. */
  apply(records: { entries?: LogEntry[]; organisations?: Organisation[] }): void {
    if (!this.snapshot?.complete) return;
    for (const entry of records.entries ?? []) {
      this.put(entry.id, entry);
      this.applied.add(entry.id);
    }
    if (records.organisations?.length) {
      const byId = new Map(this.organisations.map((o) => [o.id, o]));
      for (const o of records.organisations) byId.set(o.id, o);
      this.organisations = [...byId.values()];
    }
    this.publish();
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    Dexie.on('storagemutated', this.onMutated);
    // Locking or unlocking changes what sealed text reads as: read everything again.
    sessionOf(this.db).subscribe((now, before) => {
      if (now.state === before.state) return;
      forgetCorpus();
      this.enqueue(() => this.reloadAll());
    });
    this.enqueue(() => this.reloadAll());
  }

  private onMutated = (parts: ObservabilitySet): void => {
    const base = `idb://${this.db.name}/`;
    const entryPart = parts[`${base}logEntries/`];
    const orgPart = parts[`${base}organisations/`];
    if (orgPart) this.enqueue(() => this.reloadOrganisations());
    if (!entryPart) return;
    const keys = mutatedKeys(entryPart);
    if (keys === null || keys.length > PATCH_LIMIT) this.enqueue(() => this.reloadAll());
    else if (keys.length > 0) this.enqueue(() => this.reloadKeys(keys));
  };

  private enqueue(task: () => Promise<void>): void {
    this.queue = this.queue
      .then(task)
      .then(() => {
        this.failed = false;
      })
      .catch(() => {
        // A failed read leaves the last good state; the next change or visit reads again.
        this.failed = true;
      });
  }

  private async reloadAll(): Promise<void> {
    if (!this.snapshot) await this.loadFirstPage();
    const [rawEntries, rawOrganisations] = await Promise.all([
      this.db.logEntries.toArray(),
      this.db.organisations.toArray(),
    ]);
    const [entries, organisations] = await Promise.all([
      openRows(this.db, 'logEntries', rawEntries),
      openRows(this.db, 'organisations', rawOrganisations),
    ]);
    this.entries = new Map(entries.map((e) => [e.id, e]));
    // Texts already folded for search stay folded when the entry's text did not change.
    const before = new Map(this.sorted.map((item) => [item.entry.id, item]));
    this.sorted = entries
      .filter((e) => !e.deleted)
      .sort(compareNewestFirst)
      .map((e) => {
        const item = indexEntry(e, kindLabel);
        const old = before.get(e.id);
        if (old?.folded !== undefined && old.raw === item.raw) item.folded = old.folded;
        return item;
      });
    this.facets.reset(this.sorted);
    this.changed = true;
    this.organisations = organisations;
    this.publish();
  }

  /** The newest entries by the date index, so a long log shows its top at once. */
  private async loadFirstPage(): Promise<void> {
    const [rawNewest, rawOrganisations] = await Promise.all([
      this.db.logEntries.orderBy('date').reverse().limit(FIRST_PAGE).toArray(),
      this.db.organisations.toArray(),
    ]);
    const [newest, organisations] = await Promise.all([
      openRows(this.db, 'logEntries', rawNewest),
      openRows(this.db, 'organisations', rawOrganisations),
    ]);
    if (newest.length < FIRST_PAGE) return;
    this.sorted = newest
      .filter((e) => !e.deleted)
      .sort(compareNewestFirst)
      .map((e) => indexEntry(e, kindLabel));
    this.facets.reset(this.sorted);
    this.changed = true;
    this.organisations = organisations;
    this.publish(false);
    this.sorted = [];
    this.facets.reset([]);
    this.changed = true;
  }

  private async reloadOrganisations(): Promise<void> {
    const organisations = await openRows(
      this.db,
      'organisations',
      await this.db.organisations.toArray(),
    );
    // The change event of a write `apply` has already shown (a new organisation saved with its
    // entry) reads back what is shown: publishing it again would draw every row of the list anew.
    if (sameOrganisations(organisations, this.organisations)) return;
    this.organisations = organisations;
    this.publish();
  }

  private async reloadKeys(keys: string[]): Promise<void> {
    if (!this.snapshot?.complete) return this.reloadAll();
    const found = await this.db.logEntries.bulkGet(keys);
    const opened = await openRows(
      this.db,
      'logEntries',
      found.filter((e) => e !== undefined),
    );
    const byId = new Map(opened.map((e) => [e.id, e]));
    let changed = false;
    for (const key of keys) {
      const row = byId.get(key);
      if (this.isEcho(key, row)) continue;
      this.put(key, row);
      changed = true;
    }
    if (changed) this.publish();
  }

  /**
   * True for the change event of a write `apply` has already shown: the row as stored is at the
   * version and time of change already shown. Showing it again would only make the list lay out
   * its rows anew.
   */
  private isEcho(id: string, row: LogEntry | undefined): boolean {
    const applied = this.applied.delete(id);
    const shown = this.entries.get(id);
    return (
      applied &&
      shown !== undefined &&
      row !== undefined &&
      row.version === shown.version &&
      row.updatedAt === shown.updatedAt &&
      row.deleted === shown.deleted
    );
  }

  /** Moves one entry into its place in the sorted index (or out of it), in O(n) without a sort. */
  private put(id: string, entry: LogEntry | undefined): void {
    this.changed = true;
    const old = this.entries.get(id);
    if (old && !old.deleted) {
      const at = this.position(old);
      if (this.sorted[at]?.entry.id === id) this.sorted.splice(at, 1);
      else this.sorted = this.sorted.filter((item) => item.entry.id !== id);
    }
    this.facets.remove(id);
    if (entry) this.entries.set(id, entry);
    else this.entries.delete(id);
    if (entry && !entry.deleted) {
      const item = indexEntry(entry, kindLabel);
      this.sorted.splice(this.position(entry), 0, item);
      this.facets.add(item);
    }
  }

  /** Where `entry` is or belongs in the sorted index (binary search). */
  private position(entry: LogEntry): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareNewestFirst(this.sorted[mid]!.entry, entry) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private publish(complete = true): void {
    const before = this.snapshot;
    const same = !this.changed && before !== undefined && before.complete === complete;
    this.snapshot = {
      index: same ? before.index : this.sorted.slice(),
      organisations: this.organisations,
      complete,
      years: same ? before.years : this.facets.years(),
      withFollowUps: same ? before.withFollowUps : this.facets.withFollowUps(),
    };
    this.changed = false;
    for (const listener of this.listeners) listener();
  }
}

/** The same organisations with the same values, in any order. */
function sameOrganisations(read: Organisation[], shown: Organisation[]): boolean {
  if (read.length !== shown.length) return false;
  const byId = new Map(shown.map((o) => [o.id, o]));
  return read.every((o) => jsonEqual(byId.get(o.id), o));
}

/** The app's log read model. */
export const logStore = new LogStore(appDb);
