import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { removeDir } from './helpers';
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
  afterAll(() => removeDir(dir));

  it('prints its URL and a first pairing code, serves HTTP, and stops on SIGTERM', async () => {
    const env = { DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1', STATIC_DIR: path.join(dir, 'x') };
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

  it('refuses DATABASE_URL with a clear message', async () => {
    const started = startMain({
      DATA_DIR: dir,
      PORT: '0',
      DATABASE_URL: 'postgres://x@localhost/v',
    });
    await expect(started).rejects.toThrow(/PostgreSQL-stöd är inte aktiverat ännu/);
  }, 30_000);
});
