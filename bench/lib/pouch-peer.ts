import { spawn } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { ROOT } from './endpoint';
import { tempDir } from './build';

const PEERS = path.join(ROOT, 'bench/peers');
const MODULES = path.join(PEERS, 'node_modules');

/** Why the peer cannot run here, or null when it is installed. */
export function peerMissing(): string | null {
  for (const name of ['pouchdb-browser', 'pouchdb-server', 'leveldown', 'events']) {
    if (!existsSync(path.join(MODULES, name, 'package.json'))) {
      return `${name} is not installed; run \`npm install --prefix bench/peers --no-package-lock\``;
    }
  }
  return null;
}

/** PouchDB 9 for the browser as a classic script defining `window.PouchDB`. */
export async function bundlePouchDB(outFile: string): Promise<void> {
  const dir = tempDir('pouch-entry');
  const entry = path.join(dir, 'entry.js');
  writeFileSync(
    entry,
    `import PouchDB from ${JSON.stringify(path.join(MODULES, 'pouchdb-browser/lib/index.es.js'))};\nwindow.PouchDB = PouchDB;\n`,
  );
  try {
    await buildPouch(entry, outFile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function buildPouch(entry: string, outFile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile: outFile,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    nodePaths: [MODULES],
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    logLevel: 'silent',
  });
}

export interface PouchServer {
  url: string;
  stop: () => Promise<void>;
}

/** Starts bench/peers/pouch-server.mjs (pouchdb-server's stack on LevelDB) on loopback. */
export function startPouchServer(dataDir: string, pageDir: string): Promise<PouchServer> {
  const child = spawn(process.execPath, [path.join(PEERS, 'pouch-server.mjs'), dataDir, pageDir], {
    cwd: PEERS,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-10_000)));
  child.stderr.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-10_000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`pouch server did not start:\n${output}`)),
      30_000,
    );
    child.stdout.on('data', () => {
      const match = /listening (\S+)/.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolve({
        url: match[1],
        stop: async () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`pouch server exited with ${code}:\n${output}`));
    });
  });
}
