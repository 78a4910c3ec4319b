import { expect, test, type Page } from '@playwright/test';
import { axeViolations, firstVisit, openOffline } from './support/app';
import { pair } from './support/pairing';
import { serverPerTest } from './support/server';

/**
 * The plan's follow-up, "Att göra", the report, Historik and merging organisations as a keyboard
 * or screen-reader user meets them: focus never falls to the body when what held it leaves the
 * page, and a form's error is read out at its field.
 */
const server = serverPerTest();

const DIALOG_ACTIVITY = 'Planering och genomförande av dialog.';

/** The card of one activity on the plan page, found by its heading. */
const activityCard = (page: Page, what: string | RegExp) =>
  page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: what, exact: true }) });

/** How far the page is wider than the screen (0: nothing to scroll sideways). */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

// One long Swedish compound, as registers hold them, and a note with no break in it.
const LONG_NAME = 'Kulturföreningen Mångkulturellasamarbetsrådetsungdomsverksamhetsgrupp';
const LONG_TEXT = 'Skickainbjudantillöppethusochkontrolleralokalbokningenmedföreningensordförande';

async function logDialog(page: Page, organisation: string, extra?: () => Promise<void>) {
  await page.goto(`${server.url}/dialoger/ny`);
  await page.getByLabel('Organisation').fill(organisation);
  await page.getByLabel('Sammanfattning').fill('Samtal om lokalfrågan.');
  await extra?.();
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dialoger' })).toBeVisible();
}

test('offline: an assessment that takes an activity out of the status filter moves focus to the heading above', async ({
  page,
  context,
}) => {
  await openOffline(page, context, server.url, '/plan');
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Ej bedömd' });

  // Its area keeps other unassessed activities: focus goes to the area's heading.
  const card = activityCard(page, DIALOG_ACTIVITY);
  await card.getByRole('button', { name: 'Bedöm' }).click();
  await card.getByRole('radio', { name: 'Helt uppfyllt', exact: true }).check();
  await card.getByRole('button', { name: 'Spara bedömning' }).press('Enter');
  await expect(card).toHaveCount(0);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Dialog med trossamfund och föreningar' }),
  ).toBeFocused();

  // The area's only activity: the area leaves too, and focus goes to the page's heading.
  const only = activityCard(page, /^Rådet för trygghet/);
  await only.getByRole('button', { name: 'Bedöm' }).click();
  await only.getByRole('radio', { name: 'Delvis uppfyllt', exact: true }).check();
  await only.getByRole('button', { name: 'Spara bedömning' }).press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Styrgrupp' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Plan' })).toBeFocused();
});

test('offline: a to-do marked done moves focus to its section, Ångra brings it back to the item', async ({
  page,
  context,
}) => {
  await firstVisit(page, server.url);
  await context.setOffline(true);
  await logDialog(page, 'Åby kyrka', async () => {
    await page.getByText('Fler uppgifter', { exact: true }).click();
    // The third has only a due date.
    for (const [n, text] of ['Skicka inbjudan', 'Boka lokal', ''].entries()) {
      await page.getByRole('button', { name: 'Lägg till uppföljning' }).click();
      const followUp = page.getByRole('group', { name: `Uppföljning ${n + 1}` });
      if (text) await followUp.getByLabel('Vad ska göras').fill(text);
      await followUp.getByLabel('Klart senast').fill('2024-01-15');
    }
  });
  await page.goto(`${server.url}/att-gora`);
  const section = page.getByRole('heading', { level: 2, name: 'Uppföljningar från dialoger' });
  const invite = page.getByRole('button', { name: 'Markera som klar: Skicka inbjudan' });
  await invite.press('Enter');
  await expect(invite).toHaveCount(0);
  await expect(section).toBeFocused();

  await page
    .getByRole('region', { name: 'Meddelanden' })
    .getByRole('button', { name: 'Ångra' })
    .press('Enter');
  await expect(invite).toBeFocused();

  await invite.press('Enter');
  await expect(section).toBeFocused();
  await page.getByRole('button', { name: 'Markera som klar: Boka lokal' }).press('Enter');
  await expect(section).toBeFocused();
  // The one without a text is shown and named by what it is and its dialog, not by an empty text.
  await expect(page.getByText('Uppföljning utan text', { exact: true })).toBeVisible();
  await page
    .getByRole('button', { name: /^Markera som klar: uppföljning utan text från dialogen \d/ })
    .press('Enter');
  // The section's last item: the section goes too, and focus goes to the page's heading.
  await expect(section).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Att göra' })).toBeFocused();
});

