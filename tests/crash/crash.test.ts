import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { META, getMeta } from '../../src/db';
import { getPairing } from '../../src/sync';
import { seededRng } from '../property/support/rng';
import { CrashClient } from './support/crash-client';
import {
  bundleServer,
  freePort,
  killHard,
  startEndpoint,
  type EndpointProcess,
} from './support/endpoint-process';

/**
 * Crash test (issue 8): three devices keep writing and pushing while the real endpoint process is
 * killed with SIGKILL at random moments, 100 times, and restarted on the same SQLite file. The
 * push route waits 60 ms between its commit and its reply (VARNA_TEST_DELAY_REPLY_MS, a test-only
 * hook), so many kills land in that window. Afterwards: nothing lost, nothing applied twice.
 *
 * SQLite runs as the store configures it: WAL with synchronous=FULL. A SIGKILL loses no write the
 * OS has accepted, so this proves the transaction and reply order (a reply only after the commit;
 * the retry answered `duplicate`); FULL is what keeps an acknowledged push on disk through a power
 * cut too, where NORMAL could drop the last commits after the device had dropped its entries.
 */
const KILLS = Number(process.env.CRASH_KILLS ?? 100);
const seed = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
const REPLY_DELAY_MS = 60;
const ENV = {
  VARNA_TEST_DELAY_REPLY_MS: String(REPLY_DELAY_MS),
  LOG_LEVEL: 'error',
  RATE_LIMIT_PER_DEVICE: '1000000',
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'varna-crash-'));
const clients: CrashClient[] = [];
let endpoint: EndpointProcess | undefined;

afterAll(async () => {
  if (endpoint) await killHard(endpoint);
  for (const client of clients) await client.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Resolves at the next push any client sends, or the next one the endpoint answers. */
const pushSent = () =>
  new Promise<void>((resolve) => clients.forEach((c) => (c.onPushSent = resolve)));
const answered = () =>
  new Promise<void>((resolve) => clients.forEach((c) => (c.onPushAnswer = resolve)));

async function pairingCodeFrom(url: string, officeToken: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/pairing-codes`, {
    method: 'POST',
    headers: { authorization: `Bearer ${officeToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ role: 'field' }),
  });
  return ((await res.json()) as { code: string }).code;
}

describe('crash test', () => {
  it(
    `loses and duplicates nothing across ${KILLS} SIGKILLs during pushes (seed ${seed})`,
    { timeout: 600_000 },
    async () => {
      const rng = seededRng(seed);
      const bundle = await bundleServer();
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;
      endpoint = await startEndpoint(bundle, port, dataDir, ENV);
      const office = new CrashClient();
      clients.push(office);
      await office.pair(url, endpoint.pairingCode()!);
      const officeToken = (await getPairing(office.db))!.token;
      for (let i = 0; i < 2; i++) {
        const client = new CrashClient();
        clients.push(client);
        await client.pair(url, await pairingCodeFrom(url, officeToken));
      }

      let step = 0;
      const started = performance.now();
      for (let kill = 0; kill < KILLS; kill++) {
        let alive = true;
        for (const client of clients) client.epoch = kill;
        const traffic = clients.map(async (client) => {
          while (alive) {
            await client.write(step++);
            await client.sync();
          }
        });
        // Once pushes flow (the process has warmed up), kill at a random moment within two
        // reply delays of a push being sent: before its commit, between commit and reply, or after.
        await Promise.race([answered(), sleep(5000)]);
        await Promise.race([pushSent(), sleep(2000)]);
        await sleep(rng() * 2 * REPLY_DELAY_MS);
        await killHard(endpoint);
        alive = false;
        await Promise.all(traffic);
        endpoint = await startEndpoint(bundle, port, dataDir, ENV);
      }
      for (const client of clients) {
        for (
          let i = 0;
          i < 20 && !((await client.sync()) && (await client.db.outbox.count()) === 0);
          i++
        ) {
          await sleep(50);
        }
        expect(await client.db.outbox.count()).toBe(0);
      }
      endpoint.child.kill('SIGTERM');
      await endpoint.exited;
      endpoint = undefined;

      const unanswered = clients.reduce((n, c) => n + c.witness.unanswered, 0);
      const committedBeforeKill = clients.reduce((n, c) => n + c.witness.committedBeforeKill, 0);
      const killsAfterCommit = new Set(clients.flatMap((c) => [...c.witness.killsAfterCommit]));
      console.log(
        `crash: seed ${seed}, ${KILLS} kills in ${((performance.now() - started) / 1000).toFixed(1)} s, ` +
          `${step} changes written; ${unanswered} push requests got no answer, ` +
          `${committedBeforeKill} of them had been committed (the retry was answered duplicate); ` +
          `kills that landed between a commit and its reply: ${killsAfterCommit.size}`,
      );
      expect(killsAfterCommit.size).toBeGreaterThan(0);

      const db = new Database(path.join(dataDir, 'varna.sqlite'), { readonly: true });
      try {
        let mutations = 0;
        for (const client of clients) {
          const { deviceId } = (await getPairing(client.db))!;
          const used = ((await getMeta<number>(client.db, META.nextSeq)) ?? 1) - 1;
          mutations += used;
          const device = db.prepare('SELECT last_seq FROM devices WHERE id = ?').get(deviceId) as {
            last_seq: number;
          };
          expect(device.last_seq, 'every change of the device applied').toBe(used);
          for (const [id, { name, note }] of client.written) {
            const rows = db
              .prepare("SELECT data FROM records WHERE tbl = 'organisations' AND id = ?")
              .all(id) as Array<{ data: string }>;
            expect(rows).toHaveLength(1);
            expect(JSON.parse(rows[0]!.data)).toMatchObject({ name, note });
          }
        }
        const organisations = db
          .prepare("SELECT COUNT(*) AS n FROM records WHERE tbl = 'organisations'")
          .get() as { n: number };
        expect(organisations.n).toBe(clients.reduce((n, c) => n + c.written.size, 0));
        // Every applied mutation takes one version (and each conflict record one more): a mutation
        // applied twice would have taken two.
        const conflicts = db
          .prepare("SELECT COUNT(*) AS n FROM records WHERE tbl = 'conflicts'")
          .get() as {
          n: number;
        };
        const counter = db.prepare('SELECT version_counter AS n FROM workspaces').get() as {
          n: number;
        };
        expect(counter.n).toBe(mutations + conflicts.n);
      } finally {
        db.close();
      }
    },
  );
});
