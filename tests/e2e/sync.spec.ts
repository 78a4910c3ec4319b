import { expect, test, devices } from '@playwright/test';
import { firstVisit } from './support/app';
import { adminPairingCode, pair, syncStatus } from './support/pairing';
import { serverPerTest } from './support/server';

/**
 * The core promise end to end: a phone logs a dialog offline, pairs and syncs; an office desktop
 * pairs with a code from `npm run admin -- pairing-code` and sees the dialog.
 */
const server = serverPerTest();

test('a dialog logged offline on a phone reaches an office desktop', async ({ browser }) => {
  test.setTimeout(120_000);
  const phone = await browser.newContext({ ...devices['Pixel 7'] });
  const phonePage = await phone.newPage();
  await firstVisit(phonePage, server.url);
  await phone.setOffline(true);

  await phonePage.goto(`${server.url}/dialoger/ny`);
  await phonePage.getByLabel('Organisation').fill('Svenska kyrkan i Timrå');
  await phonePage.getByLabel('Sammanfattning').fill('Dialog om trygghet i centrum.');
  await phonePage.getByRole('button', { name: 'Spara' }).click();
  await expect(
    phonePage.getByRole('listitem').filter({ hasText: 'Svenska kyrkan i Timrå' }),
  ).toBeVisible();
  // The entry and its new organisation wait in the outbox.
  await expect(syncStatus(phonePage)).toHaveText('2 osynkade ändringar');
  // Synka nu on a device that is not paired says so, and leads to where it is paired.
  await phonePage.getByRole('button', { name: 'Synka nu' }).click();
  await phonePage.getByRole('link', { name: 'Inte parkopplad' }).click();
  await expect(phonePage.getByLabel('Parkopplingskod')).toBeVisible();

  await phone.setOffline(false);
  await pair(phonePage, server.url, adminPairingCode(server.dataDir, 'field'));
  await phonePage.getByRole('button', { name: 'Synka nu' }).click();
  await expect(syncStatus(phonePage)).toHaveText('Allt är synkat');

  const desktop = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const desktopPage = await desktop.newPage();
  await firstVisit(desktopPage, server.url);
  await pair(desktopPage, server.url, adminPairingCode(server.dataDir, 'office'));
  await desktopPage.getByRole('button', { name: 'Synka nu' }).click();
  await expect(syncStatus(desktopPage)).toHaveText('Allt är synkat');
  await desktopPage.getByRole('link', { name: 'Dialoger' }).click();
  await expect(
    desktopPage.getByRole('listitem').filter({ hasText: 'Svenska kyrkan i Timrå' }),
  ).toBeVisible();

  // With the endpoint gone, Synka nu on the phone says so and leads to the outbox page.
  await server.stop();
  await phonePage.getByRole('button', { name: 'Synka nu' }).click();
  await phonePage.getByRole('link', { name: 'Servern nås inte' }).click();
  await expect(phonePage).toHaveURL(/\/installningar\/utkorg$/);

  await phone.close();
  await desktop.close();
});

test('the first start prints a pairing code that pairs the first (office) device', async ({
  page,
}) => {
  const code = server.pairingCode();
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await firstVisit(page, server.url);
  await pair(page, server.url, code!);
  await expect(page.getByText(/kontorsenhet/).first()).toBeVisible();
  // An office device may create codes for other devices.
  await page.getByRole('button', { name: 'Skapa parkopplingskod' }).click();
  await expect(page.getByText(/^Parkopplingskod: [A-Z2-9]{4}-[A-Z2-9]{4}$/)).toBeVisible();
  await expect(page.getByRole('img', { name: 'QR-kod med länk för parkoppling' })).toBeVisible();
});
