import type { Browser, BrowserContext, Page } from '@playwright/test';
import { phoneContext } from './browser';
import { startEndpoint } from './endpoint';
import { serveStatic } from './static-server';

export interface OfflineApp {
  context: BrowserContext;
  baseUrl: string;
  close: () => Promise<void>;
}

async function waitForController(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/**
 * Visits the app once online so its service worker installs and precaches it, waits for the
 * default data to load, then stops the endpoint and takes the context offline: from then on only
 * the service worker and the device's storage serve it.
 */
export async function openOfflineApp(browser: Browser, staticDir: string): Promise<OfflineApp> {
  const endpoint = await startEndpoint({ staticDir });
  const context = await phoneContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(endpoint.url);
    await waitForController(page);
    await page
      .getByRole('status')
      .filter({ hasText: /synkat|osynkad/ })
      .waitFor({ timeout: 30_000 });
    await page.close();
  } finally {
    await endpoint.stop();
  }
  await context.setOffline(true);
  return { context, baseUrl: endpoint.url, close: () => context.close() };
}

/** The same for the floor app, served by a tiny static server. */
export async function openOfflineFloor(browser: Browser, staticDir: string): Promise<OfflineApp> {
  const server = await serveStatic(staticDir);
  const context = await phoneContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await waitForController(page);
    await page.getByRole('button', { name: 'Spara' }).waitFor();
    await page.close();
  } finally {
    await server.close();
  }
  await context.setOffline(true);
  return { context, baseUrl: server.url, close: () => context.close() };
}
