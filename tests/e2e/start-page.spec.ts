import { expect, test, type Page } from '@playwright/test';
import { firstVisit } from './support/app';
import { serverPerTest } from './support/server';
import { setPassphrase } from './support/lock';

/**
 * The start page holds no data, so it shows at once, before the lock state is read (issue 10's
 * Lighthouse LCP); a device with a passphrase still opens on the unlock form.
 */
const PASSPHRASE = 'korrekt häst batteri häftklammer';

const server = serverPerTest();

/** Records the text of every h1 the page ever shows, from the first parse on. */
async function recordHeadings(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seenHeadings: string[] }).seenHeadings = seen;
    new MutationObserver(() => {
      for (const h1 of document.querySelectorAll('h1')) {
        const text = h1.textContent?.trim() ?? '';
        if (text && seen.at(-1) !== text) seen.push(text);
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
}

const seenHeadings = (page: Page) =>
  page.evaluate(() => (window as unknown as { seenHeadings: string[] }).seenHeadings);

test('without a passphrase the start page opens offline; with one, the unlock form comes first', async ({
  page,
  context,
}) => {
  await recordHeadings(page);
  await firstVisit(page, server.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Värna' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Logga ny dialog' })).toBeVisible();

  await page.goto(`${server.url}/installningar`);
  await setPassphrase(page, PASSPHRASE);

  // A reload forgets the keys: the start page is not shown, not even for a moment.
  await server.stop();
  await context.setOffline(true);
  await page.goto(`${server.url}/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Värna är låst' })).toBeVisible();
  expect(await seenHeadings(page)).not.toContain('Värna');

  // Unlocked, the start page is there again.
  await page.getByLabel('Lösenfras').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Lås upp', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Värna' })).toBeVisible();
});

test('a locked device that has not yet remembered its passphrase still gets the unlock form', async ({
  page,
}) => {
  await firstVisit(page, server.url);
  await page.goto(`${server.url}/installningar`);
  await setPassphrase(page, PASSPHRASE);

  // As after an update from a version that did not remember it: the start page may show first,
  // then the lock state is read and the unlock form takes its place.
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${server.url}/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Värna är låst' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Logga ny dialog' })).toHaveCount(0);
});