test('offline: merging organisations says a missing choice at its field, and the last merge hands focus to the kept one', async ({
  page,
  context,
}) => {
  await firstVisit(page, server.url);
  await context.setOffline(true);
  await logDialog(page, 'Åby kyrka');
  await logDialog(page, 'Åby kyrkan');
  await page.goto(`${server.url}/organisationer`);

  const merge = page.getByRole('button', { name: 'Slå ihop', exact: true });
  const keep = page.getByLabel('Behåll', { exact: true });
  const duplicate = page.getByLabel('Dubblett', { exact: true });
  await merge.press('Enter');
  await expect(keep).toBeFocused();
  await expect(keep).toHaveAttribute('aria-invalid', 'true');
  await expect(keep).toHaveAccessibleDescription('Välj två olika organisationer.');

  await keep.selectOption({ label: 'Åby kyrka' });
  await merge.press('Enter');
  await expect(duplicate).toBeFocused();
  await expect(duplicate).toHaveAccessibleDescription('Välj två olika organisationer.');

  await duplicate.selectOption({ label: 'Åby kyrkan' });
  page.once('dialog', (dialog) => void dialog.accept());
  await merge.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Slå ihop dubbletter' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Redigera Åby kyrka', exact: true })).toBeFocused();
});

test('Ta bort personuppgift: a missing confirmation or text is read out at its field, which takes focus', async ({
  page,
}) => {
  await firstVisit(page, server.url);
  await pair(page, server.url, server.pairingCode()!);
  await logDialog(page, 'Pingstkyrkan');
  await page.getByRole('link', { name: /Pingstkyrkan/ }).click();
  await page.getByRole('link', { name: 'Historik' }).click();
  await page.getByRole('button', { name: 'Ta bort personuppgift' }).click();

  const submit = page.getByRole('button', { name: 'Ta bort uppgiften' });
  const text = page.getByLabel('Text att ta bort');
  await submit.press('Enter');
  await expect(text).toBeFocused();
  await expect(text).toHaveAttribute('aria-invalid', 'true');
  await expect(text).toHaveAccessibleDescription(/Skriv minst 2 tecken\./);

  await text.fill('Per Persson');
  await submit.press('Enter');
  const confirm = page.getByRole('checkbox');
  await expect(confirm).toBeFocused();
  await expect(confirm).toHaveAccessibleDescription('Bekräfta att texten ska tas bort.');
  await expect(text).toHaveValue('Per Persson');

  // Sent: while the office answers, and after, focus stays on the button (a disabled button
  // would drop it to the body).
  await confirm.check();
  await submit.press('Enter');
  await expect(
    page
      .getByRole('alert')
      .or(page.getByText(/^Uppgiften är borttagen/))
      .first(),
  ).toBeVisible();
  await expect(submit).toBeFocused();
});

