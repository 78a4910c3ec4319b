import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, firstVisit } from './support/app';
import { serverPerTest } from './support/server';

/** Today in Europe/Stockholm, as the app sees it. */
const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
const year = Number(today.slice(0, 4));
const DIALOG_ACTIVITY = 'Planering och genomförande av dialog.';

const server = serverPerTest();

async function logDialog(page: Page, organisation: string, summary: string): Promise<void> {
  await page.goto(`${server.url}/dialoger/ny`);
  await expect(page.getByRole('heading', { level: 1, name: 'Ny dialog' })).toBeVisible();
  await page.getByLabel('Organisation').fill(organisation);
  await page.getByLabel('Sammanfattning').fill(summary);
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dialoger' })).toBeVisible();
}

async function assess(page: Page, what: string, status: string, comment: string): Promise<void> {
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: what, exact: true }) });
  await card.getByRole('button', { name: /^(Bedöm|Ändra bedömning)$/ }).click();
  await card.getByRole('radio', { name: status, exact: true }).check();
  await card.getByLabel('Kommentar').fill(comment);
  await card.getByRole('button', { name: 'Spara bedömning' }).click();
  await expect(card.getByRole('button', { name: 'Ändra bedömning' })).toBeVisible();
}

/** A device with a few dialogs and one assessed activity, all logged through the app itself. */
async function withData(page: Page): Promise<void> {
  await firstVisit(page, server.url);
  await logDialog(page, 'Ängets förening', 'Samtal om lokaler.');
  await logDialog(page, 'Ängets förening', 'Uppföljning av lokalfrågan.');
  await logDialog(page, 'Åby kyrka', 'Samtal om trygghet.');
  await page.goto(`${server.url}/plan`);
  await assess(page, DIALOG_ACTIVITY, 'Delvis uppfyllt', 'Tre dialoger hittills; fler planeras.');
  await page.goto(`${server.url}/rapport`);
  await expect(page.getByRole('heading', { level: 1, name: `Rapport ${year}` })).toBeVisible();
}

const SECTIONS = [
  'Status för planens aktiviteter',
  'Indikatorer från loggen',
  'Uppföljning per område och aktivitet',
  'Dialoger per organisation',
  'Dialoger per månad',
];

