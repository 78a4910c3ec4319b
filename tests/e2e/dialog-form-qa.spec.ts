import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { axeViolations, focusLost, offlineInTheField } from './support/app';
import { serverPerTest } from './support/server';

/**
 * The dialog form, the list's filters and the organisations register with the keyboard and a
 * screen reader, on a phone with the network off: whatever a key press removes, focus stays near
 * it (never on the body), and what appears without a key press (a privacy warning, a restored
 * draft, a message at a field) is said aloud.
 */
const server = serverPerTest();

test.use({ viewport: { width: 320, height: 720 }, colorScheme: 'dark' });

const goOffline = (page: Page, context: BrowserContext) => offlineInTheField(page, context, server);

async function openNewDialog(page: Page): Promise<void> {
  await page.goto(`${server.url}/dialoger/ny`);
  await expect(page.getByRole('heading', { level: 1, name: 'Ny dialog' })).toBeVisible();
}

test('the Organisation combobox by keyboard: arrows, Escape, Enter; removing a chosen one keeps focus in the field', async ({
  page,
  context,
}) => {
  await goOffline(page, context);
  await openNewDialog(page);
  const organisation = page.getByRole('combobox', { name: 'Organisation' });
  await organisation.focus();
  await page.keyboard.type('Ny förening');
  await expect(organisation).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  const option = page.getByRole('option', { name: 'Lägg till ”Ny förening” som ny' });
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(organisation).toHaveAttribute(
    'aria-activedescendant',
    (await option.getAttribute('id'))!,
  );
  // Escape closes the suggestions and keeps the text; the arrow opens them again.
  await page.keyboard.press('Escape');
  await expect(organisation).toHaveAttribute('aria-expanded', 'false');
  await expect(organisation).toHaveValue('Ny förening');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const remove = page.getByRole('button', { name: 'Ta bort Ny förening' });
  await expect(remove).toBeVisible();
  await expect(organisation).toHaveValue('');
  // The field is empty again, so the new chip beside it is said aloud.
  const said = page.locator('.org-picker [aria-live="polite"]');
  await expect(said).toHaveText('Ny förening vald. 1 organisation vald.');

  await remove.press('Enter');
  await expect(remove).toHaveCount(0);
  expect(await focusLost(page)).toBe(false);
  await expect(organisation).toBeFocused();
  await expect(said).toHaveText('Ny förening borttagen. Ingen organisation vald.');

  // Backspace in the empty field takes the last chip away, and says which.
  await page.keyboard.type('Förening A');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Förening B');
  await page.keyboard.press('Enter');
  await expect(said).toHaveText('Förening B vald. 2 organisationer valda.');
  await page.keyboard.press('Backspace');
  await expect(page.getByRole('button', { name: 'Ta bort Förening B' })).toHaveCount(0);
  await expect(said).toHaveText('Förening B borttagen. 1 organisation vald.');
});

test('Spara refused by Enter in the field it is about says its message there, keeping focus and text', async ({
  page,
  context,
}) => {
  await goOffline(page, context);
  await openNewDialog(page);
  await page.getByLabel('Sammanfattning').fill('Text som inte får försvinna');
  const organisation = page.getByRole('combobox', { name: 'Organisation' });
  await organisation.press('Enter');
  await expect(organisation).toHaveAttribute('aria-invalid', 'true');
  await expect(organisation).toBeFocused();
  await expect(
    page.getByRole('status').filter({ hasText: 'Välj eller skriv minst en organisation.' }),
  ).toHaveCount(1);
  await expect(page.getByLabel('Sammanfattning')).toHaveValue('Text som inte får försvinna');

  // Fixed: nothing stale is left to be read.
  await organisation.fill('Moskén');
  await expect(organisation).toHaveAttribute('aria-invalid', 'false');
  await expect(page.getByRole('status').filter({ hasText: 'Välj eller skriv' })).toHaveCount(0);
});

