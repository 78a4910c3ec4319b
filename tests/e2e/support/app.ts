import AxeBuilder from '@axe-core/playwright';
import { expect, type BrowserContext, type Page } from '@playwright/test';

/** Waits until the service worker controls the page (the app shell is precached). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.ready;
    return Boolean(registration.active) && navigator.serviceWorker.controller !== null;
  });
}

/** Opens the app the first time and waits until it works offline and the default data is loaded. */
export async function firstVisit(page: Page, baseUrl: string): Promise<void> {
  await page.goto(baseUrl);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await waitForServiceWorker(page);
  await expect(page.getByRole('status').filter({ hasText: /synkat|osynkad/ })).toBeVisible();
}

/** The first visit, then the network off, then `path` opened from the service worker's cache. */
export async function openOffline(
  page: Page,
  context: BrowserContext,
  baseUrl: string,
  path: string,
): Promise<void> {
  await firstVisit(page, baseUrl);
  await context.setOffline(true);
  await page.goto(`${baseUrl}${path}`);
}

/**
 * The first visit, then the endpoint stopped and the network off: a phone in the field, where
 * nothing but the service worker's cache and IndexedDB can answer.
 */
export async function offlineInTheField(
  page: Page,
  context: BrowserContext,
  server: { url: string; stop: () => Promise<void> },
): Promise<void> {
  await firstVisit(page, server.url);
  await server.stop();
  await context.setOffline(true);
}

/** True when focus fell to the body (the keyboard user has lost their place). */
export const focusLost = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.activeElement === null || document.activeElement === document.body);

/** axe-core with WCAG 2.1 A and AA rules: returns the violations (expected to be none). */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.map((n) => n.target.join(' ')),
  }));
}
