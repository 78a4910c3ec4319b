import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Page } from '@playwright/test';

/** A free TCP port on 127.0.0.1: a restarted endpoint keeps its origin (and the app its data). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Every row of the named object stores of the app's IndexedDB, read raw (not through the app). */
export function readStores(
  page: Page,
  stores: string[],
): Promise<Record<string, Array<Record<string, unknown>>>> {
  return page.evaluate(async (names) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('varna');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error(String(open.error)));
    });
    const out: Record<string, Array<Record<string, unknown>>> = {};
    const tx = db.transaction(names, 'readonly');
    for (const name of names) {
      out[name] = await new Promise((resolve, reject) => {
        const request = tx.objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result as Array<Record<string, unknown>>);
        request.onerror = () => reject(new Error(String(request.error)));
      });
    }
    db.close();
    return out;
  }, stores);
}

/**
 * A second build of the app in `target`: the first build with one file changed (index.html gets a
 * marker) and the service worker's precache revision for it updated, exactly what a rebuild after
 * a change ships. The browser sees a new sw.js, installs it and waits for "Uppdatera".
 */
export function secondBuild(first: string, target: string): void {
  cpSync(first, target, { recursive: true });
  const index = path.join(target, 'index.html');
  writeFileSync(
    index,
    readFileSync(index, 'utf8').replace('<head>', '<head><meta name="varna-build" content="2">'),
  );
  const sw = path.join(target, 'sw.js');
  const source = readFileSync(sw, 'utf8');
  const next = source.replace(/(url:"index\.html",revision:")[0-9a-f]+"/, '$1build2"');
  if (next === source) throw new Error('sw.js has no precache entry for index.html');
  writeFileSync(sw, next);
}
