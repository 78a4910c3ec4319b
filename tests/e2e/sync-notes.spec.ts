import { readFileSync } from 'node:fs';
import { expect, test, devices, type Page } from '@playwright/test';
import { axeViolations, firstVisit } from './support/app';
import { adminPairingCode, pair, syncStatus } from './support/pairing';
import { serverPerTest } from './support/server';

/**
 * The header's two error notes, which are shown whether or not "Synka nu" was pressed:
 * - "Bortkopplad från servern": a phone the office has revoked in Inställningar keeps its pending
 *   dialog, and the note leads to Osynkade ändringar (/installningar/utkorg), which says why (also
 *   after the app is opened again), leads on to Inställningar to pair again and exports the
 *   pending changes to a file. The office device cannot revoke itself there.
 * - "Synkningen misslyckades": a reverse proxy answering 502 Bad Gateway stops the sync without
 *   losing anything; once the endpoint answers again, Synka nu syncs and the note goes away.
 */
const server = serverPerTest();

const ORGANISATION = 'Islamiska föreningen i Timrå';
const REVOKED =
  'Enheten är bortkopplad från servern. Osynkade ändringar finns kvar och kan exporteras.';
const UNPAIRED = 'Inte parkopplad – allt sparas på enheten.';
const SUMMARY = 'Dialog om lokalen och ungdomsverksamheten.';

/**
 * Records, from the first byte of every page load on, whether `text` was ever in the document,
 * however briefly (a state shown while something loads is gone before any assertion could see it).
 */
async function recordText(page: Page, text: string): Promise<() => Promise<boolean>> {
  await page.addInitScript((watched) => {
    const seen = { value: false };
    Object.assign(window, { __seenText: seen });
    new MutationObserver(() => {
      if (document.body?.textContent?.includes(watched)) seen.value = true;
    }).observe(document, { childList: true, subtree: true, characterData: true });
  }, text);
  return () =>
    page.evaluate(() => (window as unknown as { __seenText: { value: boolean } }).__seenText.value);
}

/** Logs a dialog with an organisation not yet in the register (the entry and the organisation). */
async function logDialog(page: Page): Promise<void> {
  await page.goto(`${server.url}/dialoger/ny`);
  await page.getByLabel('Organisation').fill(ORGANISATION);
  await page.getByLabel('Sammanfattning').fill(SUMMARY);
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: ORGANISATION })).toBeVisible();
}

