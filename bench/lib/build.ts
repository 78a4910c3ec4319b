import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { ROOT } from './endpoint';

export interface Built {
  dir: string;
  /** What the build printed. */
  log: string;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `varna-bench-${prefix}-`));
}

function viteBuild(configFile: string, outDir: string): Promise<Built> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        'node_modules/vite/bin/vite.js',
        'build',
        '--config',
        configFile,
        '--outDir',
        outDir,
        '--emptyOutDir',
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } },
    );
    let log = '';
    child.stdout.on('data', (c: Buffer) => (log += c.toString()));
    child.stderr.on('data', (c: Buffer) => (log += c.toString()));
    child.on('exit', (code) =>
      code === 0
        ? resolve({ dir: outDir, log })
        : reject(new Error(`vite build failed (${code}):\n${log.slice(-3000)}`)),
    );
  });
}

/** The app, built by its own config (see vite-app.config.ts) into a fresh temp folder. */
export const buildApp = (): Promise<Built> =>
  viteBuild('bench/lib/vite-app.config.ts', tempDir('app'));

/** The floor: a hello-world React PWA built by the same toolchain (bench/floor-app). */
export const buildFloor = (): Promise<Built> =>
  viteBuild('bench/floor-app/vite.config.ts', tempDir('floor'));

/**
 * Bundles a bench page script (bench/browser/*.ts) for the browser as one classic script, with
 * the app's source modules it imports, minified as a production build would be.
 */
export async function bundleBrowserScript(
  entry: string,
  outFile: string,
  options: { globalName?: string } = {},
): Promise<void> {
  await build({
    entryPoints: [path.resolve(ROOT, entry)],
    outfile: outFile,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
    ...(options.globalName ? { globalName: options.globalName } : {}),
  });
}
