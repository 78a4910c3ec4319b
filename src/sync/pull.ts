import type { OutboxEntry, VarnaDB } from '../db';
import { META, getMeta, sealFields, setMeta } from '../db';
import { isSyncedTable } from '../shared/schemas';
import { API_PREFIX, MAX_PULL_PAGE } from '../shared/sync/protocol';
import type { ErrorResponse, PullResponse, ServerChange } from '../shared/sync/protocol';
import { AuthError, SyncError } from './errors';
import type { Pairing } from './pairing-state';
import type { Transport } from './transport';

/**
 * Stores one page of server changes and the new checkpoint in one Dexie transaction, so an
 * interrupted pull resumes where it stopped. Each record becomes the server's state with this
 * device's pending changes re-applied on top (no local edit vanishes on pull). Tombstones are
 * stored as records with `deleted: true`. Tables this version of the app does not know are skipped.
 */
export async function applyPullPage(
  db: VarnaDB,
  changes: ServerChange[],
  checkpoint: number,
): Promise<void> {
  // Free text is sealed before the transaction opens when encryption is on.
  const known = await Promise.all(
    changes
      .filter((c) => isSyncedTable(c.table))
      .map(async (c) => ({ ...c, data: await sealFields(db, c.table, c.data) })),
  );
  const tables = [...new Set(known.map((c) => c.table))].map((t) => db.table(t));
  await db.transaction('rw', [...tables, db.outbox, db.meta], async () => {
    const ids = [...new Set(known.map((c) => c.id))];
    const pending = await db.outbox.where('recordId').anyOf(ids).sortBy('seq');
    const pendingById = new Map<string, OutboxEntry[]>();
    for (const entry of pending) {
      const list = pendingById.get(entry.recordId) ?? [];
      list.push(entry);
      pendingById.set(entry.recordId, list);
    }
    const rowsByTable = new Map<string, Record<string, unknown>[]>();
    for (const change of known) {
      const row: Record<string, unknown> = {
        ...change.data,
        id: change.id,
        version: change.version,
      };
      for (const entry of pendingById.get(change.id) ?? []) {
        if (entry.table === change.table) Object.assign(row, entry.fields);
      }
      const rows = rowsByTable.get(change.table) ?? [];
      rows.push(row);
      rowsByTable.set(change.table, rows);
    }
    for (const [table, rows] of rowsByTable) await db.table(table).bulkPut(rows);
    await setMeta(db, META.checkpoint, checkpoint);
  });
}

/**
 * Pulls every change since this device's checkpoint, in pages of up to 500. `onProgress` hears
 * the running count. Returns the number of changes received. The next page is asked for (from the
 * checkpoint the server gave) while this one is being stored, so the network and the database
 * work at the same time; each page is still stored with its checkpoint in one transaction, in order.
 */
export async function pullChanges(
  db: VarnaDB,
  transport: Transport,
  pairing: Pairing,
  onProgress?: (received: number) => void,
): Promise<number> {
  const fetchPage = async (since: number): Promise<PullResponse> => {
    const response = await transport({
      method: 'GET',
      url: `${pairing.serverUrl}${API_PREFIX}/pull?since=${since}&limit=${MAX_PULL_PAGE}`,
      token: pairing.token,
    });
    const error = response.body as ErrorResponse | null;
    if (response.status === 401) throw new AuthError(error?.message, error?.wipe === true);
    if (response.status !== 200) {
      throw new SyncError(error?.message ?? `Servern svarade ${response.status}.`, response.status);
    }
    return response.body as PullResponse;
  };
  const ask = (since: number) => {
    const page = fetchPage(since);
    // Awaited below; until then a failure must not count as unhandled.
    page.catch(() => undefined);
    return page;
  };
  let received = 0;
  let next = ask((await getMeta<number>(db, META.checkpoint)) ?? 0);
  for (;;) {
    const page = await next;
    if (page.more) next = ask(page.checkpoint);
    await applyPullPage(db, page.changes, page.checkpoint);
    received += page.changes.length;
    onProgress?.(received);
    if (!page.more) return received;
  }
}
