import { rmSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import type { BenchArgs } from './args';
import { launchBrowser } from './browser';
import { buildApp, buildFloor, type Built } from './build';
import type { Row } from './results';

/** What every benchmark gets: options, shared builds and a shared browser. */
export interface BenchContext {
  args: BenchArgs;
  /** Full or quick iteration count. */
  iterations: (full: number, quick: number) => number;
  /** The app built once per run (rejects with the build's error). */
  app: () => Promise<Built>;
  floor: () => Promise<Built>;
  browser: () => Promise<Browser>;
  /** Remove this folder when the run ends (unless --keep). */
  removeLater: (dir: string) => void;
  log: (message: string) => void;
}

export interface BenchOutput {
  rows: Row[];
  notes: string[];
}

export interface Benchmark {
  name: string;
  title: string;
  run: (ctx: BenchContext) => Promise<BenchOutput>;
}

function once<T>(make: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | null = null;
  return () => (promise ??= make());
}

export function createContext(args: BenchArgs): BenchContext & { dispose: () => Promise<void> } {
  const dirs: string[] = [];
  let browser: Browser | null = null;
  const log = (message: string) => console.log(`[bench] ${message}`);
  const built = (what: string, make: () => Promise<Built>) =>
    once(async () => {
      log(`building ${what} …`);
      const result = await make();
      dirs.push(result.dir);
      return result;
    });
  return {
    args,
    iterations: (full, quick) => (args.quick ? quick : full),
    app: built('the app', buildApp),
    floor: built('the floor app', buildFloor),
    browser: async () => {
      if (!browser?.isConnected()) browser = await launchBrowser();
      return browser;
    },
    removeLater: (dir) => dirs.push(dir),
    log,
    dispose: async () => {
      await browser?.close();
      if (!args.keep) for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The first line of an error, for an "ej körd" reason. */
export function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (
    text
      .split('\n')
      .find((l) => l.trim())
      ?.trim()
      .slice(0, 300) ?? 'unknown error'
  );
}
