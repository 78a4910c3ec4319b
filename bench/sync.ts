import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { newPairingCode, pair, pushRecords } from './lib/api';
import { makeBenchPage } from './lib/bench-page';
import { plainContext } from './lib/browser';
import { tempDir } from './lib/build';
import { reasonOf, type Benchmark, type BenchContext } from './lib/context';
import { startEndpoint, type Endpoint } from './lib/endpoint';
import { fieldsOf, makeLogEntry, makeOrganisations, rng } from './lib/fixtures';
import { bundlePouchDB, peerMissing, startPouchServer, type PouchServer } from './lib/pouch-peer';
import { notRun, type Row } from './lib/results';
import { summarize } from './lib/stats';

const ENTRIES = 10_000;
const ORGANISATIONS = 50;
const EDITS = 1_000;
const V_PULL = 'Värna: fresh device pulls 10,000 log entries (+50 organisations), client engine';
const P_PULL = 'Peer: PouchDB 9 pulls the same documents from pouchdb-server (leveldb)';
const V_PULL_FLOOR = 'Värna: the same pull, beside its floor';
const F_PULL =
  'Floor: raw IndexedDB puts of the rows that pull stored (10,050 records + the audit trail), same stores and indexes, no network';
const V_PUSH = 'Värna: push 1,000 offline edits (pushOutbox)';
const P_PUSH = 'Peer: PouchDB 9 pushes the same 1,000 edits';

interface Record_ {
  table: string;
  id: string;
  fields: Record<string, unknown>;
}

function makeRecords(): Record_[] {
  const r = rng(11);
  const orgs = makeOrganisations(r, ORGANISATIONS);
  const organisationIds = orgs.map((o) => o.id);
  const now = Date.now();
  const entries = Array.from({ length: ENTRIES }, () =>
    makeLogEntry(r, { organisationIds, from: now - 3 * 365 * 86_400_000, to: now - 86_400_000 }),
  );
  return [
    ...orgs.map((o) => ({ table: 'organisations', id: o.id, fields: fieldsOf(o) })),
    ...entries.map((e) => ({ table: 'logEntries', id: e.id, fields: fieldsOf(e) })),
  ];
}

interface Side {
  pull: number[];
  /** Värna only: the raw IndexedDB floor of each pull. */
  floor: number[];
  push: number[];
  step: () => Promise<void>;
  close: () => Promise<void>;
}

async function varnaSide(ctx: BenchContext, browser: Browser, records: Record_[]): Promise<Side> {
  const pageDir = await makeBenchPage('bench/browser/sync-entry.ts', 'sync');
  ctx.removeLater(pageDir);
  // Many pairings in a few minutes from one address: the per-IP pairing limit is raised.
  const endpoint: Endpoint = await startEndpoint({
    staticDir: pageDir,
    env: { RATE_LIMIT_PAIRING: '1000' },
  });
  ctx.removeLater(endpoint.dataDir);
  const context = await plainContext(browser);
  const side: Side = {
    pull: [],
    floor: [],
    push: [],
    step: async () => {},
    close: async () => {
      await context.close();
      await endpoint.stop();
    },
  };
  try {
    if (!endpoint.pairingCode) throw new Error('the endpoint printed no pairing code');
    const office = await pair(endpoint.url, endpoint.pairingCode, 'Kontoret (bänk)');
    await pushRecords(endpoint.url, office.token, records);
    const page: Page = await context.newPage();
    await page.goto(`${endpoint.url}/`);
    await page.waitForFunction(() => 'syncBench' in window);
    side.step = async () => {
      const code = await newPairingCode(endpoint.url, office.token);
      const pulled = await page.evaluate((c) => window.syncBench.pull(c), code);
      if (pulled.stored !== ENTRIES)
        throw new Error(`pulled ${pulled.stored} entries, expected ${ENTRIES}`);
      side.pull.push(pulled.ms);
      const floor = await page.evaluate(() => window.syncBench.rawFloor());
      side.floor.push(floor.ms);
      await page.evaluate((n) => window.syncBench.editOffline(n), EDITS);
      const pushed = await page.evaluate(() => window.syncBench.push());
      if (pushed.acknowledged !== EDITS || pushed.left !== 0)
        throw new Error(`push: ${JSON.stringify(pushed)}`);
      side.push.push(pushed.ms);
      await page.evaluate(() => window.syncBench.drop());
    };
    return side;
  } catch (error) {
    await side.close();
    throw error;
  }
}

