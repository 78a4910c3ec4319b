import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getMeta, writeRecord } from '../../src/db';
import { newId } from '../../src/shared/ids';
import type { Organisation } from '../../src/shared/schemas';
import type { HistoryResponse } from '../../src/shared/sync/history-protocol';
import { fetchTransport, syncStatus, type Transport } from '../../src/sync';
import { HISTORY_CHECKPOINT } from '../../src/sync/history-pull';
import { removeDir } from '../server/helpers';
import { newDevice, pair, startLiveServer, type Device, type LiveServer } from './support';

/** History is asked for in pages this small (the endpoint honours a smaller limit). */
const PAGE = 3;

interface HistoryAnswer {
  since: number;
  body: HistoryResponse;
}

/**
 * The real transport, with history pages of PAGE rows and every history answer recorded. Faults
 * for the n-th history answer from now: `spoil` gives its last entry an id IndexedDB refuses as a
 * key, so the page's transaction aborts (as a full disk or a broken answer would make it);
 * `replayFirst` answers it with the first page ever received, whose checkpoint lies behind.
 */
function historyFaults(inner: Transport = fetchTransport) {
  const answers: HistoryAnswer[] = [];
  let spoilIn = 0;
  let replayIn = 0;
  const transport: Transport = async (request) => {
    const url = new URL(request.url);
    if (!url.pathname.endsWith('/history')) return inner(request);
    url.searchParams.set('limit', String(PAGE));
    const response = await inner({ ...request, url: url.toString() });
    if (response.status !== 200) return response;
    let body = response.body as HistoryResponse;
    if (replayIn > 0 && --replayIn === 0) body = answers[0]!.body;
    if (spoilIn > 0 && --spoilIn === 0) {
      const last = body.entries.at(-1)!;
      body = { ...body, entries: [...body.entries.slice(0, -1), { ...last, id: null as never }] };
    }
    answers.push({ since: Number(url.searchParams.get('since')), body });
    return { ...response, body };
  };
  return {
    transport,
    answers,
    spoil: (n: number) => void (spoilIn = n),
    replayFirst: (n: number) => void (replayIn = n),
  };
}

let server: LiveServer;
const devices: Device[] = [];

beforeEach(async () => {
  server = await startLiveServer();
});
afterEach(async () => {
  for (const device of devices.splice(0)) {
    device.engine.stop();
    await device.db.delete();
  }
  await server.close();
  removeDir(server.dir);
});

async function device(inner?: Transport): Promise<Device> {
  const d = await newDevice(inner);
  devices.push(d);
  await pair(server, d);
  return d;
}

const organisation = (name: string): Omit<Organisation, 'id' | 'version'> => ({
  name,
  kind: 'forening',
  wishesDialog: 'ja',
  firstContact: null,
  note: '',
  mergedInto: null,
  deleted: false,
  updatedAt: new Date().toISOString(),
});

/** Another device adds `count` organisations and syncs: `count` more rows of audit trail. */
async function officeAdds(office: Device, count: number, prefix: string): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    await writeRecord(office.db, 'organisations', newId(), organisation(`${prefix} ${i}`));
  }
  expect(await office.engine.syncNow()).toMatchObject({ ok: true, pushed: count });
}

/** The workspace's whole audit trail on the server, as row ids. */
async function serverTrail(): Promise<number[]> {
  const workspace = await server.store.defaultWorkspace();
  const { entries } = await server.store.pullHistory(workspace.id, 0, 10_000);
  return entries.map((e) => e.id).sort((x, y) => x - y);
}

const storedIds = async (d: Device): Promise<number[]> =>
  (await d.db.history.toArray()).map((h) => h.id).sort((x, y) => x - y);

const storedSeq = async (d: Device): Promise<number | undefined> =>
  (await getMeta<{ seq: number }>(d.db, HISTORY_CHECKPOINT))?.seq;

describe('history pages that arrive unusable or out of order', () => {
  it('stops the pull when a page cannot be stored, refuses the page queued behind it, and resumes at the checkpoint', async () => {
    const office = await device();
    await officeAdds(office, 4, 'Förening');
    const faults = historyFaults();
    const field = await device(faults.transport);
    expect((await field.engine.syncNow()).ok).toBe(true);
    const before = await storedIds(field);
    const checkpoint = await storedSeq(field);
    expect(before).toEqual(await serverTrail());

    await officeAdds(office, 9, 'Ny förening');
    faults.answers.length = 0;
    faults.spoil(1);
    const failed = await field.engine.syncNow();
    // The test syncs again itself; the engine's retry after the failure is not wanted here.
    field.engine.stop();

    expect(failed).toMatchObject({ ok: false, reason: 'error' });
    expect(syncStatus.getState().phase).toBe('error');
    // The status line says it in Swedish, not in the browser's words for the storage error.
    expect(syncStatus.getState().lastError).toMatch(/^Synkningen avbröts av ett fel på enheten/);
    expect(failed).toMatchObject({ message: syncStatus.getState().lastError });
    const [lost, queued] = faults.answers;
    expect(lost?.since).toBe(checkpoint);
    // The next page was fetched and queued behind the lost one before that one failed ...
    expect(queued?.since).toBe(lost?.body.checkpoint);
    expect(queued?.body.entries.length).toBeGreaterThan(0);
    // ... and stored nothing: no row of either page, the checkpoint where it was.
    expect(await storedIds(field)).toEqual(before);
    expect(await storedSeq(field)).toBe(checkpoint);
    // The records pull of that sync (beside the history pull) completed: the office's additions are there.
    expect(await field.db.organisations.filter((o) => o.name.startsWith('Ny ')).count()).toBe(9);

    faults.answers.length = 0;
    expect((await field.engine.syncNow()).ok).toBe(true);
    expect(faults.answers[0]?.since).toBe(checkpoint);
    const trail = await serverTrail();
    expect(await storedIds(field)).toEqual(trail);
    expect(await storedSeq(field)).toBe(faults.answers.at(-1)?.body.checkpoint);
  });

  it('stops at an answer that goes back to an older page, then carries on, losing and doubling nothing', async () => {
    const office = await device();
    await officeAdds(office, 10, 'Förening');
    const faults = historyFaults();
    const field = await device(faults.transport);
    faults.replayFirst(3);

    // An older page that still says "more" would send the pull back to pages it has (and, served
    // again and again, round in a circle): the pull stops there, in Swedish, keeping what it stored.
    const outcome = await field.engine.syncNow();
    expect(outcome).toMatchObject({ ok: false, reason: 'error' });
    expect(syncStatus.getState().lastError).toMatch(/inte förde synkningen framåt/);
    const [first, second, replayed] = faults.answers;
    expect(faults.answers).toHaveLength(3);
    expect(replayed?.since).toBe(second!.body.checkpoint);
    expect(replayed?.body).toBe(first?.body);
    expect(await storedSeq(field)).toBe(second!.body.checkpoint);

    // The next sync goes on from the checkpoint it kept.
    faults.answers.length = 0;
    expect((await field.engine.syncNow()).ok).toBe(true);
    expect(faults.answers[0]?.since).toBe(second!.body.checkpoint);
    const trail = await serverTrail();
    const rows = await field.db.history.toArray();
    expect(rows).toHaveLength(trail.length);
    expect(await storedIds(field)).toEqual(trail);
    expect(await storedSeq(field)).toBe(faults.answers.at(-1)?.body.checkpoint);
  });
});
