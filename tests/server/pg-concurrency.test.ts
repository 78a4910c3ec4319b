import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuePairingCode } from '../../src/server/pairing';
import { PgStore } from '../../src/server/store/pg-store';
import type { PairResponse, PullResponse, PushResponse } from '../../src/shared/sync/protocol';
import { contactFields, mutation } from './helpers';
import { startMain } from './spawn';
import { databaseUrlOf, prepareStore, removeDir, storeEnv } from './test-store';

const PUSHERS = 6;
const BATCHES = 12;
const PER_BATCH = 5;
/** Records every pusher edits, so concurrent pushes also overwrite each other's rows. */
const SHARED = ['shared-1', 'shared-2', 'shared-3'];

interface Client {
  token: string;
  deviceId: string;
}

/**
 * Two endpoint processes (src/server/main.ts) on one PostgreSQL database: devices push through
 * both at once while a device pulls with its checkpoint the whole time. A version committed out of
 * order would be skipped by the puller for good; the test proves none is.
 */
describe('two endpoint processes sharing one PostgreSQL', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'varna-pg-two-'));
  const children: ChildProcess[] = [];
  let urls: string[] = [];
  let store: PgStore;

  beforeAll(async () => {
    await prepareStore(dir);
    const env = {
      ...storeEnv(dir),
      PORT: '0',
      HOST: '127.0.0.1',
      STATIC_DIR: path.join(dir, 'no-dist'),
      RATE_LIMIT_PER_DEVICE: '1000000',
    };
    // Started at once on an empty database: they must agree on one default workspace.
    const started = await Promise.all([startMain(env), startMain(env)]);
    children.push(...started.map((s) => s.child));
    urls = started.map((s) => /^Värna körs på (http:\/\/\S+)$/m.exec(s.output())![1]!);
    store = await PgStore.open(databaseUrlOf(dir));
  }, 120_000);

  afterAll(async () => {
    for (const child of children) {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
    }
    await store?.close();
    removeDir(dir);
  });

  async function call<T>(url: string, client: Client | null, route: string, body?: unknown) {
    const res = await fetch(`${url}/api/v1${route}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        ...(client ? { authorization: `Bearer ${client.token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (res.status !== 200) throw new Error(`${route}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  async function pairVia(url: string): Promise<Client> {
    const workspace = await store.defaultWorkspace();
    const { code } = await issuePairingCode(store, workspace.id, 'field', Date.now());
    const paired = await call<PairResponse>(url, null, '/pair', { code });
    return { token: paired.token, deviceId: paired.deviceId };
  }

  /** A device's batches in order, alternating processes; every third batch sent to both at once. */
  async function pushAll(client: Client, index: number): Promise<void> {
    for (let batch = 0; batch < BATCHES; batch++) {
      const mutations = Array.from({ length: PER_BATCH }, (_, i) => {
        const seq = batch * PER_BATCH + i + 1;
        const id = i === 0 ? SHARED[batch % SHARED.length] : `d${index}-${seq}`;
        return mutation(seq, contactFields({ note: `${index}:${seq}` }), { id });
      });
      const body = { mutations };
      const targets = batch % 3 === 2 ? urls : [urls[(index + batch) % 2]!];
      const replies = await Promise.all(
        targets.map((url) => call<PushResponse>(url, client, '/push', body)),
      );
      for (const reply of replies) expect(reply.lastApplied).toBe((batch + 1) * PER_BATCH);
      // Sent twice at once: the device row lock makes one apply it and the other answer duplicate.
      const applied = replies.flatMap((r) => r.results).filter((r) => r.status === 'applied');
      expect(applied).toHaveLength(PER_BATCH);
    }
  }

  it('no pull misses a row while both apply pushes concurrently', async () => {
    const pushers = await Promise.all(
      Array.from({ length: PUSHERS }, (_, i) => pairVia(urls[i % 2]!)),
    );
    const puller = await pairVia(urls[0]!);
    const collected = new Map<string, number>();
    let checkpoint = 0;
    let pulls = 0;
    const pullOnce = async () => {
      const url = urls[pulls++ % 2]!;
      const page = await call<PullResponse>(url, puller, `/pull?since=${checkpoint}&limit=50`);
      for (const change of page.changes) {
        // Versions arrive only above the checkpoint, in order: never one that was skipped earlier.
        expect(change.version).toBeGreaterThan(checkpoint);
        collected.set(`${change.table}/${change.id}`, change.version);
        checkpoint = change.version;
      }
      expect(page.checkpoint).toBe(checkpoint);
      return page.more;
    };
    let done = false;
    const pulling = (async () => {
      while (!done) await pullOnce();
      while (await pullOnce());
    })();
    await Promise.all(pushers.map((client, i) => pushAll(client, i)));
    done = true;
    await pulling;

    const rows = await store.pullChanges((await store.defaultWorkspace()).id, 0, 100_000);
    const expected = new Map(rows.changes.map((c) => [`${c.table}/${c.id}`, c.version]));
    // Every record pushed (plus the conflict records the shared ones produced), each at its last
    // version: the puller's set equals the database's.
    expect(expected.size).toBeGreaterThan(PUSHERS * BATCHES * (PER_BATCH - 1) + SHARED.length);
    const missed = [...expected].filter(([key, version]) => collected.get(key) !== version);
    expect(missed).toEqual([]);
    expect(collected.size).toBe(expected.size);
  }, 120_000);
});
