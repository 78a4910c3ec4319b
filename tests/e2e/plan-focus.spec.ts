import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { openOffline } from './support/app';
import { serverPerTest } from './support/server';

/**
 * Keyboard use of the plan's editing forms, offline at a phone viewport: opening a form puts focus
 * in its first field, and closing it (saved or cancelled) puts focus back on the button that
 * opened it instead of on the body.
 */

const server = serverPerTest();

/**
 * Offline, in edit mode, deletes the plan's first activity. The page's clock is Playwright's, so a
 * test can show that a toast waits however long someone stays on it.
 */
async function deleteFirstActivityOffline(page: Page, context: BrowserContext): Promise<void> {
  await page.clock.install();
  await openOffline(page, context, server.url, '/plan');
  await page.getByRole('button', { name: 'Redigera planen' }).click();
  await page.getByRole('button', { name: /^Ta bort: Rådet för trygghet/ }).click();
}

test('offline: plan forms take focus when opened and give it back to their opener when closed', async ({
  page,
  context,
}) => {
  await openOffline(page, context, server.url, '/plan');
  await page.getByRole('button', { name: 'Redigera planen' }).click();

  const editArea = page.getByRole('button', { name: 'Redigera: Styrgrupp' });
  await editArea.click();
  const areaForm = page.getByRole('form').first();
  await expect(areaForm.getByRole('textbox').first()).toBeFocused();
  await areaForm.getByRole('button', { name: 'Avbryt' }).click();
  await expect(editArea).toBeFocused();

  const newActivity = page.getByRole('button', { name: 'Ny aktivitet: Styrgrupp' });
  await newActivity.click();
  await expect(page.getByRole('form').first().getByRole('textbox').first()).toBeFocused();
  await page.getByRole('form').first().getByRole('button', { name: 'Avbryt' }).click();
  await expect(newActivity).toBeFocused();

  const editActivity = page.getByRole('button', { name: /^Redigera: Rådet för trygghet/ });
  await editActivity.click();
  await page.getByRole('form').first().getByRole('button', { name: 'Spara' }).click();
  await expect(editActivity).toBeFocused();
});

test('offline: deleting a plan item moves focus to its heading, and Ångra (kept while focused) brings focus back to it', async ({
  page,
  context,
}) => {
  await deleteFirstActivityOffline(page, context);
  await expect(page.getByRole('heading', { level: 2, name: 'Styrgrupp' })).toBeFocused();
  await expect(page.getByRole('button', { name: /^Redigera: Rådet för trygghet/ })).toHaveCount(0);

  const toast = page.getByRole('region', { name: 'Meddelanden' });
  const undo = toast.getByRole('button', { name: 'Ångra' });
  await undo.focus();
  await page.clock.fastForward(60_000);
  await expect(toast.getByText('Aktiviteten är borttagen')).toBeVisible();

  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^Redigera: Rådet för trygghet/ })).toBeFocused();
  await expect(toast.getByText('Aktiviteten är borttagen')).toHaveCount(0);
});

test('a toast closes by itself once nobody is on it, and its close button gives focus back', async ({
  page,
  context,
}) => {
  await deleteFirstActivityOffline(page, context);
  const toast = page.getByRole('region', { name: 'Meddelanden' });
  await expect(toast.getByText('Aktiviteten är borttagen')).toBeVisible();

  // Reached and left again: the toast gets its full time back, then goes.
  const heading = page.getByRole('heading', { level: 2, name: 'Styrgrupp' });
  await toast.getByRole('button', { name: 'Stäng meddelandet' }).focus();
  await page.clock.fastForward(30_000);
  await expect(toast.getByText('Aktiviteten är borttagen')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(toast.getByText('Aktiviteten är borttagen')).toHaveCount(0);
  await expect(heading).toBeFocused();

  await page.getByRole('button', { name: /^Ta bort: Utvecklingsstrateg för trygghet/ }).click();
  await expect(toast.getByText('Aktiviteten är borttagen')).toBeVisible();
  await page.clock.fastForward(7_000);
  await expect(toast.getByText('Aktiviteten är borttagen')).toHaveCount(0);
});
