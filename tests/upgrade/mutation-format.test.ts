import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VarnaDB, ensureDefaults, writeRecord } from '../../src/db';
import { issuePairingCode } from '../../src/server/pairing';
import { newId } from '../../src/shared/ids';
import { DEFAULT_CONTACTS } from '../../src/shared/seed';
import {
  ACCEPTED_MUTATION_FORMATS,
  MUTATION_FORMAT,
  type PairResponse,
  type PushResponse,
} from '../../src/shared/sync/protocol';
import { createSyncEngine, listRejected, pairDevice } from '../../src/sync';
import { startServerHolder, type ServerHolder } from '../property/support/server-holder';
import { SIM_SERVER_URL, injectTransport } from '../property/support/transports';

/**
 * Mutation formats (issue 8): a device that was offline across an app or endpoint update still
 * syncs its outbox. Every mutation carries its format `v`; the endpoint applies every format in
 * ACCEPTED_MUTATION_FORMATS — the current one and the previous one once there is one — and answers
 * an unknown (future) format rejected-and-done, so it never blocks the queue behind it.
 */
const PREVIOUS = MUTATION_FORMAT - 1;
/** The formats an outbox may hold after an update: the current one and, if any, the previous one. */
const SURVIVING_FORMATS = [MUTATION_FORMAT, ...(PREVIOUS >= 1 ? [PREVIOUS] : [])];
const FUTURE = Math.max(...ACCEPTED_MUTATION_FORMATS) + 1;

let holder: ServerHolder;
beforeEach(async () => {
  holder = await startServerHolder();
});
afterEach(async () => {
  await holder.dispose();
});

async function pairedToken(): Promise<string> {
  const { store, now, app } = holder.current;
  const { code } = await issuePairingCode(store, (await store.defaultWorkspace()).id, 'field', now);
  const res = await app.inject({ method: 'POST', url: '/api/v1/pair', payload: { code } });
  return res.json<PairResponse>().token;
}

const contactEdit = (seq: number, v: number, note: string) => ({
  seq,
  table: 'contacts',
  id: DEFAULT_CONTACTS[0]!.id,
  fields: { note, updatedAt: '2025-03-01T10:00:00.000Z' },
  baseVersion: 0,
  v,
});

describe('mutation formats across updates', () => {
  it('the endpoint accepts the current format and the previous one', () => {
    for (const v of SURVIVING_FORMATS) expect(ACCEPTED_MUTATION_FORMATS).toContain(v);
  });

  for (const v of SURVIVING_FORMATS) {
    it(`applies a mutation of format ${v}${v === PREVIOUS ? ' (the previous one)' : ''}`, async () => {
      const token = await pairedToken();
      const res = await holder.current.app.inject({
        method: 'POST',
        url: '/api/v1/push',
        headers: { authorization: `Bearer ${token}` },
        payload: { mutations: [contactEdit(1, v, `format ${v}`)] },
      });
      expect(res.json<PushResponse>().results).toEqual([{ seq: 1, status: 'applied', version: 1 }]);
    });
  }

  it(`answers an unknown future format (${FUTURE}) rejected-and-done, and the queue moves on`, async () => {
    const token = await pairedToken();
    const push = () =>
      holder.current.app.inject({
        method: 'POST',
        url: '/api/v1/push',
        headers: { authorization: `Bearer ${token}` },
        payload: {
          mutations: [
            contactEdit(1, FUTURE, 'från framtiden'),
            contactEdit(2, MUTATION_FORMAT, 'nu'),
          ],
        },
      });
    const first = (await push()).json<PushResponse>();
    expect(first.results[0]).toMatchObject({ seq: 1, status: 'rejected' });
    expect(first.results[0]).toHaveProperty('reason', expect.stringMatching(/format/));
    expect(first.results[1]).toMatchObject({ seq: 2, status: 'applied' });
    expect(first.lastApplied).toBe(2);
    // Done: sent again, both are already settled.
    expect((await push()).json<PushResponse>().results.map((r) => r.status)).toEqual([
      'duplicate',
      'duplicate',
    ]);
  });

  it('a device whose outbox holds the previous and an unknown format syncs everything it can', async () => {
    const db = new VarnaDB(`format-${crypto.randomUUID()}`);
    try {
      await ensureDefaults(db);
      const orgId = newId();
      await writeRecord(db, 'contacts', DEFAULT_CONTACTS[0]!.id, { note: 'Före uppdateringen' });
      await writeRecord(db, 'organisations', orgId, {
        name: 'Föreningen från framtiden',
        kind: 'forening',
        wishesDialog: 'ja',
        firstContact: null,
        note: '',
        mergedInto: null,
        deleted: false,
      });
      await writeRecord(db, 'contacts', DEFAULT_CONTACTS[1]!.id, { note: 'Efter' });
      // As an older and a newer app version left them in the outbox.
      const [older, newer] = await db.outbox.orderBy('seq').limit(2).toArray();
      await db.outbox.update(older!.seq, { v: SURVIVING_FORMATS.at(-1)! });
      await db.outbox.update(newer!.seq, { v: FUTURE });

      const { store, now } = holder.current;
      const { code } = await issuePairingCode(
        store,
        (await store.defaultWorkspace()).id,
        'field',
        now,
      );
      const transport = injectTransport(holder);
      await pairDevice(db, transport, SIM_SERVER_URL, code);
      const engine = createSyncEngine({
        db,
        transport,
        afterWriteDelayMs: 3_600_000,
        intervalMs: 3_600_000,
      });
      const outcome = await engine.syncNow();
      engine.stop();

      expect(outcome).toMatchObject({ ok: true, pushed: 3 });
      expect(await db.outbox.count()).toBe(0);
      const [rejected] = await listRejected(db);
      expect(rejected).toMatchObject({ table: 'organisations', recordId: orgId });
      // The refused creation is undone locally; the others reached the endpoint and came back.
      expect((await db.organisations.get(orgId))?.deleted).toBe(true);
      expect((await db.contacts.get(DEFAULT_CONTACTS[0]!.id))?.note).toBe('Före uppdateringen');
      expect(await db.contacts.get(DEFAULT_CONTACTS[1]!.id)).toMatchObject({
        note: 'Efter',
        version: 2,
      });
    } finally {
      db.close();
      await db.delete();
    }
  });
});
