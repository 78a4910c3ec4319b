import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '../../..');
/** Inside the repository, so the bundle's external packages resolve from node_modules. */
const BUNDLE = path.join(ROOT, 'node_modules/.cache/varna-crash-test/main.mjs');

/**
 * Bundles src/server/main.ts with its dependencies once into one ES module run by plain node: a
 * hundred restarts then cost loading one file instead of tsx compiling the sources and node
 * resolving hundreds of modules each time (about half the CPU). better-sqlite3 (native) stays
 * external. The code is the same source `npm run serve` runs.
 */
export async function bundleServer(): Promise<string> {
  mkdirSync(path.dirname(BUNDLE), { recursive: true });
  await build({
    entryPoints: [path.join(ROOT, 'src/server/main.ts')],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3', 'pg-native'],
    // Bundled CommonJS dependencies call require(); give the ES module one.
    banner: {
      js: "import { createRequire as varnaCreateRequire } from 'node:module'; const require = varnaCreateRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  return BUNDLE;
}

/** A free TCP port on 127.0.0.1, kept for every restart of one test (PORT=0 would change it). */
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

export interface EndpointProcess {
  child: ChildProcess;
  output: () => string;
  /** The first pairing code printed, if any. */
  pairingCode: () => string | null;
  exited: Promise<void>;
}

/** Starts the bundled endpoint on `port` with `dataDir`; resolves once it listens. */
export function startEndpoint(
  bundle: string,
  port: number,
  dataDir: string,
  env: Record<string, string> = {},
): Promise<EndpointProcess> {
  const child = spawn(process.execPath, [bundle], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`endpoint did not start:\n${out}`)), 30_000);
    const check = () => {
      // Listening, and the start-up lines (a pairing code or how to get one) are printed.
      if (!/^Parkopplingskod: |^Kör "npm run admin/m.test(out)) return;
      clearTimeout(timer);
      resolve({
        child,
        output: () => out,
        pairingCode: () => /Parkopplingskod: (\S+)/.exec(out)?.[1] ?? null,
        exited,
      });
    };
    child.stdout.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`endpoint exited with ${code} before listening:\n${out}`));
    });
  });
}

/** Kills the process at once (no shutdown handler runs) and waits until it is gone. */
export async function killHard(endpoint: EndpointProcess): Promise<void> {
  if (endpoint.child.exitCode === null && endpoint.child.signalCode === null) {
    endpoint.child.kill('SIGKILL');
  }
  await endpoint.exited;
}