test('the report shows the year’s figures and has no axe violations', async ({ page }) => {
  await withData(page);
  for (const name of SECTIONS) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  await expect(page.getByText(/^Framtagen \d+ \S+ \d{4} \d{2}:\d{2}$/)).toBeVisible();
  await expect(page.getByTestId('report-freshness')).toContainText('Inte synkat');

  const organisations = page.getByRole('table').filter({ hasText: 'Antal dialoger' }).first();
  await expect(organisations.getByRole('row', { name: /Ängets förening 2/ })).toBeVisible();
  await expect(organisations.getByRole('row', { name: /Åby kyrka 1/ })).toBeVisible();

  const activity = page.getByRole('listitem').filter({ hasText: DIALOG_ACTIVITY });
  await expect(activity).toContainText('Delvis uppfyllt');
  await expect(activity).toContainText('Tre dialoger hittills; fler planeras.');
  await expect(activity).toContainText(`Genomförda dialoger ${year}: 3`);
  await expect(activity).toContainText(`Förändring från ${year - 1}+3 (${year - 1}: 0)`);

  const chart = page.getByRole('img', { name: /^Stapeldiagram över dialoger per månad/ });
  await expect(chart).toHaveAccessibleName(new RegExp(`${year}: totalt 3\\.`));
  await page.getByText('Visa som tabell').click();
  await expect(page.getByRole('row', { name: /^Totalt 3$/ })).toBeVisible();

  expect(await axeViolations(page)).toEqual([]);

  // "Skriv ut / Spara som PDF" opens the browser's print dialog.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.getByRole('button', { name: 'Skriv ut / Spara som PDF' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  // Another year: chosen, then shown with Visa.
  await page.getByLabel('År', { exact: true }).selectOption(String(year - 1));
  await page.getByRole('button', { name: 'Visa' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Rapport ${year - 1}` })).toBeVisible();
  await expect(page.getByText(`Inga dialoger loggade ${year - 1}.`)).toBeVisible();

  // The year is in the address: a reload (or a shared link) shows the same year, and the back
  // button does not need to undo it (the address is replaced, not pushed).
  await expect(page).toHaveURL(new RegExp(`/rapport\\?ar=${year - 1}$`));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: `Rapport ${year - 1}` })).toBeVisible();
  await expect(page.getByLabel('År', { exact: true })).toHaveValue(String(year - 1));
});

test.describe('print', () => {
  // One CSS pixel per image pixel, so the README screenshot stays a reasonable size.
  test.use({ deviceScaleFactor: 1 });

  test('printed, the report is a clean A4 document: headings kept, navigation and buttons hidden', async ({
    page,
  }) => {
    await withData(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1, name: `Rapport ${year}` })).toBeVisible();
    for (const name of SECTIONS) {
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    }
    await expect(page.getByRole('navigation')).toBeHidden();
    await expect(page.locator('.app-header')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Skriv ut / Spara som PDF' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Visa' })).toBeHidden();
    await expect(page.getByLabel('År', { exact: true })).toBeHidden();
    await expect(page.getByText('Visa som tabell')).toBeHidden();
    await expect(page.getByRole('img', { name: /Stapeldiagram/ })).toBeVisible();
    await expect(page.getByText(/^Framtagen /)).toBeVisible();

    // Page breaks: the follow-up and the dialogs start on new pages; tables are never split.
    const style = (selector: string, property: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);
    expect(await style('.report-follow-up', 'break-before')).toBe('page');
    expect(await style('.report-new-page', 'break-before')).toBe('page');
    expect(await style('.report-table', 'break-inside')).toBe('avoid');
    const pageRule = await page.evaluate(() =>
      [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .flatMap((rule) => (rule instanceof CSSMediaRule ? [...rule.cssRules] : [rule]))
        .filter((rule) => rule instanceof CSSPageRule)
        .map((rule) => rule.style.cssText),
    );
    expect(pageRule.join(' ')).toMatch(/size: A4; margin: 18mm/i);

    if (process.env.SCREENSHOTS === '1') {
      mkdirSync('docs/screenshots', { recursive: true });
      // An A4 page is 794 CSS px wide; a screenshot does not apply the @page margin, so add it.
      await page.setViewportSize({ width: 794, height: 1123 });
      await page.evaluate(() => (document.body.style.padding = '18mm'));
      await page.screenshot({ path: 'docs/screenshots/report-print.png', fullPage: true });
    }
  });
});

test('export and backup: CSV for Excel, an encrypted backup that restores, a warning before plain text', async ({
  page,
}) => {
  await firstVisit(page, server.url);
  await logDialog(page, 'Ängets förening', 'Samtal om lokaler; "bra" möte.');
  await page.goto(`${server.url}/rapport`);
  await page
    .getByRole('link', { name: 'Exportera till Excel (CSV) eller säkerhetskopiera' })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Säkerhetskopia och export' }),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // CSV: UTF-8 with BOM, semicolons, the organisation's name resolved.
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera dialogloggen' }).click();
  const csv = readFileSync(await (await csvDownload).path());
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.toString('utf8')).toContain(`;Ängets förening;`);
  expect(csv.toString('utf8')).toContain('"Samtal om lokaler; ""bra"" möte."');

  // An encrypted backup.
  await page.getByRole('button', { name: 'Spara krypterad säkerhetskopia' }).click();
  await expect(page.getByText('Lösenfrasen måste ha minst 8 tecken.')).toBeVisible();
  await page.getByLabel('Lösenfras', { exact: true }).fill('hemlig lösenfras');
  await page.getByLabel('Upprepa lösenfrasen').fill('hemlig lösenfras');
  const backupDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Spara krypterad säkerhetskopia' }).click();
  const backupPath = await (await backupDownload).path();
  expect(readFileSync(backupPath, 'utf8')).toContain('"format":"varna-backup-encrypted"');
  expect(readFileSync(backupPath, 'utf8')).not.toContain('Ängets');

  // Unencrypted only after a warning.
  await page.getByRole('button', { name: 'Spara utan kryptering …' }).click();
  await expect(page.getByRole('heading', { name: 'Spara utan kryptering?' })).toBeVisible();
  const plainDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Spara okrypterad ändå' }).click();
  expect((await plainDownload).suggestedFilename()).toMatch(
    /^varna-sakerhetskopia-.*-okrypterad\.json$/,
  );

  // Later work, then a restore: the device holds exactly the backup again.
  await logDialog(page, 'Efter kopian', 'Ska försvinna vid återställningen.');
  await page.goto(`${server.url}/installningar/sakerhetskopia`);
  await page.getByLabel('Fil med säkerhetskopia').setInputFiles(backupPath);
  await page.getByLabel('Lösenfras för filen').fill('fel lösenfras');
  await page.getByRole('button', { name: 'Öppna filen' }).click();
  await expect(page.getByText('Fel lösenfras eller skadad fil').first()).toBeVisible();
  await page.getByLabel('Lösenfras för filen').fill('hemlig lösenfras');
  await page.getByRole('button', { name: 'Öppna filen' }).click();
  await expect(page.getByText(/^1 post i dialogloggen, 1 organisation,/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Återställ säkerhetskopian' }).click();
  await page.getByRole('button', { name: 'Ja, ersätt allt på enheten' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /^Säkerhetskopian är återställd/ }),
  ).toBeVisible();
  await page.goto(`${server.url}/dialoger`);
  await expect(page.getByRole('listitem').filter({ hasText: 'Ängets förening' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Efter kopian' })).toHaveCount(0);
});