test('an own topic toggled off by keyboard leaves focus in its group, not on the body', async ({
  page,
  context,
}) => {
  await goOffline(page, context);
  await openNewDialog(page);
  await page.getByText('Fler uppgifter', { exact: true }).click();
  const other = page.getByRole('textbox', { name: 'Annat ämne' });
  await other.fill('Valet 2026');
  await other.press('Enter');
  const own = page.getByRole('button', { name: 'Valet 2026' });
  await expect(own).toHaveAttribute('aria-pressed', 'true');
  // An offered topic stays where it was when toggled off; an own one goes, and with it the focus.
  await page.getByRole('button', { name: 'Demokrati' }).press('Enter');
  await expect(page.getByRole('button', { name: 'Demokrati' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await own.press('Enter');
  await expect(own).toHaveCount(0);
  expect(await focusLost(page)).toBe(false);
  await expect(other).toBeFocused();
});

test('a follow-up added by keyboard gets focus, and removing one keeps focus in the follow-ups', async ({
  page,
  context,
}) => {
  await goOffline(page, context);
  await openNewDialog(page);
  await page.getByText('Fler uppgifter', { exact: true }).click();
  const add = page.getByRole('button', { name: 'Lägg till uppföljning' });
  const texts = page.getByRole('textbox', { name: 'Vad ska göras' });

  await add.press('Enter');
  await expect(texts).toHaveCount(1);
  await expect(texts.nth(0)).toBeFocused();
  await page.keyboard.type('Boka lokal');
  await add.press('Enter');
  await expect(texts.nth(1)).toBeFocused();
  await page.keyboard.type('Skicka inbjudan');

  // The first goes: focus on the one that took its place (now "Uppföljning 1").
  await page.getByRole('button', { name: 'Ta bort uppföljning 1' }).press('Enter');
  await expect(texts).toHaveCount(1);
  expect(await focusLost(page)).toBe(false);
  await expect(texts.nth(0)).toBeFocused();
  await expect(texts.nth(0)).toHaveValue('Skicka inbjudan');

  // The last goes: focus on the button that adds one.
  await page.getByRole('button', { name: 'Ta bort uppföljning 1' }).press('Enter');
  await expect(texts).toHaveCount(0);
  expect(await focusLost(page)).toBe(false);
  await expect(add).toBeFocused();
});

test('the privacy warning is said aloud once typing stops, and saving still works', async ({
  page,
  context,
}) => {
  await goOffline(page, context);
  await openNewDialog(page);
  await page.getByLabel('Organisation').fill('Moskén');
  const summary = page.getByLabel('Sammanfattning');
  await summary.focus();
  await page.keyboard.type('Ring 070-123 45 67, pnr 811218-9876.');
  const said = page.locator('[aria-live="polite"]').filter({ hasText: /personnummer/ });
  await expect(said).toHaveCount(1);
  await expect(said).toContainText('ett telefonnummer (070-123 45 67)');
  // Shown once, at the field, and part of its description.
  await expect(page.locator('.field-warning')).toHaveCount(1);
  await expect(summary).toHaveAccessibleDescription(/personnummer/);
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dialoger' })).toBeVisible();
});

test('"Utkast återställt" is said aloud when a draft comes back', async ({ page, context }) => {
  await goOffline(page, context);
  await openNewDialog(page);
  await page.getByLabel('Sammanfattning').fill('Halvfärdig anteckning');
  await expect(page.getByText('Utkastet sparas på enheten medan du skriver.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Utkast återställt' })).toBeVisible();
  await expect(page.getByLabel('Sammanfattning')).toHaveValue('Halvfärdig anteckning');
});

test('the register: Spara without a name, or with a name taken, puts focus on Namn with its message', async ({
  page,
  context,
}) => {
  await goOffline(page, context);
  await page.goto(`${server.url}/organisationer`);
  await page.getByRole('button', { name: 'Ny organisation' }).press('Enter');
  const name = page.getByLabel('Namn');
  await expect(name).toBeFocused();
  await page.getByRole('button', { name: 'Spara' }).press('Enter');
  await expect(name).toBeFocused();
  await expect(name).toHaveAccessibleDescription('Ange ett namn.');

  await name.fill('Moskén');
  await page.getByRole('button', { name: 'Spara' }).press('Enter');
  await expect(page.getByText('Organisationen är sparad.')).toBeVisible();

  // A name already in the register (any case): said at the field, what was typed kept.
  await page.getByRole('button', { name: 'Ny organisation' }).press('Enter');
  await name.fill('moskén');
  await name.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(
    'Det finns redan en organisation med det namnet.',
  );
  await page.getByRole('button', { name: 'Spara' }).press('Enter');
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('moskén');
  expect(await axeViolations(page)).toEqual([]);
});

test('clearing the organisation filter by keyboard keeps focus in the filters and says the count', async ({
  page,
  context,
}) => {
  await goOffline(page, context);
  for (const organisation of ['Moskén', 'Pingstkyrkan']) {
    await openNewDialog(page);
    await page.getByLabel('Organisation').fill(organisation);
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dialoger' })).toBeVisible();
  }
  await page
    .locator('.dialog-list')
    .getByRole('link', { name: /Moskén/ })
    .click();
  await page.getByRole('link', { name: 'Moskén' }).click();
  const count = page.locator('.list-count');
  await expect(count).toHaveText('1 av 2 poster');
  await expect(count).toHaveAttribute('aria-live', 'polite');

  await page.getByRole('button', { name: 'Visa alla organisationer' }).press('Enter');
  await expect(count).toHaveText('2 poster');
  expect(await focusLost(page)).toBe(false);
  await expect(page.getByRole('searchbox', { name: 'Sök' })).toBeFocused();
});

test('tabbing down the form, the focused field is never hidden under the bottom menu or the header', async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await goOffline(page, context);
  await openNewDialog(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Ny dialog' })).toBeFocused();
  const hidden: string[] = [];
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const focused = document.activeElement as HTMLElement;
      const box = focused.getBoundingClientRect();
      const nav = document.querySelector('.nav')!.getBoundingClientRect();
      const header = document.querySelector('.app-header')!.getBoundingClientRect();
      // A tall text area may run on under the menu; its top (where the caret is) must show.
      const shown = Math.min(box.bottom, nav.top) - Math.max(box.top, header.bottom);
      return {
        name:
          focused.getAttribute('aria-label') ??
          (focused as HTMLInputElement).labels?.[0]?.innerText ??
          focused.innerText,
        inMenu: Boolean(focused.closest('.nav, .app-header')),
        covered: shown < Math.min(box.height, 44) - 1,
      };
    });
    if (where.inMenu) break;
    if (where.covered) hidden.push(where.name || `tab stop ${i + 1}`);
  }
  expect(hidden).toEqual([]);
});

