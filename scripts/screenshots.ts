/**
 * Takes the README's phone screenshots (docs/screenshots/) from the built app (run `npm run build`
 * first): the real endpoint on 127.0.0.1 with a fresh SQLite file, Chromium at a Pixel 7 viewport
 * in Swedish (`--lang=sv-SE` and LANG, so date and time fields show Swedish formats), one dialog logged
 * through the form. Usage: `npm run build && npm run screenshots`. Debian's Chromium formats date
 * and time fields in Swedish only with the `chromium-l10n` package installed.
 */
import { mkdirSync } from 'node:fs';
import { chromium, devices, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../bench/lib/browser';
import { syncStatus } from '../tests/e2e/support/pairing';
import { removeDir, startServer } from '../tests/e2e/support/server';

const OUT = 'docs/screenshots';

async function phone(browser: Browser, colorScheme: 'light' | 'dark'): Promise<Page> {
  const context = await browser.newContext({
    ...devices['Pixel 7'],
    // Pixel 7's viewport at 1× keeps the files small (the README shows them at half width).
    deviceScaleFactor: 1,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    colorScheme,
  });
  return context.newPage();
}

async function settle(page: Page): Promise<void> {
  await syncStatus(page).waitFor();
  await page.waitForTimeout(500);
}

mkdirSync(OUT, { recursive: true });
const server = await startServer();
const executablePath = chromiumPath();
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: [...CHROMIUM_ARGS, '--lang=sv-SE'],
  env: { ...process.env, LANG: 'sv_SE.UTF-8', LANGUAGE: 'sv' },
});
try {
  const page = await phone(browser, 'light');
  await page.goto(`${server.url}/dialoger/ny`);
  await settle(page);
  await page.getByLabel('Organisation').fill('Svenska kyrkan i Timrå');
  await page
    .getByLabel('Sammanfattning')
    .fill('Samtal om trygghet i centrum och samverkan kring lovaktiviteter.');
  await page.getByLabel('Sammanfattning').focus();
  await page.screenshot({ path: `${OUT}/dialog-form.png` });
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await page.getByRole('listitem').filter({ hasText: 'Svenska kyrkan i Timrå' }).waitFor();
  await settle(page);
  await page.screenshot({ path: `${OUT}/dialog-list.png` });
  await page.goto(`${server.url}/rutin`);
  await settle(page);
  await page.screenshot({ path: `${OUT}/routine.png` });
  await page.goto(`${server.url}/plan`);
  await settle(page);
  await page.screenshot({ path: `${OUT}/plan.png` });
  const dark = await phone(browser, 'dark');
  await dark.goto(`${server.url}/kontakter`);
  await settle(dark);
  await dark.screenshot({ path: `${OUT}/contacts-dark.png` });
  console.log(`Skärmbilderna finns i ${OUT}/.`);
} finally {
  await browser.close();
  await server.stop();
  removeDir(server.dataDir);
}
