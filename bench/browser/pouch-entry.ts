/**
 * The peer's page script: PouchDB 9 (window.PouchDB, loaded before this script) with its
 * IndexedDB adapter, replicating with pouchdb-server on the same origin. Mirrors sync-entry.ts:
 * a fresh database pulls everything, edits offline, pushes.
 */
interface PouchDoc {
  _id: string;
  _rev?: string;
  summary?: string;
  [field: string]: unknown;
}
interface PouchDatabase {
  info(): Promise<{ doc_count: number }>;
  allDocs(options: {
    include_docs: true;
    keys?: string[];
  }): Promise<{ rows: Array<{ id: string; doc?: PouchDoc }> }>;
  bulkDocs(docs: PouchDoc[]): Promise<unknown[]>;
  destroy(): Promise<unknown>;
}
interface PouchStatic {
  new (name: string): PouchDatabase;
  replicate(
    source: PouchDatabase | string,
    target: PouchDatabase | string,
  ): Promise<{ ok: boolean; docs_written: number; docs_read: number }>;
}

export interface PouchBenchApi {
  pull(): Promise<{ ms: number; pulled: number; stored: number }>;
  editOffline(n: number): Promise<number>;
  push(): Promise<{ ms: number; written: number }>;
  drop(): Promise<void>;
}

declare global {
  interface Window {
    PouchDB: PouchStatic;
    pouchBench: PouchBenchApi;
  }
}

const REMOTE = `${location.origin}/benchdb`;
let local: PouchDatabase | null = null;
const device = () => {
  if (!local) throw new Error('no database: call pull first');
  return local;
};

window.pouchBench = {
  async pull() {
    local = new window.PouchDB(`bench-pouch-${crypto.randomUUID()}`);
    const t0 = performance.now();
    const result = await window.PouchDB.replicate(REMOTE, local);
    const ms = performance.now() - t0;
    // Untimed: a first push records the checkpoint, as a device that has synced before would have.
    await window.PouchDB.replicate(local, REMOTE);
    return { ms, pulled: result.docs_written, stored: (await local.info()).doc_count };
  },
  async editOffline(n) {
    const db = device();
    const rows = (await db.allDocs({ include_docs: true })).rows;
    const entries = rows.map((r) => r.doc!).filter((d) => d.table === 'logEntries');
    const chosen = new Map<string, PouchDoc>();
    while (chosen.size < Math.min(n, entries.length)) {
      const doc = entries[Math.floor(Math.random() * entries.length)]!;
      chosen.set(doc._id, doc);
    }
    const stamp = Date.now();
    await db.bulkDocs(
      [...chosen.values()].map((doc, i) => ({
        ...doc,
        summary: `Redigerad offline ${stamp}-${i}: uppföljning efter mötet.`,
      })),
    );
    return chosen.size;
  },
  async push() {
    const t0 = performance.now();
    const result = await window.PouchDB.replicate(device(), REMOTE);
    return { ms: performance.now() - t0, written: result.docs_written };
  },
  async drop() {
    if (local) await local.destroy();
    local = null;
  },
};