test('the virtual list by keyboard: every row reached in order, none hidden under the month heading or the menus', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 640 });
  await goOffline(page, context);
  const months = ['01', '02', '03', '04', '05', '06'];
  for (const [i, month] of months.entries()) {
    for (const day of ['10', '20']) {
      await openNewDialog(page);
      await page.getByLabel('Datum').fill(`2024-${month}-${day}`);
      await page.getByLabel('Organisation').fill(`Förening ${i * 2 + (day === '10' ? 1 : 2)}`);
      await page.getByRole('button', { name: 'Spara' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Dialoger' })).toBeVisible();
    }
  }
  await expect(page.locator('.list-count')).toHaveText('12 poster');
  // A screen reader counts the entries ("1 av 12"), not the month headings between them: a month
  // is a heading inside its first entry, and the row drawn for the eye is hidden from it.
  const places = await page.locator('.dialog-list > li').evaluateAll((items) =>
    items.map((li) => ({
      drawnMonth: li.querySelector('.month-heading') !== null,
      hidden: li.getAttribute('aria-hidden'),
      heading: li.querySelector('h2')?.textContent ?? null,
      place: `${li.getAttribute('aria-posinset')}/${li.getAttribute('aria-setsize')}`,
    })),
  );
  expect(places.filter((p) => p.drawnMonth).every((p) => p.hidden === 'true')).toBe(true);
  // Only the rows near the screen exist: the first ones, counted from 1 without gaps.
  const entries = places.filter((p) => !p.drawnMonth);
  expect(entries.length).toBeGreaterThan(2);
  expect(entries.map((p) => p.place)).toEqual(entries.map((_, i) => `${i + 1}/12`));
  // Newest first: June's two entries, the first of them under the heading "juni 2024".
  expect(entries.slice(0, 3).map((p) => p.heading)).toEqual(['juni 2024', null, 'maj 2024']);
  await expect(page.getByRole('heading', { level: 2, name: 'juni 2024' })).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);
  const where = () =>
    page.evaluate(() => {
      const focused = document.activeElement as HTMLElement;
      const box = focused.getBoundingClientRect();
      const nav = document.querySelector('.nav')!.getBoundingClientRect();
      const sticky = document.querySelector('.dialog-row-sticky')?.getBoundingClientRect();
      const top = Math.max(
        document.querySelector('.app-header')!.getBoundingClientRect().bottom,
        sticky?.bottom ?? 0,
      );
      return {
        title: focused.closest('.dialog-list')
          ? focused.querySelector('.dialog-item-title')?.textContent
          : null,
        hidden: box.top < top - 1 || box.bottom > nav.top + 1,
      };
    });
  // Newest first: Förening 12 … Förening 1, each reached by Tab and shown when it is.
  await page.locator('.dialog-list a').first().focus();
  const down: string[] = [];
  const hidden: string[] = [];
  for (let i = 0; i < 12; i++) {
    if (i > 0) await page.keyboard.press('Tab');
    const w = await where();
    down.push(w.title ?? '?');
    if (w.hidden) hidden.push(`down: ${w.title}`);
  }
  expect(down).toEqual(Array.from({ length: 12 }, (_, i) => `Förening ${12 - i}`));
  // The last entry is the twelfth of twelve, with six month headings above it.
  await expect(page.locator('.dialog-list > li:has(:focus)')).toHaveAttribute(
    'aria-posinset',
    '12',
  );
  const up: string[] = [];
  for (let i = 0; i < 11; i++) {
    await page.keyboard.press('Shift+Tab');
    const w = await where();
    up.push(w.title ?? '?');
    if (w.hidden) hidden.push(`up: ${w.title}`);
  }
  expect(up).toEqual(Array.from({ length: 11 }, (_, i) => `Förening ${i + 2}`));
  expect(hidden).toEqual([]);
});

