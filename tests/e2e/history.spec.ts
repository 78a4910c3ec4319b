import { expect, test, type Page } from '@playwright/test';
import { axeViolations, firstVisit } from './support/app';
import { syncStatus } from './support/pairing';
import { serverPerTest } from './support/server';

/**
 * "Historik" end to end at a phone viewport: the person's name set in Inställningar goes with the
 * change; the history shows an unsynced edit from the outbox offline, then the synced change with
 * who and which device; a personal detail is removed with "Ta bort personuppgift".
 */
const server = serverPerTest();

async function syncNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Synka nu' }).click();
  await expect(syncStatus(page)).toHaveText('Allt är synkat');
}

test('edit a dialog, sync, and see the change with the person’s name in Historik', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await firstVisit(page, server.url);
  await page.goto(`${server.url}/installningar`);
  await page.getByLabel('Parkopplingskod').fill(server.pairingCode()!);
  await page.getByRole('button', { name: 'Parkoppla' }).click();
  await expect(page.getByText(/^Parkopplad med /).first()).toBeVisible();
  const nameField = page.getByLabel('Ditt namn (visas i historiken)');
  await nameField.fill('Anna Andersson');
  await nameField.press('Enter');
  await expect(page.getByText('Namnet är sparat.')).toBeVisible();

  await page.goto(`${server.url}/dialoger/ny`);
  await page.getByLabel('Organisation').fill('Pingstkyrkan');
  await page.getByLabel('Sammanfattning').fill('Planering av öppet hus.');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dialoger' })).toBeVisible();
  await syncNow(page);

  // Offline: the edit waits in the outbox, and Historik shows it from the device.
  await context.setOffline(true);
  await page.getByRole('link', { name: /Pingstkyrkan/ }).click();
  await page.getByRole('link', { name: 'Redigera' }).click();
  await page.getByLabel('Sammanfattning').fill('Öppet hus blir den 12 maj hos Per Persson.');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Pingstkyrkan/ })).toBeVisible();
  await page.getByRole('link', { name: 'Historik' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Historik' })).toBeVisible();
  const pending = page.locator('li.history-item').filter({ hasText: 'Inte synkad än' });
  await expect(pending).toContainText('Öppet hus blir den 12 maj hos Per Persson.');
  await expect(pending).toContainText('Anna Andersson');
  // The synced creation is there too, with who and which device.
  await expect(page.getByText('Planering av öppet hus.').first()).toBeVisible();

  await context.setOffline(false);
  await syncNow(page);
  await expect(page.getByText('Inte synkad än')).toHaveCount(0);
  // One card per change: the edit, now synced, says who made it on which device.
  const edit = page
    .locator('li.history-item')
    .filter({ hasText: 'Öppet hus blir den 12 maj hos Per Persson.' })
    .filter({ hasText: 'Planering av öppet hus.' });
  await expect(edit).toContainText('Sammanfattning');
  await expect(edit).toContainText(/Anna Andersson · \S/);
  expect(await axeViolations(page)).toEqual([]);

  // Ta bort personuppgift: the name leaves the record and its history.
  await page.getByRole('button', { name: 'Ta bort personuppgift' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Ta bort personuppgift' }),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel('Fält').selectOption({ label: 'Sammanfattning' });
  await page.getByLabel('Text att ta bort').fill('Per Persson');
  await page.getByRole('button', { name: 'Ta bort uppgiften' }).click();
  await expect(page.getByText('Bekräfta att texten ska tas bort.')).toBeVisible();
  await expect(page.getByLabel('Text att ta bort')).toHaveValue('Per Persson');
  await page.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Ta bort uppgiften' }).click();
  await expect(page.getByText(/Uppgiften är borttagen på \d+ ställen?\./)).toBeVisible();
  await expect(
    page.getByText(/Uppgift borttagen ur Sammanfattning av Anna Andersson/),
  ).toBeVisible();
  await expect(page.getByText(/Per Persson/)).toHaveCount(0);
  await expect(page.getByText('Öppet hus blir den 12 maj hos [borttaget].').first()).toBeVisible();
});