test('a phone revoked by the office says so, keeps its pending dialog and exports it', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const office = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const officePage = await office.newPage();
  await firstVisit(officePage, server.url);
  await pair(officePage, server.url, adminPairingCode(server.dataDir, 'office'));

  const phone = await browser.newContext({ ...devices['Pixel 7'] });
  const phonePage = await phone.newPage();
  await firstVisit(phonePage, server.url);
  await pair(phonePage, server.url, adminPairingCode(server.dataDir, 'field'));
  await expect(syncStatus(phonePage)).toHaveText('Allt är synkat');

  // Opened again, Inställningar never says "not paired" on the paired phone, not even for the
  // moment it takes to read the pairing.
  const sawUnpaired = await recordText(phonePage, UNPAIRED);
  await phonePage.reload();
  await expect(phonePage.getByText(/^Parkopplad med /)).toBeVisible();
  await expect(phonePage.getByRole('button', { name: 'Parkoppla' })).toBeVisible();
  expect(await sawUnpaired()).toBe(false);

  // Out in the field, the phone logs a dialog with no network: it waits in the outbox.
  await phone.setOffline(true);
  await logDialog(phonePage);
  await expect(syncStatus(phonePage)).toHaveText('2 osynkade ändringar');

  // Meanwhile the office revokes the phone (not as lost: its data stays on it). Its own card is
  // marked and offers no way to revoke itself.
  await officePage.goto(`${server.url}/installningar`);
  const officeDevices = officePage.getByRole('region', { name: 'Enheter' });
  const ownCard = officeDevices.getByRole('listitem').filter({ hasText: 'kontorsenhet' });
  await expect(ownCard.getByText('Den här enheten', { exact: true })).toBeVisible();
  await expect(ownCard.getByRole('button')).toHaveCount(0);
  const phoneCard = officeDevices.getByRole('listitem').filter({ hasText: 'fältenhet' });
  await expect(phoneCard.getByText('Den här enheten', { exact: true })).toHaveCount(0);
  await phoneCard.getByRole('button', { name: 'Koppla bort', exact: true }).click();
  await expect(phoneCard.getByText('Bortkopplad', { exact: true })).toBeVisible();
  expect(await axeViolations(officePage)).toEqual([]);

  // Back online, Synka nu is refused: the note says why, and the dialog is still pending.
  await phone.setOffline(false);
  await phonePage.getByRole('button', { name: 'Synka nu' }).click();
  const note = phonePage.getByRole('link', { name: 'Bortkopplad från servern' });
  await expect(note).toBeVisible();
  await expect(syncStatus(phonePage)).toHaveText('2 osynkade ändringar');

  // The note leads to the outbox page: the reason, both pending changes, and an export.
  await note.click();
  await expect(phonePage).toHaveURL(/\/installningar\/utkorg$/);
  await expect(
    phonePage.getByRole('heading', { level: 1, name: 'Osynkade ändringar' }),
  ).toBeVisible();
  await expect(phonePage.getByText(REVOKED, { exact: true })).toBeVisible();
  await expect(phonePage.getByText(/spärra/i)).toHaveCount(0);
  await expect(phonePage.getByRole('main').getByRole('listitem')).toHaveCount(2);
  const [download] = await Promise.all([
    phonePage.waitForEvent('download'),
    phonePage.getByRole('button', { name: 'Exportera osynkade ändringar till fil' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^varna-osynkade-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    format: string;
    changes: Array<{ fields: Record<string, unknown> }>;
  };
  expect(exported.format).toBe('varna-pending-changes');
  expect(exported.changes).toHaveLength(2);
  const values = exported.changes.flatMap((change) => Object.values(change.fields));
  expect(values).toContain(SUMMARY);
  expect(values).toContain(ORGANISATION);

  // The refusal is not a passing state: opened again later, with no press on Synka nu, the app
  // still says it is revoked, and nothing has left the outbox.
  await phonePage.reload();
  await expect(note).toBeVisible();
  await expect(syncStatus(phonePage)).toHaveText('2 osynkade ändringar');

  // The page the note leads to still says why (the reason is stored with the pairing, not only
  // kept in memory by the last sync), and leads on to Inställningar to pair again.
  await note.click();
  await expect(phonePage).toHaveURL(/\/installningar\/utkorg$/);
  await expect(phonePage.getByText(REVOKED, { exact: true })).toBeVisible();
  await expect(phonePage.getByRole('main').getByRole('listitem')).toHaveCount(2);
  expect(await axeViolations(phonePage)).toEqual([]);
  await phonePage.getByRole('link', { name: 'Parkoppla igen i Inställningar' }).click();
  await expect(phonePage).toHaveURL(/\/installningar$/);
  await expect(phonePage.getByText(REVOKED)).toBeVisible();
  await expect(phonePage.getByLabel('Parkopplingskod')).toBeVisible();

  await phone.close();
  await office.close();
});

test('a 502 from a proxy in front of the endpoint fails the sync without losing anything', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const phone = await browser.newContext({ ...devices['Pixel 7'] });
  const phonePage = await phone.newPage();
  await firstVisit(phonePage, server.url);
  await pair(phonePage, server.url, adminPairingCode(server.dataDir, 'field'));
  await expect(syncStatus(phonePage)).toHaveText('Allt är synkat');

  // A reverse proxy whose upstream is down answers every API request with its own HTML page.
  // The service worker stays on: it does not answer /api/ requests, so they fall through to the
  // network and this context route sees them (`apiRequests` below proves it).
  const apiRequests: string[] = [];
  const badGateway = '**/api/v1/**';
  await phone.route(badGateway, (route) => {
    apiRequests.push(route.request().url());
    return route.fulfill({
      status: 502,
      contentType: 'text/html',
      body: '<html><body><h1>502 Bad Gateway</h1></body></html>',
    });
  });

  // The syncs the app starts on its own (on start, after the save) fail: the note appears without
  // a press on Synka nu (this page load has had none), unlike "Servern nås inte".
  await logDialog(phonePage);
  await expect
    .poll(() => apiRequests.some((url) => url.endsWith('/api/v1/push')), { timeout: 10_000 })
    .toBe(true);
  const note = phonePage.getByRole('link', { name: 'Synkningen misslyckades' });
  await expect(note).toBeVisible();
  await expect(syncStatus(phonePage)).toHaveText('2 osynkade ändringar');

  // The note leads to the outbox page, where both changes still wait.
  await note.click();
  await expect(phonePage).toHaveURL(/\/installningar\/utkorg$/);
  await expect(
    phonePage.getByText(
      'Servern kunde inte ta emot ändringarna just nu. Inget har gått förlorat: ändringarna ' +
        'finns kvar på enheten, och appen försöker igen automatiskt. (HTTP 502)',
      { exact: true },
    ),
  ).toBeVisible();
  await expect(phonePage.getByRole('main').getByRole('listitem')).toHaveCount(2);

  // The proxy's upstream is back: Synka nu sends the dialog and the note goes away.
  await phone.unroute(badGateway);
  await phonePage.getByRole('button', { name: 'Synka nu' }).click();
  await expect(syncStatus(phonePage)).toHaveText('Allt är synkat');
  await expect(note).toHaveCount(0);
  await expect(phonePage.getByText('Inga osynkade ändringar.')).toBeVisible();

  // The endpoint has it: a second device that pairs now receives the dialog.
  const office = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const officePage = await office.newPage();
  await firstVisit(officePage, server.url);
  await pair(officePage, server.url, adminPairingCode(server.dataDir, 'office'));
  await officePage.getByRole('button', { name: 'Synka nu' }).click();
  await expect(syncStatus(officePage)).toHaveText('Allt är synkat');
  await officePage.getByRole('link', { name: 'Dialoger' }).click();
  await expect(officePage.getByRole('listitem').filter({ hasText: ORGANISATION })).toBeVisible();

  await phone.close();
  await office.close();
});
