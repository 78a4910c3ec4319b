import { expect, test, type Page } from '@playwright/test';
import { openOffline } from './support/app';
import { serverPerTest } from './support/server';

/**
 * Moving items from the keyboard, offline at a phone viewport: the button pressed keeps focus when
 * its item moves, so pressing Enter again moves it one more place; at the end of the list the
 * button says it is unavailable instead of dropping focus to the body.
 */

const server = serverPerTest();

const stepTitles = (page: Page) => page.locator('.routine-step-title');

test('offline: a routine step moved down from the keyboard keeps focus on its button, to the end of the list', async ({
  page,
  context,
}) => {
  await openOffline(page, context, server.url, '/rutin');
  await page.getByRole('button', { name: 'Redigera rutinen' }).click();
  const titles = await stepTitles(page).allTextContents();
  expect(titles.length).toBeGreaterThan(2);
  const first = titles[0]!.replace(/^1\.\s*/, '');

  await page.getByRole('button', { name: 'Flytta ner Steg 1' }).focus();
  await page.keyboard.press('Enter');
  await expect(stepTitles(page).nth(1)).toContainText(first);
  await expect(page.getByRole('button', { name: 'Flytta ner Steg 2' })).toBeFocused();

  // Again until it is last: focus stays, and the button says it cannot move further.
  for (let at = 2; at < titles.length; at += 1) {
    await page.keyboard.press('Enter');
    await expect(stepTitles(page).nth(at)).toContainText(first);
  }
  const last = page.getByRole('button', { name: `Flytta ner Steg ${titles.length}` });
  await expect(last).toBeFocused();
  await expect(last).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Enter');
  await expect(stepTitles(page).last()).toContainText(first);
  await expect(last).toBeFocused();
});

test('offline: a plan area moved from the keyboard keeps focus, and its Flytta upp says it is unavailable at the top', async ({
  page,
  context,
}) => {
  await openOffline(page, context, server.url, '/plan');
  await page.getByRole('button', { name: 'Redigera planen' }).click();
  const areaTitles = page.locator('.plan-area > h2');
  const [firstArea, secondArea] = await areaTitles.allTextContents();

  const down = page.getByRole('button', { name: `Flytta ned: ${firstArea}` });
  await down.focus();
  await page.keyboard.press('Enter');
  await expect(areaTitles.nth(1)).toHaveText(firstArea!);
  await expect(down).toBeFocused();

  const up = page.getByRole('button', { name: `Flytta upp: ${secondArea}` });
  await expect(up).toHaveAttribute('aria-disabled', 'true');
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(areaTitles.first()).toHaveText(secondArea!);
  await expect(up).toBeFocused();
});
