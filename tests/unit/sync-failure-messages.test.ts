import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VarnaDB } from '../../src/db';
import { writeRecord } from '../../src/db';
import { newId } from '../../src/shared/ids';
import type { ErrorResponse, PushResponse } from '../../src/shared/sync/protocol';
import { createSyncEngine, syncStatus, type Transport } from '../../src/sync';
import { AuthError, messageForUser } from '../../src/sync/errors';
import { listDevices } from '../../src/sync/office-api';
import { sv } from '../../src/lib/strings';
import { pairedTestDevice } from './paired-device';

/**
 * What the status line and Osynkade ändringar say when the endpoint (or a proxy in front of it)
 * answers a sync with an error: a 5xx or an unexpected status in plain Swedish, with the status
 * kept for support; a revoked device in the app's own word ("bortkopplad"), with its pending
 * changes kept for export. And the claim that the app tries again on its own is true.
 */
const dbs: VarnaDB[] = [];
const engines: Array<{ stop(): void }> = [];
afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  for (const engine of engines.splice(0)) engine.stop();
  for (const db of dbs.splice(0)) await db.delete();
  syncStatus.setState({
    phase: 'idle',
    lastError: null,
    lastSyncedAt: null,
    received: null,
    wiped: false,
  });
});

/** A paired device with one pending change (an organisation). */
async function pairedDeviceWithPending(): Promise<VarnaDB> {
  const db = await pairedTestDevice();
  dbs.push(db);
  await writeRecord(db, 'organisations', newId(), {
    name: 'Islamiska föreningen i Timrå',
    kind: 'trossamfund',
    wishesDialog: 'ja',
    firstContact: null,
    note: '',
    mergedInto: null,
    deleted: false,
    updatedAt: '2025-03-01T10:00:00.000Z',
  });
  return db;
}

type Answer = { status: number; body: unknown };

/** An endpoint that answers push and pull with `failing` while it is set, and healthily after. */
function endpoint(failing: { push?: Answer; pull?: Answer }) {
  const state = { failing, requests: [] as string[] };
  const transport: Transport = (request) => {
    const url = new URL(request.url);
    state.requests.push(url.pathname);
    if (url.pathname.endsWith('/push')) {
      if (state.failing.push) return Promise.resolve(state.failing.push);
      const { mutations } = request.body as { mutations: Array<{ seq: number }> };
      const body: PushResponse = {
        results: mutations.map((m, i) => ({ seq: m.seq, status: 'applied', version: i + 1 })),
        lastApplied: mutations[mutations.length - 1]?.seq ?? 0,
      };
      return Promise.resolve({ status: 200, body });
    }
    if (state.failing.pull) return Promise.resolve(state.failing.pull);
    if (url.pathname.endsWith('/history')) {
      return Promise.resolve({ status: 200, body: { entries: [], checkpoint: 0, more: false } });
    }
    return Promise.resolve({ status: 200, body: { changes: [], checkpoint: 0, more: false } });
  };
  return { state, transport };
}

const badGateway: Answer = { status: 502, body: null };
const error = (status: number, body: ErrorResponse): Answer => ({ status, body });

