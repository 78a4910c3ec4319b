import { existsSync } from 'node:fs';
import { chromium, devices, type Browser, type BrowserContext, type Page } from '@playwright/test';

const SYSTEM_CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Debian's Chromium where it exists (as the e2e tests use), else Playwright's own. */
export function chromiumPath(): string | undefined {
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

export const CHROMIUM_ARGS = [
  ...(isRoot ? ['--no-sandbox'] : []),
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  return chromium.launch({
    headless: true,
    ...(executablePath ? { executablePath } : {}),
    args: CHROMIUM_ARGS,
  });
}

/**
 * tsx (esbuild) wraps named functions in `__name(...)`; functions passed to page.evaluate carry that
 * call into the page, so every page gets a no-op `__name`.
 */
async function withNameShim(context: BrowserContext): Promise<BrowserContext> {
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  return context;
}

/** A phone context like the e2e tests' (Pixel 7, sv-SE, Europe/Stockholm). */
export async function phoneContext(browser: Browser): Promise<BrowserContext> {
  return withNameShim(
    await browser.newContext({
      ...devices['Pixel 7'],
      locale: 'sv-SE',
      timezoneId: 'Europe/Stockholm',
    }),
  );
}

/** A desktop context for pages that are not the app (bench pages, peers). */
export async function plainContext(browser: Browser): Promise<BrowserContext> {
  return withNameShim(
    await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm' }),
  );
}

/** CPU throttling through the DevTools protocol (1 = off). */
export async function throttleCpu(page: Page, rate: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

export const CPU_SLOWDOWN = 4;
