import { expect, test, type Page } from '@playwright/test';
import { axeViolations, firstVisit } from './support/app';
import { serverPerTest } from './support/server';
import { setPassphrase } from './support/lock';

const PASSPHRASE = 'korrekt häst batteri häftklammer';
/** A string no stored value may contain in the clear once a passphrase is set. */
const MARKER = `Xq7hemlig${Date.now().toString(36)}`;
const ORGANISATION = 'Föreningen Kvarnbacken';

const server = serverPerTest();

/** Every value of every object store of every IndexedDB database of the origin, as JSON. */
async function everyStoredValue(page: Page) {
  return page.evaluate(async () => {
    const out: Array<{ db: string; store: string; json: string }> = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const idb = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      for (const store of Array.from(idb.objectStoreNames)) {
        await new Promise<void>((resolve, reject) => {
          const request = idb.transaction(store, 'readonly').objectStore(store).openCursor();
          request.onsuccess = () => {
            const cursor = request.result;
            if (!cursor) return resolve();
            out.push({ db: name, store, json: JSON.stringify(cursor.value) });
            cursor.continue();
          };
          request.onerror = () => reject(request.error ?? new Error('cursor failed'));
        });
      }
      idb.close();
    }
    return out;
  });
}

/** Opens a page; a load forgets the keys, so the page asks for the passphrase first. */
async function openUnlocked(page: Page, path: string) {
  await page.goto(`${server.url}${path}`);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toBeVisible();
  if ((await heading.textContent()) === 'Värna är låst') {
    await page.getByLabel('Lösenfras').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Lås upp' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Värna är låst' })).toHaveCount(0);
  }
}

async function setPassphraseAndMaxFailures(page: Page) {
  await page.goto(`${server.url}/installningar`);
  await expect(page.getByText(/Data lagras okrypterat på enheten/).first()).toBeVisible();
  await page.getByLabel('Ny lösenfras').fill('kort');
  await page.getByLabel('Upprepa lösenfrasen').fill('kort');
  await page.getByRole('button', { name: 'Sätt lösenfras' }).click();
  await expect(page.getByText('Lösenfrasen måste ha minst 10 tecken.')).toBeVisible();
  await setPassphrase(page, PASSPHRASE);
  await expect(page.getByText('Fritext lagras krypterad (AES-GCM) på enheten.')).toBeVisible();
  await page.getByLabel('Radera data efter så här många felaktiga försök').fill('3');
  await page.getByRole('button', { name: 'Spara låsinställningar' }).click();
  await expect(page.getByText('Låsinställningarna är sparade.')).toBeVisible();
}

async function logTrainingWithEveryText(page: Page) {
  await openUnlocked(page, '/dialoger/ny');
  await page.getByRole('radio', { name: 'Utbildning' }).check();
  await page.getByLabel('Organisation').fill(ORGANISATION);
  await page.getByLabel('Sammanfattning').fill(`Sammanfattning ${MARKER}`);
  await page.getByLabel('För vem').fill(`Målgrupp ${MARKER}`);
  const more = page.locator('details.more');
  if (!(await more.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await page.getByText('Fler uppgifter').click();
  }
  await page.getByRole('textbox', { name: 'Annat ämne' }).fill(`Ämne ${MARKER}`);
  await page.getByRole('button', { name: 'Lägg till annat ämne' }).click();
  await page.getByRole('button', { name: 'Lägg till uppföljning' }).click();
  await page.getByLabel('Vad ska göras').fill(`Uppföljning ${MARKER}`);
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByText('Sparat', { exact: true })).toBeVisible();
}