test('offline: "Bedöm i planen" in Att göra puts focus on the activity, so the keyboard goes on from there', async ({
  page,
  context,
}) => {
  await openOffline(page, context, server.url, '/att-gora');
  const item = page.getByRole('listitem').filter({ hasText: 'Utbildningsplan.' });
  await item.getByRole('link', { name: 'Bedöm i planen' }).press('Enter');
  await expect(page.getByLabel('År', { exact: true })).toHaveValue('2017');
  const card = activityCard(page, 'Utbildningsplan.');
  await expect(card.getByRole('heading', { level: 3 })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(card.getByRole('button', { name: 'Bedöm' })).toBeFocused();
});

test('offline: a follow-up comment that is too long is read out at its field on Spara, and nothing typed is lost', async ({
  page,
  context,
}) => {
  await openOffline(page, context, server.url, '/plan');
  const card = activityCard(page, DIALOG_ACTIVITY);
  await card.getByRole('button', { name: 'Bedöm' }).click();
  await card.getByRole('radio', { name: 'Delvis uppfyllt', exact: true }).check();
  const comment = card.getByLabel('Kommentar');
  const long = 'Två dialoger. '.repeat(1500);
  await comment.fill(long);
  await card.getByRole('button', { name: 'Spara bedömning' }).press('Enter');
  await expect(comment).toBeFocused();
  await expect(comment).toHaveAttribute('aria-invalid', 'true');
  await expect(comment).toHaveAccessibleDescription(/Texten är för lång/);
  await expect(comment).toHaveValue(long);
  await expect(card.getByRole('radio', { name: 'Delvis uppfyllt', exact: true })).toBeChecked();
});

test('offline: copying the plan to next year keeps focus on the copy button, and a CSV export on its button', async ({
  page,
  context,
}) => {
  await openOffline(page, context, server.url, '/plan');
  await page.getByRole('button', { name: 'Redigera planen' }).click();
  const year = Number(await page.getByLabel('År', { exact: true }).inputValue());
  await page.getByRole('button', { name: `Kopiera ${year} till ${year + 1}` }).press('Enter');
  await expect(page.getByLabel('År', { exact: true })).toHaveValue(String(year + 1));
  await expect(
    page.getByRole('button', { name: `Kopiera ${year + 1} till ${year + 2}` }),
  ).toBeFocused();

  // The report's "Exportera till Excel (CSV)" leads to the exports.
  await page.goto(`${server.url}/rapport`);
  await page.getByRole('link', { name: /Exportera till Excel \(CSV\)/ }).click();
  const exportButton = page.locator('.backup-buttons').getByRole('button').first();
  const download = page.waitForEvent('download');
  await exportButton.press('Enter');
  await download;
  await expect(page.getByRole('region', { name: 'Meddelanden' })).toContainText('.csv');
  await expect(exportButton).toBeFocused();
});

test.describe('320 px wide, dark mode', () => {
  test.use({ viewport: { width: 320, height: 720 }, colorScheme: 'dark' });

  test('offline: a long follow-up text in Att göra and a long name in the report wrap, and report tables scroll inside themselves', async ({
    page,
    context,
  }) => {
    await firstVisit(page, server.url);
    await context.setOffline(true);
    await logDialog(page, LONG_NAME, async () => {
      await page.getByText('Fler uppgifter', { exact: true }).click();
      await page.getByRole('button', { name: 'Lägg till uppföljning' }).click();
      await page.getByLabel('Vad ska göras').fill(LONG_TEXT);
      await page.getByLabel('Klart senast').fill('2024-01-15');
    });

    await page.goto(`${server.url}/att-gora`);
    await expect(page.getByText(LONG_TEXT)).toBeVisible();
    expect(await sidewaysOverflow(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${server.url}/rapport`);
    const organisations = page.getByRole('group', { name: 'Dialoger per organisation' });
    await expect(
      organisations.getByRole('row', { name: new RegExp(`${LONG_NAME} 1`) }),
    ).toBeVisible();
    expect(await sidewaysOverflow(page)).toBe(0);
    // Each table sits in a named box a keyboard can reach (and scroll, when it is wider).
    await organisations.focus();
    await expect(organisations).toBeFocused();
    await expect(page.getByRole('group', { name: 'Indikatorer från loggen' })).toHaveAttribute(
      'tabindex',
      '0',
    );
    await page.getByText('Visa som tabell').click();
    await expect(page.getByRole('row', { name: /^Totalt 1$/ })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});
