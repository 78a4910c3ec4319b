import { expect, test, type Page } from '@playwright/test';
import { firstVisit } from './support/app';
import { serverPerTest } from './support/server';

/** The privacy check's likely personal names at the dialog form: a warning, never a block. */
const server = serverPerTest();

async function openNewDialog(page: Page): Promise<void> {
  await page.goto(`${server.url}/dialoger`);
  await page.getByRole('button', { name: 'Ny dialog' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny dialog' })).toBeVisible();
}

const storedEntries = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<Array<{ summary: unknown; privacyAcknowledged: boolean }>>((resolve, reject) => {
        const open = indexedDB.open('varna');
        open.onerror = () => reject(new Error('open failed'));
        open.onsuccess = () => {
          const all = open.result.transaction('logEntries').objectStore('logEntries').getAll();
          all.onsuccess = () =>
            resolve(all.result as Array<{ summary: unknown; privacyAcknowledged: boolean }>);
        };
      }),
  );

test('a personal name in the summary warns, the register’s names do not, and saving still works', async ({
  page,
}) => {
  await firstVisit(page, server.url);
  // An organisation named like a person, added to the register by a first entry.
  await openNewDialog(page);
  await page.getByLabel('Organisation').fill('Ali Baba');
  await page.getByLabel('Sammanfattning').fill('Första mötet.');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dialoger' })).toBeVisible();

  await openNewDialog(page);
  const summary = page.getByLabel('Sammanfattning');
  await summary.fill('Uppföljning med Ali Baba om lokalerna.');
  await expect(page.getByText(/innehålla ett personnamn/)).toHaveCount(0);

  await summary.fill('Uppföljning med Ali Baba. Anna-Karin Öberg berättade om lokalerna.');
  await expect(
    page.getByText(
      'Texten ser ut att innehålla ett personnamn (Anna-Karin Öberg). Skriv organisationer och roller, inte privatpersoner. Du kan spara ändå.',
    ),
  ).toBeVisible();
  await expect(summary).toHaveAccessibleDescription(/personnamn/);

  await page.getByLabel('Organisation').fill('Ali Baba');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Sparat', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Dialoger' })).toBeVisible();
  const entries = await storedEntries(page);
  expect(entries.map((e) => e.privacyAcknowledged).sort()).toEqual([false, true]);
});