test('free text is stored nowhere in the clear, the lock keeps the routine open, and too many wrong passphrases wipe', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await firstVisit(page, server.url);
  await setPassphraseAndMaxFailures(page);
  await logTrainingWithEveryText(page);

  // An organisation note.
  await openUnlocked(page, '/organisationer');
  await page.getByRole('button', { name: 'Ny organisation' }).click();
  await page.getByLabel('Namn').fill('Studieförbundet Norr');
  await page.getByLabel('Anteckning').fill(`Anteckning ${MARKER}`);
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Studieförbundet Norr' })).toBeVisible();

  // A plan follow-up comment.
  await openUnlocked(page, '/plan');
  const card = page.getByRole('listitem').filter({
    has: page.getByRole('heading', {
      level: 3,
      name: 'Planering och genomförande av dialog.',
      exact: true,
    }),
  });
  await card.getByRole('button', { name: /^(Bedöm|Ändra bedömning)$/ }).click();
  await card.getByRole('radio', { name: 'Delvis uppfyllt', exact: true }).check();
  await card.getByLabel('Kommentar').fill(`Kommentar ${MARKER}`);
  await card.getByRole('button', { name: 'Spara bedömning' }).click();
  await expect(card.locator('.follow-up-heading')).toContainText('Delvis uppfyllt');
  await expect(card.getByText(`Kommentar ${MARKER}`)).toBeVisible();

  // A half-filled draft.
  await openUnlocked(page, '/dialoger/ny');
  await page.getByLabel('Sammanfattning').fill(`Utkast ${MARKER}`);
  await expect(page.getByText('Utkastet sparas på enheten medan du skriver.')).toBeVisible();
  await expect
    .poll(async () =>
      (await everyStoredValue(page)).some(
        (v) => v.store === 'drafts' && v.json.includes('"$sealed"'),
      ),
    )
    .toBe(true);

  const stored = await everyStoredValue(page);
  expect(stored.filter((v) => v.store === 'logEntries').length).toBeGreaterThan(0);
  expect(stored.filter((v) => v.store === 'outbox').length).toBeGreaterThan(0);
  expect(stored.filter((v) => v.json.includes(MARKER))).toEqual([]);

  // Lock: the log asks for the passphrase, the routine and contacts stay open.
  await openUnlocked(page, '/dialoger');
  await page.getByRole('button', { name: 'Lås nu' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Värna är låst' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lås nu' })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Rutin', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rutin vid oro' })).toBeVisible();
  await expect(page.locator('a[href^="tel:"]').first()).toBeVisible();
  await page.getByRole('link', { name: 'Dialoger', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Värna är låst' })).toBeVisible();

  // Unlock: the text reads again.
  await page.getByLabel('Lösenfras').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Lås upp' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dialoger' })).toBeVisible();
  await page.getByRole('link', { name: new RegExp(ORGANISATION) }).click();
  await expect(page.getByText(`Sammanfattning ${MARKER}`)).toBeVisible();

  // A reload forgets the keys; three wrong passphrases (the set maximum) wipe the device.
  await page.goto(`${server.url}/dialoger`);
  await expect(page.getByRole('heading', { level: 1, name: 'Värna är låst' })).toBeVisible();
  await page.getByLabel('Lösenfras').fill('fel lösenfras ett');
  await page.getByRole('button', { name: 'Lås upp' }).click();
  await expect(
    page.getByText('Fel lösenfras. 2 försök kvar innan data på enheten raderas.'),
  ).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: /Varning/ })).toBeVisible();
  await page.getByLabel('Lösenfras').fill('fel lösenfras två');
  await page.getByRole('button', { name: 'Lås upp' }).click();
  await expect(
    page.getByText('Fel lösenfras. 1 försök kvar innan data på enheten raderas.'),
  ).toBeVisible();
  await expect(page.getByText(/nästa felaktiga försök raderar alla data/)).toBeVisible();
  await page.getByLabel('Lösenfras').fill('fel lösenfras tre');
  await page.getByRole('button', { name: 'Lås upp' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Data på enheten har raderats' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Starta om Värna' }).click();
  await page.goto(`${server.url}/dialoger`);
  await expect(page.getByRole('heading', { level: 1, name: 'Dialoger' })).toBeVisible();
  await expect(page.getByText('Inga dialoger ännu')).toBeVisible();
  expect((await everyStoredValue(page)).filter((v) => v.json.includes(MARKER))).toEqual([]);
});