async function pouchSide(ctx: BenchContext, browser: Browser, records: Record_[]): Promise<Side> {
  const missing = peerMissing();
  if (missing) throw new Error(missing);
  const pageDir = await makeBenchPage('bench/browser/pouch-entry.ts', 'pouch', ['pouchdb.js']);
  ctx.removeLater(pageDir);
  await bundlePouchDB(path.join(pageDir, 'pouchdb.js'));
  const dataDir = tempDir('pouch-data');
  ctx.removeLater(dataDir);
  const server: PouchServer = await startPouchServer(dataDir, pageDir);
  const context = await plainContext(browser);
  const side: Side = {
    pull: [],
    floor: [],
    push: [],
    step: async () => {},
    close: async () => {
      await context.close();
      await server.stop();
    },
  };
  try {
    const created = await fetch(`${server.url}/benchdb`, { method: 'PUT' });
    if (!created.ok) throw new Error(`creating the peer database: ${created.status}`);
    for (let i = 0; i < records.length; i += 1000) {
      const docs = records
        .slice(i, i + 1000)
        .map((r) => ({ _id: r.id, table: r.table, ...r.fields }));
      const res = await fetch(`${server.url}/benchdb/_bulk_docs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ docs }),
      });
      if (res.status !== 201) throw new Error(`seeding the peer: ${res.status}`);
    }
    const page = await context.newPage();
    await page.goto(`${server.url}/bench/`);
    await page.waitForFunction(() => 'pouchBench' in window && 'PouchDB' in window);
    side.step = async () => {
      const pulled = await page.evaluate(() => window.pouchBench.pull());
      if (pulled.stored !== records.length)
        throw new Error(`peer pulled ${pulled.stored} of ${records.length}`);
      side.pull.push(pulled.ms);
      await page.evaluate((n) => window.pouchBench.editOffline(n), EDITS);
      const pushed = await page.evaluate(() => window.pouchBench.push());
      if (pushed.written !== EDITS) throw new Error(`peer pushed ${pushed.written} of ${EDITS}`);
      side.push.push(pushed.ms);
      await page.evaluate(() => window.pouchBench.drop());
    };
    return side;
  } catch (error) {
    await side.close();
    throw error;
  }
}

const bench: Benchmark = {
  name: 'sync',
  title: 'Sync: pulling 10,000 entries and pushing 1,000 edits, beside PouchDB (issue 5)',
  async run(ctx) {
    const runs = ctx.iterations(3, 1);
    const records = makeRecords();
    const browser = await ctx.browser();
    let varna: Side | null = null;
    let pouch: Side | null = null;
    let varnaError: string | null = null;
    let pouchError: string | null = null;
    try {
      varna = await varnaSide(ctx, browser, records);
    } catch (error) {
      varnaError = reasonOf(error);
    }
    try {
      pouch = await pouchSide(ctx, browser, records);
    } catch (error) {
      pouchError = reasonOf(error);
    }
    try {
      // Alternating the two, run by run, so drift on a shared machine hits both alike.
      for (let i = 0; i < runs; i++) {
        if (varna && !varnaError)
          await varna.step().catch((e: unknown) => void (varnaError = reasonOf(e)));
        if (pouch && !pouchError)
          await pouch.step().catch((e: unknown) => void (pouchError = reasonOf(e)));
        ctx.log(
          `sync run ${i + 1}/${runs}: värna ${varna?.pull.at(-1)?.toFixed(0)} (floor ${varna?.floor.at(-1)?.toFixed(0)}) / ${varna?.push.at(-1)?.toFixed(0)} ms, pouch ${pouch?.pull.at(-1)?.toFixed(0)} / ${pouch?.push.at(-1)?.toFixed(0)} ms`,
        );
      }
    } finally {
      await varna?.close();
      await pouch?.close();
    }
    const rows: Row[] = [];
    const figure = (
      name: string,
      samples: number[] | undefined,
      error: string | null,
      extra: Partial<Row>,
    ): Row =>
      error || !samples?.length
        ? notRun(name, 'ms', error ?? 'no run completed', extra)
        : { figure: name, unit: 'ms', samples, spread: 'minmax', ...extra };
    const met = (samples: number[] | undefined, limit: number) =>
      samples?.length && !varnaError ? summarize(samples).p50 <= limit : null;
    rows.push(
      figure(V_PULL, varna?.pull, varnaError, {
        comparedTo: P_PULL,
        target: 'p50 ≤ 1,000 ms',
        met: met(varna?.pull, 1000),
      }),
    );
    rows.push(figure(P_PULL, pouch?.pull, pouchError, { role: 'peer' }));
    rows.push(figure(V_PULL_FLOOR, varna?.pull, varnaError, { comparedTo: F_PULL }));
    rows.push(figure(F_PULL, varna?.floor, varnaError, { role: 'floor' }));
    rows.push(
      figure(V_PUSH, varna?.push, varnaError, {
        comparedTo: P_PUSH,
        target: 'p50 ≤ 150 ms',
        met: met(varna?.push, 150),
      }),
    );
    rows.push(figure(P_PUSH, pouch?.push, pouchError, { role: 'peer' }));
    return {
      rows,
      notes: [
        `Data: ${ENTRIES.toLocaleString('en-US')} log entries and ${ORGANISATIONS} organisations with realistic Swedish text ` +
          '(bench/lib/fixtures.ts), pushed to the endpoint by an office device before the runs; the peer gets the same ' +
          'documents (record fields plus `table`, `_id` = record id) through `_bulk_docs`.',
        'Värna: the endpoint (src/server/main.ts, SQLite, WAL, synchronous=FULL) on 127.0.0.1 serves the bench page itself, ' +
          'so the page talks to its own origin as the app does. Each run: a fresh device database with the default data, ' +
          'paired with a new code (untimed), then `syncNow()` of the real client engine (push of an empty outbox, pull in ' +
          'pages of 500, each page stored with its checkpoint in one Dexie transaction, the next page fetched and its ' +
          'transaction queued while the previous one commits; at the same time the audit trail, one create row per ' +
          'record, in pages of 1,000 the same way; pull and history answers gzip level 1, as Chromium offers brotli only over ' +
          'HTTPS) is timed; ' +
          'then, as the floor, the rows that pull stored (organisations, log entries, audit trail; read back untimed) are ' +
          'put by raw IndexedDB into a fresh database with the same stores and indexes, in the same pages, every ' +
          "page's transaction issued at once (no network, no checkpoints, no log facts: what IndexedDB alone costs " +
          'for these rows on this machine); then 1,000 random ' +
          'entries are edited offline (`summary`, untimed) and `pushOutbox` (batches of 100 until every entry is ' +
          'acknowledged; the outbox read once for ten batches, up to four batches in flight, which the endpoint applies in order) is timed. RATE_LIMIT_PAIRING=1000 is set because every run pairs a new device.',
        'Peer: PouchDB 9.0.0 (pouchdb-browser, IndexedDB adapter) in the same browser replicating with pouchdb-server ' +
          "4.2.0's stack (express-pouchdb, PouchDB with the LevelDB adapter; bench/peers/pouch-server.mjs), which also " +
          'serves its page so no CORS is involved. Each run: a fresh database, `PouchDB.replicate(remote, local)` timed; ' +
          'an untimed push records the checkpoint (a synced device has one); 1,000 random entries edited offline; ' +
          '`PouchDB.replicate(local, remote)` timed. Default replication settings (batch size 100).',
        `Chromium without CPU throttling (the issue sets none for sync); ${runs} runs each, the two sides alternating. ` +
          'Targets are judged on the median.',
      ],
    };
  },
};

export default bench;
