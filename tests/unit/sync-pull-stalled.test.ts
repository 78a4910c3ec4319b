import { afterEach, describe, expect, it } from 'vitest';
import type { VarnaDB } from '../../src/db';
import { META, getMeta, setMeta } from '../../src/db';
import { newId } from '../../src/shared/ids';
import type { HistoryResponse } from '../../src/shared/sync/history-protocol';
import type { PullResponse, ServerChange } from '../../src/shared/sync/protocol';
import { createSyncEngine, syncStatus, type Transport } from '../../src/sync';
import { HISTORY_CHECKPOINT } from '../../src/sync/history-pull';
import { pairedTestDevice } from './paired-device';

/**
 * An endpoint (or a proxy in front of it) whose pull answer does not move the checkpoint on while
 * saying there is more: the engine must not ask for the same page forever.
 */
const WORKSPACE = 'ws-1';
const dbs: VarnaDB[] = [];
const engines: Array<{ stop(): void }> = [];
afterEach(async () => {
  for (const engine of engines.splice(0)) engine.stop();
  for (const db of dbs.splice(0)) await db.delete();
  syncStatus.setState({ phase: 'idle', lastError: null, lastSyncedAt: null, received: null });
});

async function pairedDevice(): Promise<VarnaDB> {
  const db = await pairedTestDevice(WORKSPACE);
  dbs.push(db);
  return db;
}

function organisation(version: number): ServerChange {
  return {
    table: 'organisations',
    id: newId(),
    version,
    data: {
      name: `Föreningen ${version}`,
      kind: 'forening',
      wishesDialog: 'ja',
      firstContact: null,
      note: '',
      mergedInto: null,
      deleted: false,
      updatedAt: '2025-03-01T10:00:00.000Z',
    },
  };
}

/** Answers pulls from `records(since)` and history pulls from `history(since)`; counts requests. */
function fakeEndpoint(
  records: (since: number) => PullResponse,
  history: (since: number) => HistoryResponse = (since) => ({
    entries: [],
    checkpoint: since,
    more: false,
  }),
) {
  const asked: string[] = [];
  const transport: Transport = (request) => {
    const url = new URL(request.url);
    const since = Number(url.searchParams.get('since'));
    asked.push(`${url.pathname}?since=${since}`);
    if (asked.length > 50) throw new Error('the engine keeps asking');
    if (url.pathname.endsWith('/pull'))
      return Promise.resolve({ status: 200, body: records(since) });
    if (url.pathname.endsWith('/history')) {
      return Promise.resolve({ status: 200, body: history(since) });
    }
    return Promise.resolve({ status: 404, body: { error: 'not_found', message: 'Finns inte.' } });
  };
  return { transport, asked };
}

describe('a pull page that does not move the checkpoint on', () => {
  it('stops the pull, keeps the pages stored before it, and says so in Swedish', async () => {
    const db = await pairedDevice();
    const first = [organisation(4), organisation(5)];
    const { transport, asked } = fakeEndpoint((since) =>
      since === 0
        ? { changes: first, checkpoint: 5, more: true }
        : // A cached answer: the same page as the one asked from, still "more".
          { changes: [organisation(5)], checkpoint: 5, more: true },
    );
    const engine = createSyncEngine({ db, transport, intervalMs: 3_600_000 });
    engines.push(engine);

    const outcome = await engine.syncNow();
    expect(outcome).toMatchObject({ ok: false, reason: 'error' });
    const message = (outcome as { message: string }).message;
    expect(message).toMatch(/Servern svarade med ändringar som inte förde synkningen framåt/);
    expect(message).toMatch(/inget har gått förlorat/);
    expect(syncStatus.getState()).toMatchObject({ phase: 'error', lastError: message });

    // Asked once from 0 and once from 5, then stopped.
    expect(asked.filter((a) => a.includes('/pull'))).toEqual([
      '/api/v1/pull?since=0',
      '/api/v1/pull?since=5',
    ]);
    expect(await getMeta<number>(db, META.checkpoint)).toBe(5);
    for (const change of first) {
      expect(await db.organisations.get(change.id)).toMatchObject({ version: change.version });
    }
    // Nothing of the refused page was stored.
    const stored = await db.organisations.toArray();
    expect(stored.filter((o) => o.version === 5)).toHaveLength(1);
  });

  it('stops a history pull that stays where it was asked from, keeping its checkpoint', async () => {
    const db = await pairedDevice();
    await setMeta(db, HISTORY_CHECKPOINT, { workspaceId: WORKSPACE, seq: 9 });
    const { transport, asked } = fakeEndpoint(
      (since) => ({ changes: [], checkpoint: since, more: false }),
      (since) => ({ entries: [], checkpoint: since, more: true }),
    );
    const engine = createSyncEngine({ db, transport, intervalMs: 3_600_000 });
    engines.push(engine);

    const outcome = await engine.syncNow();
    expect(outcome).toMatchObject({ ok: false, reason: 'error' });
    expect(syncStatus.getState().lastError).toMatch(/inte förde synkningen framåt/);
    expect(asked.filter((a) => a.includes('/history'))).toEqual(['/api/v1/history?since=9']);
    expect(await getMeta(db, HISTORY_CHECKPOINT)).toEqual({ workspaceId: WORKSPACE, seq: 9 });

    // Once the endpoint answers properly again, the next sync goes on from there.
    const healthy = fakeEndpoint(
      (since) => ({ changes: [], checkpoint: since, more: false }),
      (since) => ({ entries: [], checkpoint: since, more: false }),
    );
    const retry = createSyncEngine({ db, transport: healthy.transport, intervalMs: 3_600_000 });
    engines.push(retry);
    expect(await retry.syncNow()).toMatchObject({ ok: true });
    expect(syncStatus.getState()).toMatchObject({ phase: 'idle', lastError: null });
  });
});
