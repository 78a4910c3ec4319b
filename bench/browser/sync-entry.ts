/**
 * The sync benchmark's page script, served by the endpoint itself (STATIC_DIR), so it reaches the
 * API on its own origin as the app does. It runs the real client engine (src/sync) on a fresh
 * device database: pair, pull everything, edit offline, push.
 */
import { VarnaDB, ensureDefaults, recordWrite, writeRecords } from '../../src/db';
import { createSyncEngine } from '../../src/sync/engine';
import { getPairing } from '../../src/sync/pairing-state';
import { pairDevice } from '../../src/sync/pairing';
import { pushOutbox } from '../../src/sync/push';
import { fetchTransport } from '../../src/sync/transport';

export interface SyncBenchApi {
  /** A fresh device pairs with `code` (untimed), then one sync pulls everything (timed). */
  pull(code: string): Promise<{ ms: number; pulled: number; stored: number }>;
  /** Edits `n` of the pulled log entries offline (untimed). Returns the outbox size. */
  editOffline(n: number): Promise<number>;
  /** Pushes the outbox (timed) until the server has acknowledged every entry. */
  push(): Promise<{ ms: number; acknowledged: number; left: number }>;
  /**
   * The floor for the pull: the rows the last pull stored (read back untimed) put again by raw
   * IndexedDB into a fresh database with the same stores and indexes, in the pull's pages (500
   * records, 1,000 history rows), every page's transaction issued at once. Returns ms.
   */
  rawFloor(): Promise<{ ms: number; rows: number }>;
  /** Deletes the device's database. */
  drop(): Promise<void>;
}

declare global {
  interface Window {
    syncBench: SyncBenchApi;
  }
}

let db: VarnaDB | null = null;
const device = () => {
  if (!db) throw new Error('no device: call pull first');
  return db;
};

window.syncBench = {
  async pull(code) {
    db = new VarnaDB(`bench-sync-${crypto.randomUUID()}`);
    await ensureDefaults(db);
    await pairDevice(db, fetchTransport, location.origin, code, 'Bänkenhet');
    const engine = createSyncEngine({ db });
    const t0 = performance.now();
    const outcome = await engine.syncNow();
    const ms = performance.now() - t0;
    if (!outcome.ok) throw new Error(`sync failed: ${outcome.reason} ${outcome.message ?? ''}`);
    return { ms, pulled: outcome.pulled, stored: await db.logEntries.count() };
  },
  async editOffline(n) {
    const d = device();
    const ids = await d.logEntries.toCollection().primaryKeys();
    const chosen = new Set<string>();
    while (chosen.size < Math.min(n, ids.length))
      chosen.add(ids[Math.floor(Math.random() * ids.length)]!);
    const stamp = Date.now();
    await writeRecords(
      d,
      [...chosen].map((id, i) =>
        recordWrite('logEntries', id, {
          summary: `Redigerad offline ${stamp}-${i}: uppföljning efter mötet.`,
        }),
      ),
    );
    return d.outbox.count();
  },
  async push() {
    const d = device();
    const pairing = await getPairing(d);
    if (!pairing) throw new Error('not paired');
    const t0 = performance.now();
    const acknowledged = await pushOutbox(d, fetchTransport, pairing);
    const ms = performance.now() - t0;
    return { ms, acknowledged, left: await d.outbox.count() };
  },
  async rawFloor() {
    const d = device();
    const pages: Array<{ store: string; rows: unknown[] }> = [];
    const paged = (store: string, rows: unknown[], size: number) => {
      for (let i = 0; i < rows.length; i += size)
        pages.push({ store, rows: rows.slice(i, i + size) });
    };
    paged('organisations', await d.organisations.toArray(), 500);
    paged('logEntries', await d.logEntries.toArray(), 500);
    paged('history', await d.history.toArray(), 1000);
    // Dexie only creates the stores and indexes; the puts below go to IndexedDB itself.
    const name = `bench-floor-${crypto.randomUUID()}`;
    const schema = new VarnaDB(name);
    await schema.open();
    schema.close();
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const t0 = performance.now();
    await Promise.all(
      pages.map(
        ({ store, rows }) =>
          new Promise<void>((resolve, reject) => {
            const tx = raw.transaction(store, 'readwrite');
            const target = tx.objectStore(store);
            for (const row of rows) target.put(row);
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error ?? new Error('put failed'));
          }),
      ),
    );
    const ms = performance.now() - t0;
    raw.close();
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = request.onerror = request.onblocked = () => resolve();
    });
    return { ms, rows: pages.reduce((n, p) => n + p.rows.length, 0) };
  },
  async drop() {
    if (db) await db.delete();
    db = null;
  },
};