test('leaving the register with a half-typed organisation asks first, and says the text is not kept', async ({
  page,
  context,
}) => {
  await goOffline(page, context);
  await page.goto(`${server.url}/organisationer`);
  await page.getByRole('button', { name: 'Ny organisation' }).press('Enter');
  await page.getByLabel('Namn').fill('Kvarnens förening');
  await page.getByLabel('Anteckning').fill('Vill ha dialog i höst.');
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole('link', { name: 'Dialoger' }).click();
  await expect
    .poll(() => asked)
    .toEqual([
      'Du har text som inte är sparad. Vill du lämna sidan? Det du har skrivit sparas inte.',
    ]);
  await expect(page.getByRole('heading', { level: 1, name: 'Organisationer' })).toBeVisible();
  await page.getByRole('button', { name: 'Avbryt' }).click();
  await expect.poll(() => asked.length).toBe(2);
  expect(asked[1]).toBe('Vill du slänga det du har ändrat?');
  await expect(page.getByLabel('Anteckning')).toHaveValue('Vill ha dialog i höst.');

  // The dialog form keeps a draft, and says so.
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Organisationen är sparad.')).toBeVisible();
  await page.getByRole('link', { name: 'Dialoger' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dialoger' })).toBeVisible();
  await openNewDialog(page);
  await page.getByLabel('Sammanfattning').fill('Halvfärdig anteckning');
  await page.getByRole('link', { name: 'Plan' }).click();
  await expect.poll(() => asked.length).toBe(3);
  expect(asked[2]).toBe(
    'Du har text som inte är sparad. Vill du lämna sidan? Utkastet finns kvar.',
  );
});
