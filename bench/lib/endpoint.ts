import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface Endpoint {
  url: string;
  dataDir: string;
  /** The first pairing code it printed (an office device's), if any. */
  pairingCode: string | null;
  output: () => string;
  /** The exit code once the process has ended by itself or been stopped, else null. */
  exited: () => number | string | null;
  stop: () => Promise<void>;
}

/**
 * Starts the real endpoint (src/server/main.ts) as its own process on 127.0.0.1 with a free port,
 * as tests/e2e/support/server.ts does. Resolves once it prints `Värna körs på <URL>` and its
 * pairing line.
 */
export async function startEndpoint(options: {
  staticDir: string;
  dataDir?: string;
  env?: Record<string, string>;
}): Promise<Endpoint> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'varna-bench-data-'));
  const child: ChildProcess = spawn(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'src/server/main.ts'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        STATIC_DIR: options.staticDir,
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  // Keep only the tail: a long load run must not grow this without bound.
  const append = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Endpoint did not start:\n${output}`)), 60_000);
    const check = () => {
      const match = /Värna körs på (\S+)/.exec(output);
      if (match?.[1] && /\n.+\n/.test(output.slice(output.indexOf(match[0])))) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Endpoint exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    dataDir,
    pairingCode: /Parkopplingskod: (\S+)/.exec(output)?.[1] ?? null,
    output: () => output,
    exited: () => child.exitCode ?? child.signalCode ?? null,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
