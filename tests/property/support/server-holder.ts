import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../src/server/app';
import { loadConfig, sqlitePath } from '../../../src/server/config';
import { SqliteStore } from '../../../src/server/store/sqlite-store';

/** The endpoint as it runs: the app on the SQLite file in its data directory. */
export interface Endpoint {
  app: FastifyInstance;
  store: SqliteStore;
  /** The endpoint's clock (fixed: pairing codes never expire during a scenario). */
  now: number;
}

/**
 * The endpoint of one scenario: the real app on a real SQLite file in a temp dir. `restart` closes
 * the app and the store and opens the same file again; transports always reach the current app.
 * With `http`, the app also listens on 127.0.0.1 (a new port after each restart).
 */
export interface ServerHolder {
  dir: string;
  current: Endpoint;
  /** Base URL when listening over HTTP, else null. */
  url: string | null;
  restarts: number;
  /**
   * Requests the current app is still answering (in process, through `inject`). A restart lets
   * them finish first, as the endpoint's shutdown does for open connections (`app.close()` before
   * `store.close()` in src/server/main.ts); a device may have given up on them long before.
   */
  inflight: Set<Promise<unknown>>;
  /** True while the endpoint is down for a restart: a request then finds nothing listening. */
  down: boolean;
  restart(): Promise<void>;
  dispose(): Promise<void>;
}

const NOW = Date.parse('2025-03-01T10:00:00Z');

async function open(
  dir: string,
  http: boolean,
): Promise<{ endpoint: Endpoint; url: string | null }> {
  const config = loadConfig({
    DATA_DIR: dir,
    STATIC_DIR: path.join(dir, 'no-dist'),
    PUBLIC_URL: 'https://varna.example',
    // A scenario pairs and re-pairs many devices from one address.
    RATE_LIMIT_PAIRING: '100000',
    RATE_LIMIT_PER_DEVICE: '100000',
  });
  const now = () => NOW;
  const store = SqliteStore.open(sqlitePath(config), { now });
  const app = await buildApp({ store, config, now });
  const endpoint = { app, store, now: NOW };
  if (!http) return { endpoint, url: null };
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return { endpoint, url: `http://127.0.0.1:${port}` };
}

async function close(endpoint: Endpoint): Promise<void> {
  await endpoint.app.close();
  await endpoint.store.close();
}

/**
 * Scenarios test the sync logic, not the disk: on Linux their SQLite files live in /dev/shm (RAM),
 * so a thousand scenarios' fsyncs cost nothing. The crash test checks durability on a real disk.
 */
const TMP = existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();

export async function startServerHolder(http = false): Promise<ServerHolder> {
  const dir = mkdtempSync(path.join(TMP, 'varna-prop-'));
  const first = await open(dir, http);
  const holder: ServerHolder = {
    dir,
    current: first.endpoint,
    url: first.url,
    restarts: 0,
    inflight: new Set(),
    down: false,
    async restart() {
      holder.down = true;
      await Promise.allSettled([...holder.inflight]);
      await close(holder.current);
      const next = await open(dir, http);
      holder.current = next.endpoint;
      holder.url = next.url;
      holder.restarts += 1;
      holder.down = false;
    },
    async dispose() {
      await close(holder.current);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return holder;
}
