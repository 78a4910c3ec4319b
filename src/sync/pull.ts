import type { VarnaDB } from '../db';
import { META, getMeta } from '../db';
import { API_PREFIX, MAX_PULL_PAGE } from '../shared/sync/protocol';
import type { ErrorResponse, PullResponse } from '../shared/sync/protocol';
import { AuthError, SyncError } from './errors';
import type { Pairing } from './pairing-state';
import { preparePage, storePage } from './pull-page';
import { quiet } from './quiet';
import type { Transport } from './transport';

export { applyPullPage } from './pull-page';

/**
 * Pulls every change since this device's checkpoint, in pages of up to 500. `onProgress` hears
 * the running count of stored changes. Returns the number of changes received. Three things
 * overlap: the next page is fetched while this one is stored, and this page's transaction is
 * queued while the previous one commits (it runs after it and aborts unless it committed), so
 * the network, the page's preparation and the database work at the same time. Each page is
 * still stored with its checkpoint in one transaction, in order.
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
  let received = 0;
  let previous = (await getMeta<number>(db, META.checkpoint)) ?? 0;
  let next = quiet(fetchPage(previous));
  let storing: { done: Promise<void>; count: number } | null = null;
  const settle = async () => {
    if (!storing) return;
    await storing.done;
    received += storing.count;
    storing = null;
    onProgress?.(received);
  };
  try {
    for (;;) {
      const page = await next;
      if (page.more) next = quiet(fetchPage(page.checkpoint));
      const prepared = await preparePage(db, page.changes, page.checkpoint);
      const done: Promise<void> = quiet(storePage(db, prepared, previous));
      // The page before this one commits first (its failure is the one worth reporting).
      await settle();
      storing = { done, count: page.changes.length };
      previous = page.checkpoint;
      if (!page.more) {
        await settle();
        return received;
      }
    }
  } finally {
    // A failure elsewhere must not leave a queued page's transaction running behind the caller.
    const left = storing as { done: Promise<void> } | null;
    await left?.done.catch(() => undefined);
  }
}