describe('a server error or an unexpected status', () => {
  it('a 502 from a proxy on push: nothing lost, tried again automatically, status kept', async () => {
    const db = await pairedDeviceWithPending();
    const { transport } = endpoint({ push: badGateway });
    const engine = createSyncEngine({ db, transport, intervalMs: 3_600_000 });
    engines.push(engine);

    const outcome = await engine.syncNow();
    expect(outcome).toMatchObject({ ok: false, reason: 'error' });
    const message = (outcome as { message: string }).message;
    expect(message).toBe(
      'Servern kunde inte ta emot ändringarna just nu. Inget har gått förlorat: ändringarna finns ' +
        'kvar på enheten, och appen försöker igen automatiskt. (HTTP 502)',
    );
    expect(syncStatus.getState()).toMatchObject({ phase: 'error', lastError: message });
    expect(await db.outbox.count()).toBe(1);
  });

  it('a 500 from the endpoint itself says the same, not its terse message', async () => {
    const db = await pairedDeviceWithPending();
    const internal = error(500, {
      error: 'internal',
      message: 'Något gick fel på servern. Försök igen senare.',
    });
    const { transport } = endpoint({ push: internal });
    const engine = createSyncEngine({ db, transport, intervalMs: 3_600_000 });
    engines.push(engine);
    const { message } = (await engine.syncNow()) as { message: string };
    expect(message).toMatch(/^Servern kunde inte ta emot ändringarna just nu\. /);
    expect(message).toMatch(/ändringarna finns kvar på enheten/);
    expect(message).toMatch(/\(HTTP 500\)$/);
  });

  it('a failed pull says the server could not send changes, with the status', async () => {
    const db = await pairedDeviceWithPending();
    const { transport } = endpoint({ pull: { status: 503, body: '<html>busy</html>' } });
    const engine = createSyncEngine({ db, transport, intervalMs: 3_600_000 });
    engines.push(engine);
    const { message } = (await engine.syncNow()) as { message: string };
    expect(message).toMatch(/^Servern kunde inte skicka ändringar just nu\. /);
    expect(message).toMatch(/Inget har gått förlorat/);
    expect(message).toMatch(/appen försöker igen automatiskt\. \(HTTP 503\)$/);
  });

  it('an unexpected status with no message of the endpoint is said the same way', async () => {
    const db = await pairedDeviceWithPending();
    const { transport } = endpoint({ push: { status: 404, body: null } });
    const engine = createSyncEngine({ db, transport, intervalMs: 3_600_000 });
    engines.push(engine);
    const { message } = (await engine.syncNow()) as { message: string };
    expect(message).toMatch(/^Servern kunde inte ta emot ändringarna just nu\. .*\(HTTP 404\)$/);
  });

  it("a 4xx with the endpoint's own Swedish message keeps that message", async () => {
    const db = await pairedDeviceWithPending();
    const limited = error(429, {
      error: 'rate_limited',
      message: 'För många försök. Vänta en stund och försök igen.',
    });
    const { transport } = endpoint({ push: limited });
    const engine = createSyncEngine({ db, transport, intervalMs: 3_600_000 });
    engines.push(engine);
    expect(await engine.syncNow()).toMatchObject({
      ok: false,
      reason: 'error',
      message: 'För många försök. Vänta en stund och försök igen.',
    });
  });

  it('the engine really tries again on its own, backing off, and then syncs', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // The jitter at the top of its range: each wait is just under its upper bound.
    vi.spyOn(Math, 'random').mockReturnValue(0.99);
    const db = await pairedDeviceWithPending();
    const { state, transport } = endpoint({ push: badGateway });
    const engine = createSyncEngine({ db, transport, intervalMs: 3_600_000 });
    engines.push(engine);
    const pushes = () => state.requests.filter((p) => p.endsWith('/push')).length;
    // Each failed attempt ends in phase "error"; the engine schedules its retry right then.
    let failed = 0;
    const unsubscribe = syncStatus.subscribe((now, before) => {
      if (now.phase === 'error' && before.phase !== 'error') failed += 1;
    });

    try {
      expect((await engine.syncNow()).ok).toBe(false);
      expect([pushes(), failed]).toEqual([1, 1]);
      // The first retry waits 1–2 s (exponential backoff with jitter), never at once.
      await vi.advanceTimersByTimeAsync(999);
      expect(pushes()).toBe(1);
      await vi.advanceTimersByTimeAsync(1001);
      await vi.waitFor(() => expect(failed).toBe(2));
      expect(pushes()).toBe(2);
      // Still failing: the next wait is longer (2–4 s).
      await vi.advanceTimersByTimeAsync(1999);
      expect(pushes()).toBe(2);
      // The proxy's upstream is back: the retry sends the change, with no press on Synka nu.
      state.failing = {};
      await vi.advanceTimersByTimeAsync(2001);
      await vi.waitFor(async () => expect(await db.outbox.count()).toBe(0));
      expect(pushes()).toBe(3);
      await vi.waitFor(() =>
        expect(syncStatus.getState()).toMatchObject({ phase: 'idle', lastError: null }),
      );
    } finally {
      unsubscribe();
    }
  });
});

