import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { axeViolations, offlineInTheField } from './support/app';
import { serverPerTest } from './support/server';

/**
 * The dialog log as the strategist uses it on a phone with the network off: the narrowest screen
 * (320 px), dark mode, and the keyboard alone.
 */
const server = serverPerTest();

const goOffline = (page: Page, context: BrowserContext) => offlineInTheField(page, context, server);

async function logDialog(page: Page, organisation: string, extra?: () => Promise<void>) {
  await page.goto(`${server.url}/dialoger/ny`);
  await page.getByLabel('Organisation').fill(organisation);
  await extra?.();
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dialoger' })).toBeVisible();
}

/** How far the page is wider than the screen (0: nothing to scroll sideways). */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

// One long Swedish compound, as registers hold them: it must wrap, not widen the page.
const LONG_NAME = 'Kulturföreningen Mångkulturellasamarbetsrådetsungdomsverksamhetsgrupp';

test.describe('320 px wide, dark mode', () => {
  test.use({ viewport: { width: 320, height: 720 }, colorScheme: 'dark' });

  test('a long organisation name wraps on the list, the detail page and the register', async ({
    page,
    context,
  }) => {
    await goOffline(page, context);
    await logDialog(page, LONG_NAME, async () => {
      await page.getByText('Fler uppgifter', { exact: true }).click();
      await page.getByRole('button', { name: 'Lägg till uppföljning' }).click();
      await page.getByLabel('Vad ska göras').fill('Skicka inbjudan till öppet hus');
      await page.getByLabel('Klart senast').fill('2024-01-15');
    });
    // The due follow-up on top names the organisation too.
    await expect(
      page.getByRole('heading', { level: 2, name: 'Uppföljningar att göra' }),
    ).toBeVisible();
    expect(await sidewaysOverflow(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.locator('.dialog-list').getByRole('link').first().click();
    await expect(
      page.getByRole('heading', { level: 1, name: new RegExp(LONG_NAME) }),
    ).toBeVisible();
    expect(await sidewaysOverflow(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${server.url}/organisationer`);
    await expect(page.getByRole('heading', { level: 2, name: LONG_NAME })).toBeVisible();
    expect(await sidewaysOverflow(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('offline, the header keeps to one line and the offline notice starts beside its dot', async ({
    page,
    context,
  }) => {
    await goOffline(page, context);
    await page.goto(`${server.url}/dialoger`);
    await expect(page.getByRole('button', { name: 'Synka nu' })).toBeVisible();
    // The logo's link keeps its name; the sync status and Synka nu share one line (44 px targets).
    await expect(page.getByRole('link', { name: 'Värna' })).toBeVisible();
    const header = await page.locator('.app-header').boundingBox();
    expect(header!.height).toBeLessThan(60);
    const notice = page.getByTestId('offline-indicator');
    const dot = await notice.locator('span[aria-hidden="true"]').boundingBox();
    const text = await notice.evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p.lastChild!);
      return range.getClientRects()[0]!.toJSON() as DOMRect;
    });
    expect(Math.abs(dot!.y + dot!.height / 2 - (text.y + text.height / 2))).toBeLessThan(8);
    expect(await sidewaysOverflow(page)).toBe(0);
  });
});

test('undo from the toast puts focus on the restored entry, not on the page body', async ({
  page,
  context,
}) => {
  await goOffline(page, context);
  await logDialog(page, 'Pingstkyrkan');
  await page.getByRole('link', { name: /Pingstkyrkan/ }).click();
  await page.getByRole('button', { name: 'Ta bort' }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Dialoger' })).toBeFocused();

  await page.getByRole('button', { name: 'Ångra' }).press('Enter');
  await expect(page.getByText('Återställd')).toBeVisible();
  const restored = page.locator('.dialog-list').getByRole('link', { name: /Pingstkyrkan/ });
  await expect(restored).toBeFocused();
  // The keyboard goes on from there: Enter opens it.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Pingstkyrkan/ })).toBeVisible();
});

test('"Rensa filter" in the no-match state leaves focus in the search box', async ({
  page,
  context,
}) => {
  await goOffline(page, context);
  await logDialog(page, 'Svenska kyrkan');
  const search = page.getByRole('searchbox', { name: 'Sök' });
  await search.fill('finns inte alls');
  await expect(page.getByText('Inget matchar')).toBeVisible();
  await page.getByRole('button', { name: 'Rensa filter' }).press('Enter');
  await expect(page.getByText('1 post', { exact: true })).toBeVisible();
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('');
});

test('the register by keyboard: add, edit the wish for dialog, merge two duplicates', async ({
  page,
  context,
}) => {
  await goOffline(page, context);
  await logDialog(page, 'IFK Timrå');
  await logDialog(page, 'IFK Timrå IF');
  await page.goto(`${server.url}/organisationer`);

  // "Ny organisation" gives way to the form: focus starts in its first field, and returns after.
  await page.getByRole('button', { name: 'Ny organisation' }).press('Enter');
  await expect(page.getByLabel('Namn')).toBeFocused();
  await page.keyboard.type('Islamiska kulturföreningen');
  await page.getByLabel('Typ').selectOption({ label: 'Trossamfund' });
  await page.getByLabel('Namn').press('Enter');
  await expect(page.getByText('Organisationen är sparad.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ny organisation' })).toBeFocused();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Islamiska kulturföreningen' }),
  ).toBeVisible();

  // Edit: focus in the form, then back on the card's own Redigera button.
  await page.getByRole('button', { name: 'Redigera IFK Timrå', exact: true }).press('Enter');
  await expect(page.getByLabel('Namn')).toBeFocused();
  await expect(page.getByLabel('Namn')).toHaveValue('IFK Timrå');
  await page.getByRole('radio', { name: 'Ja' }).check();
  await page.getByRole('button', { name: 'Spara' }).press('Enter');
  await expect(page.getByRole('button', { name: 'Redigera IFK Timrå', exact: true })).toBeFocused();
  const card = page.getByRole('listitem').filter({
    has: page.getByRole('heading', { level: 2, name: 'IFK Timrå', exact: true }),
  });
  await expect(card).toContainText('Vill ha dialog: ja');

  // Merge the duplicate into it: its entry moves, it leaves the register.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.getByLabel('Behåll', { exact: true }).selectOption({ label: 'IFK Timrå' });
  await page.getByLabel('Dubblett', { exact: true }).selectOption({ label: 'IFK Timrå IF' });
  await page.getByRole('button', { name: 'Slå ihop' }).click();
  await expect(page.getByText('Organisationerna är ihopslagna.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'IFK Timrå IF' })).toHaveCount(0);
  await expect(card).toContainText(/\d{4}: 2/);
  expect(await axeViolations(page)).toEqual([]);
});

test('a due follow-up marked Klar moves focus to the heading above, and Ångra back to its Klar button', async ({
  page,
  context,
}) => {
  await goOffline(page, context);
  const addFollowUp = (text: string) => async () => {
    await page.getByText('Fler uppgifter', { exact: true }).click();
    await page.getByRole('button', { name: 'Lägg till uppföljning' }).click();
    await page.getByLabel('Vad ska göras').fill(text);
    await page.getByLabel('Klart senast').fill('2024-01-15');
  };
  await logDialog(page, 'Moskén', addFollowUp('Boka lokal'));
  await logDialog(page, 'Studieförbundet', addFollowUp('Skicka program'));

  const due = page.getByRole('heading', { level: 2, name: 'Uppföljningar att göra' });
  await page.getByRole('button', { name: 'Klar: Boka lokal' }).press('Enter');
  await expect(page.getByRole('button', { name: 'Klar: Boka lokal' })).toHaveCount(0);
  await expect(due).toBeFocused();

  await page.getByRole('button', { name: 'Ångra' }).press('Enter');
  await expect(page.getByRole('button', { name: 'Klar: Boka lokal' })).toBeFocused();

  // The last one: its section goes with it, so focus goes to the page's heading.
  await page.getByRole('button', { name: 'Klar: Boka lokal' }).press('Enter');
  await page.getByRole('button', { name: 'Klar: Skicka program' }).press('Enter');
  await expect(due).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Dialoger' })).toBeFocused();
});
