import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { prepareStore, removeDir, storeEnv } from './helpers';
import { runAdmin, startMain } from './spawn';

describe('the real server (src/server/main.ts)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'varna-main-'));
  let child: ChildProcess | undefined;
  afterEach(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
    child = undefined;
  });
  beforeAll(() => prepareStore(dir));
  afterAll(() => removeDir(dir));

  it('prints its URL and a first pairing code, serves HTTP, and stops on SIGTERM', async () => {
    const env = { ...storeEnv(dir), PORT: '0', HOST: '127.0.0.1', STATIC_DIR: path.join(dir, 'x') };
    const started = await startMain(env);
    child = started.child;
    const url = /^Värna körs på (http:\/\/127\.0\.0\.1:\d+)$/m.exec(started.output())?.[1];
    expect(url).toBeDefined();
    const code = /^Parkopplingskod: ([A-Z2-9]{4}-[A-Z2-9]{4})$/m.exec(started.output())?.[1];
    expect(code).toBeDefined();

    const health = await fetch(`${url}/api/v1/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
    const pair = await fetch(`${url}/api/v1/pair`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: code!.toLowerCase(), deviceName: 'Kontoret' }),
    });
    expect(pair.status).toBe(200);

    child.kill('SIGTERM');
    const [exitCode] = (await once(child, 'exit')) as [number | null];
    expect(exitCode).toBe(0);

    // With a device paired, the next start says how to get a code instead.
    const again = await startMain(env);
    child = again.child;
    expect(again.output()).toContain(
      'Kör "npm run admin -- pairing-code" för att få en kod till en ny enhet.',
    );
    expect(again.output()).not.toContain('Parkopplingskod');
    expect(runAdmin(dir, 'devices').stdout).toContain('Kontoret');
  }, 60_000);

  it('refuses a DATABASE_URL that is not postgres:// with a clear message', async () => {
    const started = startMain({ DATA_DIR: dir, PORT: '0', DATABASE_URL: 'mysql://x@localhost/v' });
    await expect(started).rejects.toThrow(
      /Värna kunde inte starta: DATABASE_URL måste börja med postgres:\/\//,
    );
  }, 30_000);

  it('says so clearly when the PostgreSQL in DATABASE_URL cannot be reached', async () => {
    const started = startMain({
      DATA_DIR: dir,
      PORT: '0',
      DATABASE_URL: 'postgres://varna:hemligt@127.0.0.1:1/varna',
    });
    const failure = await started.then(
      (s) => {
        child = s.child;
        return '';
      },
      (error: Error) => error.message,
    );
    expect(failure).toMatch(/Värna kunde inte starta: Kunde inte öppna PostgreSQL-databasen/);
    expect(failure).not.toContain('hemligt');
  }, 30_000);
});
