import type { VarnaDB } from '../db';
import { getMeta, sealHistoryEntries, setMeta } from '../db';
import { API_PREFIX, type ErrorResponse } from '../shared/sync/protocol';
import { MAX_HISTORY_PAGE, type HistoryResponse } from '../shared/sync/history-protocol';
import { AuthError, SyncError } from './errors';
import type { Pairing } from './pairing-state';
import type { Transport } from './transport';

/** Where the history pull stopped, per workspace (a device paired elsewhere starts over). */
export const HISTORY_CHECKPOINT = 'historyCheckpoint';

interface HistoryCheckpoint {
  workspaceId: string;
  seq: number;
}

/**
 * Pulls the workspace's audit trail since this device's history checkpoint into `history`, in
 * pages of up to 500, each page and its checkpoint in one Dexie transaction (an interrupted pull
 * resumes where it stopped). A row rewritten by a redaction comes again with a new seq and
 * replaces the stored copy (same id). Values of sensitive fields are sealed before the
 * transaction when encryption is on. Runs after the record pull; returns the rows received.
 */
export async function pullHistory(
  db: VarnaDB,
  transport: Transport,
  pairing: Pairing,
): Promise<number> {
  let received = 0;
  for (;;) {
    const stored = await getMeta<HistoryCheckpoint>(db, HISTORY_CHECKPOINT);
    const sameWorkspace = stored?.workspaceId === pairing.workspaceId;
    const since = sameWorkspace ? stored.seq : 0;
    const response = await transport({
      method: 'GET',
      url: `${pairing.serverUrl}${API_PREFIX}/history?since=${since}&limit=${MAX_HISTORY_PAGE}`,
      token: pairing.token,
    });
    const error = response.body as ErrorResponse | null;
    if (response.status === 401) throw new AuthError(error?.message, error?.wipe === true);
    // An endpoint older than the audit trail has no history to give: records still sync.
    if (response.status === 404 && error?.error === 'not_found') return received;
    if (response.status !== 200) {
      throw new SyncError(error?.message ?? `Servern svarade ${response.status}.`, response.status);
    }
    const page = response.body as HistoryResponse;
    const rows = await sealHistoryEntries(db, page.entries);
    await db.transaction('rw', db.history, db.meta, async () => {
      // Another workspace's trail does not belong here.
      if (!sameWorkspace) await db.history.clear();
      await db.history.bulkPut(rows);
      await setMeta(db, HISTORY_CHECKPOINT, {
        workspaceId: pairing.workspaceId,
        seq: page.checkpoint,
      } satisfies HistoryCheckpoint);
    });
    received += rows.length;
    if (!page.more) return received;
  }
}
