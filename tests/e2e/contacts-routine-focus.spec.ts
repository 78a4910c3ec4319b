import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { openOffline } from './support/app';
import { serverPerTest } from './support/server';

/**
 * Keyboard use of the contacts and the routine, offline at a phone viewport: when a form closes or a card is
 * deleted, focus lands somewhere that makes sense instead of on the body (where a keyboard or
 * screen-reader user would have to start over from the top of the page).
 */

const server = serverPerTest();

const focused = (page: Page) => page.locator('*:focus');

/** Opens a page of the app with the network off, confirming every "discard changes?" question. */
async function openAccepting(page: Page, context: BrowserContext, path: string): Promise<void> {
  page.on('dialog', (dialog) => void dialog.accept());
  await openOffline(page, context, server.url, path);
}

test('offline: focus returns to the opener after a contact form closes, and to the group after a delete', async ({
  page,
  context,
}) => {
  await openAccepting(page, context, '/kontakter');
  await expect(page.getByRole('heading', { level: 1, name: 'Kontakter' })).toBeFocused();

  // Edit, bad input, cancel: back on the card's edit button.
  const card = () => page.getByRole('article', { name: 'Växel' });
  await card().getByRole('button', { name: 'Redigera Växel' }).click();
  const form = page.getByRole('form', { name: 'Redigera Växel' });
  await form.getByRole('textbox', { name: 'Nummer' }).first().fill('060-abc');
  await form.getByRole('button', { name: 'Spara kontakten' }).click();
  await expect(form.getByRole('textbox', { name: 'Nummer' }).first()).toBeFocused();
  await form.getByRole('button', { name: 'Avbryt' }).click();
  await expect(card().getByRole('button', { name: 'Redigera Växel' })).toBeFocused();

  // Edit and save: back on the same button.
  await page.keyboard.press('Enter');
  await page
    .getByRole('form', { name: 'Redigera Växel' })
    .getByRole('button', { name: 'Spara kontakten' })
    .click();
  await expect(card().getByRole('button', { name: 'Redigera Växel' })).toBeFocused();

  // A new contact, cancelled: back on "Ny kontakt".
  await page.getByRole('button', { name: 'Ny kontakt' }).click();
  await page
    .getByRole('form', { name: 'Ny kontakt' })
    .getByRole('button', { name: 'Avbryt' })
    .click();
  await expect(page.getByRole('button', { name: 'Ny kontakt' })).toBeFocused();

  // Delete from the keyboard: focus on the heading of the contact's group, then Tab goes on
  // from there (not from the top of the page).
  await card().getByRole('button', { name: 'Ta bort Växel' }).focus();
  await page.keyboard.press('Enter');
  await expect(card()).toHaveCount(0);
  await expect(focused(page)).toHaveCount(1);
  await expect(focused(page)).toHaveText('Kommunen');
  await expect(focused(page)).toHaveAttribute('id', /^(group|category)-/);

  // "Ångra" from the keyboard: the toast goes, focus lands on the restored card.
  await page.getByRole('button', { name: 'Ångra' }).focus();
  await page.keyboard.press('Enter');
  await expect(card().getByRole('button', { name: 'Redigera Växel' })).toBeFocused();
});

test('offline: in the routine, focus returns to the opener after a step form closes, and to the steps heading after a delete', async ({
  page,
  context,
}) => {
  await openAccepting(page, context, '/rutin');
  await page.getByRole('button', { name: 'Redigera rutinen' }).click();

  await page.getByRole('button', { name: 'Redigera Steg 1' }).click();
  await page.getByRole('button', { name: 'Avbryt' }).click();
  await expect(page.getByRole('button', { name: 'Redigera Steg 1' })).toBeFocused();

  await page.getByRole('button', { name: 'Redigera namn, version och rättslig grund' }).click();
  await page.getByRole('button', { name: 'Avbryt' }).click();
  await expect(
    page.getByRole('button', { name: 'Redigera namn, version och rättslig grund' }),
  ).toBeFocused();

  const steps = page.getByRole('article');
  const count = await steps.count();
  await page.getByRole('button', { name: 'Ta bort Steg 1' }).focus();
  await page.keyboard.press('Enter');
  await expect(steps).toHaveCount(count - 1);
  await expect(page.getByRole('heading', { level: 2, name: 'Så gör du' })).toBeFocused();

  await page.getByRole('button', { name: 'Ångra' }).focus();
  await page.keyboard.press('Enter');
  await expect(steps).toHaveCount(count);
  await expect(page.getByRole('button', { name: 'Redigera Steg 1' })).toBeFocused();
});
