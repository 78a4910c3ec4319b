import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';

/** Builds the app into a temp folder and reads what the generated service worker precaches. */
const outDir = mkdtempSync(path.join(tmpdir(), 'varna-build-'));
let precached: string[] = [];
let manifest: Record<string, unknown> = {};

beforeAll(async () => {
  // vitest sets NODE_ENV=test, which would bundle React's development build.
  process.env.NODE_ENV = 'production';
  await build({ mode: 'production', logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const sw = readFileSync(path.join(outDir, 'sw.js'), 'utf8');
  precached = [...sw.matchAll(/url:\s*"([^"]+)"/g)].map((m) => m[1]!);
  manifest = JSON.parse(readFileSync(path.join(outDir, 'manifest.webmanifest'), 'utf8')) as Record<
    string,
    unknown
  >;
}, 120_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the built service worker', () => {
  it('precaches index.html, the manifest and the icons', () => {
    expect(precached).toContain('index.html');
    expect(precached).toContain('manifest.webmanifest');
    expect(precached).toEqual(expect.arrayContaining(['icon-192.png', 'icon-512.png']));
  });

  it("precaches every route's chunk and every built asset", () => {
    const routes = readFileSync('src/app/routes.tsx', 'utf8');
    const pages = [...routes.matchAll(/import\('[^']*\/([A-Za-z]+Page)'\)/g)].map((m) => m[1]!);
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      expect(precached.some((url) => new RegExp(`^assets/${page}-[\\w-]+\\.js$`).test(url))).toBe(
        true,
      );
    }
    const assets = readdirSync(path.join(outDir, 'assets')).map((f) => `assets/${f}`);
    expect(precached).toEqual(expect.arrayContaining(assets));
  });

  it('falls back to index.html for navigations, except the API', () => {
    const sw = readFileSync(path.join(outDir, 'sw.js'), 'utf8');
    expect(sw).toContain('createHandlerBoundToURL("/index.html")');
    expect(sw).toMatch(/denylist:\s*\[\/\^\\\/api\\\/\/\]/);
  });
});

describe('the web app manifest', () => {
  it('is Swedish, standalone, with icons and the two shortcuts', () => {
    expect(manifest).toMatchObject({
      name: 'Värna',
      lang: 'sv-SE',
      display: 'standalone',
      start_url: '/',
      scope: '/',
    });
    const icons = manifest.icons as Array<{ sizes: string; purpose?: string }>;
    expect(icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(icons.some((i) => i.purpose === 'maskable')).toBe(true);
    const shortcuts = manifest.shortcuts as Array<{ name: string; url: string }>;
    expect(shortcuts.map((s) => [s.name, s.url])).toEqual([
      ['Ny dialog', '/dialoger/ny'],
      ['Rutin vid oro', '/rutin'],
    ]);
  });
});