describe('a device the endpoint no longer accepts', () => {
  it('says "bortkopplad" and that its pending changes are kept and can be exported', async () => {
    const db = await pairedDeviceWithPending();
    const revoked = error(401, {
      error: 'revoked',
      message: 'Enheten är bortkopplad från servern. Parkoppla den igen med en ny kod.',
      wipe: false,
    });
    const { transport } = endpoint({ push: revoked });
    const engine = createSyncEngine({ db, transport, intervalMs: 3_600_000 });
    engines.push(engine);
    const outcome = await engine.syncNow();
    expect(outcome).toMatchObject({ ok: false, reason: 'revoked' });
    const message = (outcome as { message: string }).message;
    // The same words as Inställningar and Osynkade ändringar use, then the way forward.
    expect(message.startsWith(sv.sync.revoked)).toBe(true);
    expect(message).toMatch(/Parkoppla enheten igen/);
    expect(message).not.toMatch(/spärr/i);
    expect(syncStatus.getState()).toMatchObject({ phase: 'revoked', lastError: message });
    expect(await db.outbox.count()).toBe(1);
  });

  it('an office device revoked while it lists devices is told the same', async () => {
    const db = await pairedDeviceWithPending();
    vi.stubGlobal('fetch', () =>
      Promise.resolve(
        Response.json(
          { error: 'revoked', message: 'Enheten är bortkopplad från servern.', wipe: false },
          { status: 401 },
        ),
      ),
    );
    const refused = await listDevices(db).catch((caught: Error) => caught);
    expect(refused).toBeInstanceOf(Error);
    expect((refused as Error).message.startsWith(sv.sync.revoked)).toBe(true);
  });

  it('an office request a proxy answers 502 says to try again, not a bare status', async () => {
    const db = await pairedDeviceWithPending();
    vi.stubGlobal('fetch', () =>
      Promise.resolve(new Response('<html>Bad Gateway</html>', { status: 502 })),
    );
    const failed = await listDevices(db).catch((caught: Error) => caught);
    expect((failed as Error).message).toBe(
      'Servern kunde inte göra det just nu. Försök igen om en stund. (HTTP 502)',
    );
  });

  it("an office request the endpoint refuses (4xx) says the endpoint's own message", async () => {
    const db = await pairedDeviceWithPending();
    vi.stubGlobal('fetch', () =>
      Promise.resolve(
        Response.json(
          { error: 'forbidden', message: 'Bara en kontorsenhet får göra detta.' },
          { status: 403 },
        ),
      ),
    );
    const refused = await listDevices(db).catch((caught: Error) => caught);
    expect((refused as Error).message).toBe('Bara en kontorsenhet får göra detta.');
  });

  it('a device revoked as lost is not told that its changes are kept (they are wiped)', () => {
    const message = messageForUser(new AuthError('Enheten är bortkopplad från servern.', true));
    expect(message).not.toMatch(/finns kvar/);
    expect(message).toMatch(/bortkopplad/);
  });
});

describe('a device that cannot store what it pulls', () => {
  it('a device whose storage is full is told so, and that nothing is lost', () => {
    const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const message = messageForUser(new Dexie.AbortError('Transaction aborted', full));
    expect(message).toMatch(/^Enhetens lagring är full/);
    expect(message).toMatch(/Inget har gått förlorat/);
  });
});
