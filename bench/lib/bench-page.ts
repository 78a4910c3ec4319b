import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { bundleBrowserScript, tempDir } from './build';

/**
 * A folder holding a blank page (index.html) that loads the bundled `entry` (bench/browser/*.ts)
 * as bench.js. Serve it from loopback: the static server, the endpoint (STATIC_DIR) or the peer.
 */
export async function makeBenchPage(
  entry: string,
  title: string,
  /** Scripts already in the folder to load first (e.g. a peer library). */
  before: string[] = [],
): Promise<string> {
  const dir = tempDir('page');
  await bundleBrowserScript(entry, path.join(dir, 'bench.js'));
  const scripts = [...before, 'bench.js'].map((s) => `<script src="${s}" defer></script>`).join('');
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${title}</title>${scripts}` +
      `</head><body><h1>${title}</h1></body></html>\n`,
  );
  return dir;
}

/**
 * Runs a bundled script inside a page that did not load it (the served app): evaluated through
 * the DevTools protocol, which the app's Content-Security-Policy does not apply to.
 */
export async function injectBundle(page: Page, entry: string): Promise<void> {
  const dir = tempDir('inject');
  const file = path.join(dir, 'inject.js');
  await bundleBrowserScript(entry, file);
  const source = readFileSync(file, 'utf8');
  rmSync(dir, { recursive: true, force: true });
  await page.evaluate(source);
}
