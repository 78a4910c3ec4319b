import type { VarnaDB } from '../db';
import { META, getMeta } from '../db';
import { API_PREFIX, MAX_PULL_PAGE } from '../shared/sync/protocol';
import type { ErrorResponse, PullResponse } from '../shared/sync/protocol';
import { AuthError, answerError } from './errors';
import type { Pairing } from './pairing-state';
import { preparePage, storePage } from './pull-page';
import { pullPipelined } from './pipelined-pull';
import type { Transport } from './transport';

export { applyPullPage } from './pull-page';

/**
 * Pulls every change since this device's checkpoint, in pages of up to 500. `onProgress` hears
 * the running count of stored changes. Returns the number of changes received. Pipelined (see
 * pipelined-pull.ts): each page is stored with its checkpoint in one transaction, in order; a
 * page's transaction aborts unless the one before it committed.
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
    if (response.status !== 200) throw answerError(response.status, response.body, 'fetch');
    return response.body as PullResponse;
  };
  let received = 0;
  let previous = (await getMeta<number>(db, META.checkpoint)) ?? 0;
  await pullPipelined({
    from: previous,
    first: fetchPage(previous),
    next: (page: PullResponse) => fetchPage(page.checkpoint),
    prepare: (page) => preparePage(db, page.changes, page.checkpoint),
    store: (page, prepared) => {
      const done = storePage(db, prepared, previous);
      previous = page.checkpoint;
      return done;
    },
    stored: (page) => {
      received += page.changes.length;
      onProgress?.(received);
    },
  });
  return received;
}
