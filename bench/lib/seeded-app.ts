import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { SeedOptions } from '../browser/seed-entry';
import { injectBundle } from './bench-page';
import { phoneContext, plainContext } from './browser';
import { startEndpoint, type Endpoint } from './endpoint';

export interface SeededApp {
  endpoint: Endpoint;
  context: BrowserContext;
  page: Page;
  close: () => Promise<void>;
}

/**
 * The served app (online, endpoint on loopback) after its first visit, with `seed` log entries
 * written into its own IndexedDB (see bench/browser/seed-entry.ts), or none when seed is null.
 */
export async function openSeededApp(
  browser: Browser,
  staticDir: string,
  seed: SeedOptions | null,
  device: 'phone' | 'desktop' = 'phone',
): Promise<SeededApp> {
  const endpoint = await startEndpoint({ staticDir });
  const context = await (device === 'phone' ? phoneContext(browser) : plainContext(browser));
  const close = async () => {
    await context.close();
    await endpoint.stop();
  };
  try {
    const page = await context.newPage();
    await page.goto(endpoint.url);
    await page
      .getByRole('status')
      .filter({ hasText: /synkat|osynkad/ })
      .waitFor({ timeout: 30_000 });
    if (seed) await seedApp(page, seed);
    return { endpoint, context, page, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Writes synthetic entries into the app's own IndexedDB from inside its page. */
export async function seedApp(page: Page, seed: SeedOptions): Promise<void> {
  await injectBundle(page, 'bench/browser/seed-entry.ts');
  const stored = await page.evaluate((o) => window.seedBench.seed(o), seed);
  if (stored < seed.entries) throw new Error(`seeded ${stored} of ${seed.entries} entries`);
}

export const DAY_MS = 86_400_000;
