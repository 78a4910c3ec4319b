import { expect, test, type Page } from '@playwright/test';
import { axeViolations, firstVisit, openOffline } from './support/app';
import { serverPerTest } from './support/server';

const DIALOG_ACTIVITY = 'Planering och genomförande av dialog.';

/** Today in Europe/Stockholm, as the app sees it. */
const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
const year = Number(today.slice(0, 4));

/** The card of one activity on the plan page, found by its heading. */
const activityCard = (page: Page, what: string) =>
  page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: what, exact: true }) });

const server = serverPerTest();

async function assess(page: Page, what: string, status: string, comment: string) {
  const card = activityCard(page, what);
  await card.getByRole('button', { name: /^(Bedöm|Ändra bedömning)$/ }).click();
  await card.getByRole('radio', { name: status, exact: true }).check();
  await card.getByLabel('Kommentar').fill(comment);
  await card.getByRole('button', { name: 'Spara bedömning' }).click();
  await expect(card.locator('.follow-up-heading')).toContainText(status);
}

test('a follow-up status set offline is still there after a reload, with its history', async ({
  page,
  context,
}) => {
  await firstVisit(page, server.url);
  await server.stop();
  await context.setOffline(true);
  await page.goto(`${server.url}/plan`);
  await expect(page.getByRole('heading', { level: 1, name: 'Plan' })).toBeVisible();

  await assess(page, DIALOG_ACTIVITY, 'Delvis uppfyllt', 'Två dialoger hittills');
  await assess(page, DIALOG_ACTIVITY, 'Helt uppfyllt', 'Fyra dialoger under året');
  await page.reload();

  const card = activityCard(page, DIALOG_ACTIVITY);
  await expect(card.locator('.follow-up-heading')).toContainText(`Uppföljning ${year}`);
  await expect(card.locator('.follow-up-heading')).toContainText('Helt uppfyllt');
  await expect(card.getByText('Fyra dialoger under året')).toBeVisible();
  await expect(card.getByText(/^Bedömd av okänd, /)).toBeVisible();
  await card.getByText('Tidigare bedömningar (1)').click();
  await expect(
    card.getByRole('listitem').filter({ hasText: 'Två dialoger hittills' }),
  ).toContainText('Delvis uppfyllt');
  // Filtering by status finds it, and says how many it shows (in a live region, so it is heard);
  // another status hides it.
  const count = page.locator('.plan-filter-count[aria-live="polite"]');
  await expect(count).toBeEmpty();
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Helt uppfyllt' });
  await expect(activityCard(page, DIALOG_ACTIVITY)).toBeVisible();
  await expect(count).toHaveText(/^Visar 1 av \d+ aktiviteter\.$/);
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Ej uppfyllt' });
  await expect(activityCard(page, DIALOG_ACTIVITY)).toHaveCount(0);
  await expect(count).toHaveText(/^Visar 0 av \d+ aktiviteter\.$/);
});

test('a dialog saved in the dialog log changes the indicator on the plan without a reload', async ({
  page,
  context,
}) => {
  await firstVisit(page, server.url);
  await page.goto(`${server.url}/plan`);
  const card = activityCard(page, DIALOG_ACTIVITY);
  await expect(card.getByText(`Genomförda dialoger ${year}: 0`)).toBeVisible();
  await expect(card.locator('.indicator-suggestion')).toContainText('Ej uppfyllt');

  // The dialog is logged through the real form, in a second tab of the same app.
  const log = await context.newPage();
  await log.goto(`${server.url}/dialoger/ny`);
  await log.getByLabel('Datum').fill(today);
  await log.getByLabel('Organisation').fill('Timrå Idrottsförening');
  await log.getByLabel('Sammanfattning').fill('Samtal om föreningens värdegrundsarbete.');
  await log.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(log.getByRole('heading', { level: 1, name: 'Ny dialog' })).toHaveCount(0);

  // The plan tab was never reloaded: its live query picked up the new entry.
  await expect(card.getByText(`Genomförda dialoger ${year}: 1`)).toBeVisible();
  await expect(card.locator('.indicator-suggestion')).toContainText('Delvis uppfyllt');
});

