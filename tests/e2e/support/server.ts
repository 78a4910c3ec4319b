import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from '@playwright/test';

export interface RunningServer {
  url: string;
  dataDir: string;
  /** Everything the server printed so far. */
  output: () => string;
  /** The first pairing code the server printed, if any. */
  pairingCode: () => string | null;
  stop: () => Promise<void>;
}

/**
 * Starts the real endpoint (src/server/main.ts) serving the built app from dist/, on 127.0.0.1
 * with a free port and a fresh SQLite file. Resolves once it prints `Värna körs på <URL>`.
 */
export async function startServer(
  options: { dataDir?: string; env?: Record<string, string> } = {},
): Promise<RunningServer> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'varna-e2e-'));
  const child: ChildProcess = spawn(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'src/server/main.ts'],
    {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Server did not start:\n${output}`)), 30_000);
    const check = () => {
      const match = /Värna körs på (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Server exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    dataDir,
    output: () => output,
    pairingCode: () => /Parkopplingskod: (\S+)/.exec(output)?.[1] ?? null,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * A fresh endpoint for each test of the calling spec file: started before each test, stopped and
 * its folder removed after it. The returned object stands for the current test's server.
 */
export function serverPerTest(): RunningServer {
  const current = {} as RunningServer;
  test.beforeEach(async () => {
    Object.assign(current, await startServer());
  });
  test.afterEach(async () => {
    await current.stop();
    removeDir(current.dataDir);
  });
  return current;
}
