import { expect, test, devices, type Page } from '@playwright/test';
import { axeViolations, firstVisit } from './support/app';
import { adminPairingCode, pair, syncStatus } from './support/pairing';
import { serverPerTest } from './support/server';

/**
 * A phone's offline edit made on text the office has since redacted: the server refuses it, the
 * phone's user finds the refusal and its Swedish reason under Osynkade ändringar
 * (/installningar/utkorg), and the entry shows the server's redacted text, not the refused edit.
 */
const server = serverPerTest();

const NAME = 'Fatima Lindqvist';
const ORGANISATION = 'Röda Korset i Timrå';
const REASON =
  'Ändringen sparades inte: en personuppgift har tagits bort ur fältet sedan ändringen gjordes, ' +
  'och ändringen byggde på den gamla texten. Ändringen har ångrats på enheten och fältet visar ' +
  'texten som den är nu – gör om ändringen där om den behövs.';

/** Synka nu with changes pending: waits until they have left and the sync (its pull too) is over. */
async function syncPending(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Synka nu' });
  await button.click();
  await expect(syncStatus(page)).toHaveText('Allt är synkat');
  await expect(button).toBeEnabled();
}

/** Dialoger → the entry, by the app's own navigation (no reload, so a running sync goes on). */
async function openEntry(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Dialoger', exact: true }).click();
  await page.getByRole('link', { name: new RegExp(ORGANISATION) }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: new RegExp(ORGANISATION) }),
  ).toBeVisible();
}

test('an offline edit of a field the office has redacted is refused, explained in Utkorg and undone', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const office = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const officePage = await office.newPage();
  await firstVisit(officePage, server.url);
  await pair(officePage, server.url, server.pairingCode()!);

  const phone = await browser.newContext({ ...devices['Pixel 7'] });
  const phonePage = await phone.newPage();
  await firstVisit(phonePage, server.url);
  await pair(phonePage, server.url, adminPairingCode(server.dataDir, 'field'));

  // The phone logs a dialog with a private person's name in it; both devices have it.
  await phonePage.goto(`${server.url}/dialoger/ny`);
  await phonePage.getByLabel('Organisation').fill(ORGANISATION);
  await phonePage.getByLabel('Sammanfattning').fill(`Samtal med ${NAME} om lokalen.`);
  await phonePage.getByRole('button', { name: 'Spara' }).click();
  await expect(phonePage.getByRole('heading', { level: 1, name: 'Dialoger' })).toBeVisible();
  await syncPending(phonePage);
  await officePage.getByRole('button', { name: 'Synka nu' }).click();

  // Offline, the phone edits the summary it has, name and all.
  await phone.setOffline(true);
  await openEntry(phonePage);
  await phonePage.getByRole('link', { name: 'Redigera' }).click();
  await phonePage.getByLabel('Sammanfattning').fill(`Samtal med ${NAME} om lokalen och hyran.`);
  await phonePage.getByRole('button', { name: 'Spara' }).click();
  await expect(
    phonePage.getByRole('heading', { level: 1, name: new RegExp(ORGANISATION) }),
  ).toBeVisible();
  await expect(syncStatus(phonePage)).toHaveText('1 osynkad ändring');

  // Meanwhile the office removes the name with "Ta bort personuppgift".
  await openEntry(officePage);
  await officePage.getByRole('link', { name: 'Historik' }).click();
  await officePage.getByRole('button', { name: 'Ta bort personuppgift' }).click();
  await officePage.getByLabel('Fält').selectOption({ label: 'Sammanfattning' });
  await officePage.getByLabel('Text att ta bort').fill(NAME);
  await officePage.getByRole('checkbox').check();
  await officePage.getByRole('button', { name: 'Ta bort uppgiften' }).click();
  await expect(officePage.getByText(/Uppgiften är borttagen på \d+ ställen?\./)).toBeVisible();

  // Back online, the phone syncs: its edit is refused and leaves the queue.
  await phone.setOffline(false);
  await syncPending(phonePage);

  // The status bar says a change was refused; its link opens the outbox page, which lists the
  // refusal with the server's Swedish reason, without the refused text.
  await phonePage.getByRole('link', { name: '1 ändring avvisad' }).click();
  await expect(phonePage).toHaveURL(/\/installningar\/utkorg$/);
  await expect(
    phonePage.getByRole('heading', { level: 1, name: 'Osynkade ändringar' }),
  ).toBeVisible();
  const refused = phonePage.getByRole('region', { name: 'Avvisade ändringar' });
  await expect(refused.getByRole('listitem')).toHaveCount(1);
  await expect(refused.getByRole('listitem')).toContainText('Loggpost');
  await expect(refused.getByRole('listitem').getByText(REASON, { exact: true })).toBeVisible();
  await expect(phonePage.getByText(NAME)).toHaveCount(0);
  expect(await axeViolations(phonePage)).toEqual([]);

  // The refusal links to its entry, which shows the server's redacted text, not the refused edit.
  await refused.getByRole('link', { name: 'Visa posten' }).click();
  await expect(phonePage.getByText('Samtal med [borttaget] om lokalen.')).toBeVisible();
  await expect(phonePage.getByText(/och hyran/)).toHaveCount(0);
  await expect(phonePage.getByText(NAME)).toHaveCount(0);

  // Once the list is cleared, the status bar no longer mentions it.
  await phonePage.goto(`${server.url}/installningar/utkorg`);
  await phonePage.getByRole('button', { name: 'Rensa listan' }).click();
  await expect(phonePage.getByRole('link', { name: '1 ändring avvisad' })).toHaveCount(0);

  await phone.close();
  await office.close();
});