test('"Att göra" lists an activity without status and drops it once assessed', async ({ page }) => {
  await firstVisit(page, server.url);
  await page.getByRole('button', { name: 'Mer' }).click();
  const link = page.getByRole('link', { name: /^Att göra/ });
  await expect(link).toHaveAccessibleName(/^Att göra \d+ saker$/);
  const before = Number(await link.locator('.badge').textContent());
  expect(before).toBeGreaterThan(0);
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Att göra' })).toBeVisible();
  const item = page.getByRole('listitem').filter({ hasText: 'Utbildningsplan.' });
  await expect(item).toContainText('Skulle vara klar 2017');
  await item.getByRole('link', { name: 'Bedöm i planen' }).click();
  await expect(page.getByLabel('År', { exact: true })).toHaveValue('2017');
  await assess(page, 'Utbildningsplan.', 'Helt uppfyllt', 'Planen antogs.');
  await page.getByRole('button', { name: 'Mer' }).click();
  await page.getByRole('link', { name: /^Att göra/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Att göra' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Utbildningsplan.' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Mer' }).click();
  await expect(page.getByRole('link', { name: `Att göra ${before - 1} saker` })).toBeVisible();
});

test('the plan is edited: an activity added with a target, moved, deleted and restored, copied to next year', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await firstVisit(page, server.url);
  await page.goto(`${server.url}/plan`);
  await assess(page, DIALOG_ACTIVITY, 'Delvis uppfyllt', 'Tre dialoger');
  await page.getByRole('button', { name: 'Redigera planen' }).click();

  const area = page.getByRole('region', { name: 'Styrgrupp', exact: true });
  await area.getByRole('button', { name: 'Ny aktivitet: Styrgrupp' }).click();
  await area.getByLabel('Vad ska göras').fill('Årlig genomgång med RTH');
  await area.getByLabel('Räknas från loggen').selectOption({ label: 'Genomförda dialoger' });
  await area.getByLabel('Mål per år').fill('två');
  await area.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(area.getByText('Skriv ett heltal, 0 eller mer, eller lämna tomt.')).toBeVisible();
  await expect(area.getByLabel('Vad ska göras')).toHaveValue('Årlig genomgång med RTH');
  await area.getByLabel('Mål per år').fill('2');
  await area.getByRole('button', { name: 'Spara', exact: true }).click();

  const titles = area.getByRole('heading', { level: 3 });
  await expect(titles).toHaveText([/^Rådet för trygghet/, 'Årlig genomgång med RTH']);
  const added = activityCard(page, 'Årlig genomgång med RTH');
  await expect(added.getByText(`Genomförda dialoger ${year}: 0`)).toBeVisible();
  await expect(added.getByText('Mål: minst 2 per år')).toBeVisible();

  await added.getByRole('button', { name: 'Flytta upp: Årlig genomgång med RTH' }).click();
  await expect(titles).toHaveText(['Årlig genomgång med RTH', /^Rådet för trygghet/]);

  await added.getByRole('button', { name: 'Ta bort: Årlig genomgång med RTH' }).click();
  await expect(added).toHaveCount(0);
  await page.getByRole('button', { name: 'Ångra' }).click();
  await expect(titles).toHaveText(['Årlig genomgång med RTH', /^Rådet för trygghet/]);

  await page.getByRole('button', { name: `Kopiera ${year} till ${year + 1}` }).click();
  await expect(page.getByLabel('År', { exact: true })).toHaveValue(String(year + 1));
  const copied = activityCard(page, DIALOG_ACTIVITY);
  await expect(copied.locator('.follow-up-heading')).toContainText(`Uppföljning ${year + 1}`);
  await expect(copied.locator('.follow-up-heading')).toContainText('Ej bedömd');
  await copied.getByText('Tidigare bedömningar (1)').click();
  await expect(copied.getByText('Tre dialoger')).toBeVisible();
});

test('axe-core finds no violations on the plan with a status set and in edit mode', async ({
  page,
}) => {
  // The plan is the app's longest page: axe runs twice on it.
  test.setTimeout(120_000);
  await firstVisit(page, server.url);
  await page.goto(`${server.url}/plan`);
  await assess(page, DIALOG_ACTIVITY, 'Ej uppfyllt', 'Ingen dialog ännu.');
  await assess(page, DIALOG_ACTIVITY, 'Delvis uppfyllt', 'En dialog.');
  const card = activityCard(page, DIALOG_ACTIVITY);
  await card.getByText('Tidigare bedömningar (1)').click();
  await page.getByText(`Indikatorer ${year} från loggen`).click();
  expect(await axeViolations(page)).toEqual([]);
  // The open form and the edit mode are checked too.
  await card.getByRole('button', { name: 'Ändra bedömning' }).click();
  await page.getByRole('button', { name: 'Redigera planen' }).click();
  await expect(page.getByRole('button', { name: 'Nytt område' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('axe-core finds no violations on "Att göra"', async ({ page }) => {
  await firstVisit(page, server.url);
  await page.goto(`${server.url}/att-gora`);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Aktiviteter utan status' }),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('offline: an assessment left open while the year is changed saves to the year it was opened for', async ({
  page,
  context,
}) => {
  await openOffline(page, context, server.url, '/plan');
  const card = activityCard(page, DIALOG_ACTIVITY);
  await card.getByRole('button', { name: 'Bedöm' }).click();
  await card.getByRole('radio', { name: 'Helt uppfyllt', exact: true }).check();
  await card.getByLabel('Kommentar').fill('Klart i år.');

  await page.getByLabel('År', { exact: true }).selectOption(String(year - 1));
  await expect(card.locator('.follow-up-heading')).toContainText(`Uppföljning ${year - 1}`);
  // The open form still says, and keeps, the year it was opened for; what was typed is kept.
  await expect(card.getByRole('group', { name: `Status ${year}` })).toBeVisible();
  await expect(card.getByLabel('Kommentar')).toHaveValue('Klart i år.');
  await card.getByRole('button', { name: 'Spara bedömning' }).click();
  await expect(card.locator('.follow-up-heading')).toContainText('Ej bedömd');

  await page.getByLabel('År', { exact: true }).selectOption(String(year));
  await expect(card.locator('.follow-up-heading')).toContainText('Helt uppfyllt');
  await expect(card.getByText('Klart i år.')).toBeVisible();
});
