import type { VarnaDB } from '../db';
import { getMeta, sealHistoryEntries, setMeta } from '../db';
import { API_PREFIX, type ErrorResponse } from '../shared/sync/protocol';
import { MAX_HISTORY_PAGE, type HistoryResponse } from '../shared/sync/history-protocol';
import { AuthError, answerError } from './errors';
import type { Pairing } from './pairing-state';
import { pullPipelined } from './pipelined-pull';
import type { Transport } from './transport';

/** Where the history pull stopped, per workspace (a device paired elsewhere starts over). */
export const HISTORY_CHECKPOINT = 'historyCheckpoint';

interface HistoryCheckpoint {
  workspaceId: string;
  seq: number;
}

/** The history checkpoint moved on since this page was queued: an earlier page was lost. */
class HistoryOrderError extends Error {
  constructor() {
    super('Ett tidigare hämtat historikblock sparades inte.');
    this.name = 'HistoryOrderError';
  }
}

/**
 * Pulls the workspace's audit trail since this device's history checkpoint into `history`, in
 * pages of up to 1,000, each page and its checkpoint in one Dexie transaction (an interrupted pull
 * resumes where it stopped). A row rewritten by a redaction comes again with a new seq and
 * replaces the stored copy (same id). Values of sensitive fields are sealed before the
 * transaction when encryption is on. Pipelined as the records are (see pipelined-pull.ts): a page's
 * transaction checks that the checkpoint is the one the page before it stored, and aborts
 * otherwise. Returns the rows received.
 */
export async function pullHistory(
  db: VarnaDB,
  transport: Transport,
  pairing: Pairing,
): Promise<number> {
  const stored = await getMeta<HistoryCheckpoint>(db, HISTORY_CHECKPOINT);
  const sameWorkspace = stored?.workspaceId === pairing.workspaceId;
  const fetchPage = async (since: number): Promise<HistoryResponse | null> => {
    const response = await transport({
      method: 'GET',
      url: `${pairing.serverUrl}${API_PREFIX}/history?since=${since}&limit=${MAX_HISTORY_PAGE}`,
      token: pairing.token,
    });
    const error = response.body as ErrorResponse | null;
    if (response.status === 401) throw new AuthError(error?.message, error?.wipe === true);
    // An endpoint older than the audit trail has no history to give: records still sync.
    if (response.status === 404 && error?.error === 'not_found') return null;
    if (response.status !== 200) throw answerError(response.status, response.body, 'fetch');
    return response.body as HistoryResponse;
  };
  // null: the first page starts this workspace's trail afresh.
  let previous: HistoryCheckpoint | null = sameWorkspace ? stored : null;
  let received = 0;
  await pullPipelined({
    from: previous?.seq ?? 0,
    first: fetchPage(previous?.seq ?? 0),
    next: (page: HistoryResponse) => fetchPage(page.checkpoint),
    prepare: (page) => sealHistoryEntries(db, page.entries),
    store: (page, rows) => {
      const after = previous;
      const checkpoint: HistoryCheckpoint = {
        workspaceId: pairing.workspaceId,
        seq: page.checkpoint,
      };
      previous = checkpoint;
      return db.transaction('rw', db.history, db.meta, async () => {
        if (!after) {
          // Another workspace's trail does not belong here.
          await db.history.clear();
          await db.history.bulkPut(rows);
        } else {
          const [now] = await Promise.all([
            getMeta<HistoryCheckpoint>(db, HISTORY_CHECKPOINT),
            db.history.bulkPut(rows),
          ]);
          if (now?.workspaceId !== after.workspaceId || now.seq !== after.seq) {
            throw new HistoryOrderError();
          }
        }
        await setMeta(db, HISTORY_CHECKPOINT, checkpoint);
      });
    },
    stored: (_page, rows) => {
      received += rows.length;
    },
  });
  return received;
}
