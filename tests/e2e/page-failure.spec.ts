import { expect, test } from '@playwright/test';
import { axeViolations } from './support/app';
import { serverPerTest } from './support/server';

/**
 * A page that cannot be shown (here: its code was never stored on the device and the network is
 * gone) says so in Swedish and keeps the header and the menu, instead of leaving a blank screen;
 * "Försök igen" opens it once the network is back.
 */

const server = serverPerTest();

// No service worker: the app is as on a first visit before it was stored for offline use.
test.use({ serviceWorkers: 'block' });

test('a page whose code cannot be loaded offline says so, keeps the menu, and opens on Försök igen once online', async ({
  page,
  context,
}) => {
  await page.goto(`${server.url}/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Värna' })).toBeVisible();
  await context.setOffline(true);

  await page.getByRole('button', { name: 'Mer' }).click();
  await page.getByRole('link', { name: 'Rapport' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Sidan kunde inte visas' }),
  ).toBeFocused();
  await expect(page.getByText('Det du har sparat finns kvar på enheten.')).toBeVisible();
  await expect(page.getByText(/^Du är offline, och den här delen av Värna/)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // The header stays too: its sync status, whose code could not be loaded either, shows nothing
  // instead of taking the whole app down (which left a blank page before).
  await expect(page.getByRole('banner').getByRole('link', { name: 'Värna' })).toBeVisible();

  // Another page (the start page, by the logo): the failure does not follow.
  await page.getByRole('link', { name: 'Värna' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Värna' })).toBeVisible();

  // "Mer" was opened on this page before: it is closed now, and one press opens it (it used to
  // come back open on returning here, so the press closed it).
  await expect(page.getByRole('button', { name: 'Mer' })).toHaveAttribute('aria-expanded', 'false');
  await page.getByRole('button', { name: 'Mer' }).click();
  await page.getByRole('link', { name: 'Rapport' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Sidan kunde inte visas' }),
  ).toBeVisible();
  await context.setOffline(false);
  await page.getByRole('button', { name: 'Försök igen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Rapport \d{4}$/ })).toBeVisible();
  // Back online, the header's sync status is tried again and shows.
  await expect(page.getByRole('button', { name: 'Synka nu' })).toBeVisible();
});
