import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { axeViolations, offlineInTheField } from './support/app';
import { serverPerTest } from './support/server';

/**
 * The dialog log on a phone with the network off: the endpoint is stopped and the browser is
 * offline after the first visit, so everything below runs from the service worker and IndexedDB.
 */
const server = serverPerTest();

const goOffline = (page: Page, context: BrowserContext) => offlineInTheField(page, context, server);

async function openNewDialog(page: Page): Promise<void> {
  await page.goto(`${server.url}/dialoger`);
  await page.getByRole('button', { name: 'Ny dialog' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny dialog' })).toBeVisible();
  await expect(page).toHaveURL(/\/dialoger\/ny$/);
}

async function logDialog(page: Page, organisation: string, summary: string): Promise<void> {
  await openNewDialog(page);
  await page.getByLabel('Organisation').fill(organisation);
  await page.getByLabel('Sammanfattning').fill(summary);
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Sparat', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Dialoger' })).toBeVisible();
}

const listItem = (page: Page, name: string) => page.getByRole('listitem').filter({ hasText: name });

test('Ny dialog → Spara offline: listed with the new organisation, still there after a reload', async ({
  page,
  context,
}) => {
  await goOffline(page, context);
  await page.goto(`${server.url}/dialoger`);
  await expect(page.getByText('Inga dialoger ännu')).toBeVisible();

  await openNewDialog(page);
  await expect(
    page.getByText('Skriv organisationer och roller – inte privatpersoner.'),
  ).toBeVisible();
  await expect(page.getByLabel('Datum')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await page.getByLabel('Organisation').fill('Moskéföreningen i Timrå');
  await expect(
    page.getByRole('option', { name: /Lägg till ”Moskéföreningen i Timrå”/ }),
  ).toBeVisible();
  await page.getByLabel('Sammanfattning').fill('Samtal om lokalfrågan och trygghet.');
  await page.getByRole('button', { name: 'Spara' }).click();

  await expect(page.getByText('Sparat', { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\/dialoger$/);
  await expect(listItem(page, 'Moskéföreningen i Timrå')).toBeVisible();
  await expect(listItem(page, 'Moskéföreningen i Timrå')).toContainText('Dialogmöte');
  expect(await axeViolations(page)).toEqual([]);

  await page.reload();
  await expect(listItem(page, 'Moskéföreningen i Timrå')).toBeVisible();

  // The name is now in the register: offered when typed again, and listed on Organisationer.
  await openNewDialog(page);
  await page.getByLabel('Organisation').fill('moske');
  await expect(page.getByRole('option', { name: 'Moskéföreningen i Timrå' })).toBeVisible();
  // Chosen with the keyboard, as the combobox pattern says: arrow down, Enter.
  await page.getByLabel('Organisation').press('ArrowDown');
  await expect(page.getByRole('option', { name: 'Moskéföreningen i Timrå' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.getByLabel('Organisation').press('Enter');
  await expect(page.getByLabel('Organisation')).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Ta bort Moskéföreningen i Timrå' })).toBeVisible();
  await page.goto(`${server.url}/organisationer`);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Moskéföreningen i Timrå' }),
  ).toBeVisible();

  // The detail page shows it, and passes axe too.
  await page.goto(`${server.url}/dialoger`);
  await page.getByRole('link', { name: /Moskéföreningen i Timrå/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Moskéföreningen i Timrå/ }),
  ).toBeVisible();
  await expect(page.getByText('Samtal om lokalfrågan och trygghet.')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('offline search over the log: text and organisation names, any case or accents, every word', async ({
  page,
  context,
}) => {
  await goOffline(page, context);
  await logDialog(page, 'Moskéföreningen i Timrå', 'Samtal om lokalfrågan och trygghet.');
  await logDialog(page, 'IFK Timrå', 'Ungdomar och idrott, uppföljning i maj.');
  await logDialog(page, 'Svenska kyrkan', 'Samverkan kring krisberedskap.');
  const search = page.getByRole('searchbox', { name: 'Sök' });
  const shows = async (query: string, names: string[]) => {
    await search.fill(query);
    const all = ['Moskéföreningen i Timrå', 'IFK Timrå', 'Svenska kyrkan', 'Vuxenskolan'];
    for (const name of all) {
      if (names.includes(name)) await expect(listItem(page, name)).toBeVisible();
      else await expect(listItem(page, name)).toHaveCount(0);
    }
  };
  await shows('LOKALFRAGAN', ['Moskéföreningen i Timrå']);
  await shows('timrå', ['Moskéföreningen i Timrå', 'IFK Timrå']);
  await shows('timra ungdom', ['IFK Timrå']);
  await shows('samverkan kyrkan', ['Svenska kyrkan']);
  await search.fill('finns inte alls');
  await expect(page.getByText('Inget matchar')).toBeVisible();
  await page.getByRole('button', { name: 'Rensa filter' }).click();
  await expect(page.getByText('3 poster')).toBeVisible();

  // A new entry is found at once, by a word only it holds.
  await logDialog(page, 'Vuxenskolan', 'Demokrativerkstad för unga.');
  await shows('demokrativerkstad', ['Vuxenskolan']);
});

test('the form opened from the list: back finds the list as left, saving shows the entry on top', async ({
  page,
  context,
}) => {
  await goOffline(page, context);
  await logDialog(page, 'Svenska kyrkan', 'Samverkan kring krisberedskap.');
  await logDialog(page, 'IFK Timrå', 'Ungdomar och idrott.');
  const search = page.getByRole('searchbox', { name: 'Sök' });
  await search.fill('kyrkan');
  await expect(listItem(page, 'IFK Timrå')).toHaveCount(0);
  await expect(page).toHaveURL(/\/dialoger\?q=kyrkan$/);

  // The form is the only page there is to see, hear or reach: one h1, none of the list's controls.
  await page.getByRole('button', { name: 'Ny dialog' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ny dialog');
  await expect(page.getByRole('region', { name: 'Ny dialog' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ny dialog' })).toHaveCount(0);
  await expect(page.getByRole('searchbox', { name: 'Sök' })).toHaveCount(0);
  await expect(page).toHaveTitle('Ny dialog – Värna');
  expect(await axeViolations(page)).toEqual([]);

  // Back: the list as it was left, still searched, its heading focused.
  await page.goBack();
  await expect(page).toHaveURL(/\/dialoger\?q=kyrkan$/);
  await expect(search).toHaveValue('kyrkan');
  await expect(listItem(page, 'Svenska kyrkan')).toBeVisible();
  await expect(listItem(page, 'IFK Timrå')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Dialoger' })).toBeFocused();
  await expect(page).toHaveTitle('Dialoger – Värna');

  // Saved from the bottom of the form: the whole log again, the new entry first, the list where
  // it was left rather than where the form was scrolled to.
  const listScroll = await page.evaluate(() => window.scrollY);
  await page.getByRole('button', { name: 'Ny dialog' }).click();
  await page.getByLabel('Organisation').fill('Vuxenskolan');
  await page.getByText('Fler uppgifter', { exact: true }).click();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(listScroll);
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL(/\/dialoger$/);
  await expect(search).toHaveValue('');
  const entries = page.locator('.dialog-list').getByRole('link');
  await expect(entries.first()).toContainText('Vuxenskolan');
  await expect(listItem(page, 'IFK Timrå')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Dialoger' })).toBeFocused();
  await expect(page).toHaveTitle('Dialoger – Värna');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(listScroll);
  expect(await axeViolations(page)).toEqual([]);
});

test('a half-filled draft survives a reload, and can be thrown away', async ({ page, context }) => {
  await goOffline(page, context);
  await openNewDialog(page);
  await page.getByLabel('Organisation').fill('Kvarnens förening');
  await page.getByLabel('Sammanfattning').fill('Halvfärdig anteckning om hot och hat');
  await expect(page.getByText('Utkastet sparas på enheten medan du skriver.')).toBeVisible();

  // Leaving with unsaved text asks first: inside the app, and when the tab is closed.
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss();
  });
  await page.getByRole('link', { name: 'Plan' }).click();
  await expect.poll(() => asked).toEqual(['confirm']);
  await expect(page.getByRole('heading', { level: 1, name: 'Ny dialog' })).toBeVisible();
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toEqual(['confirm', 'beforeunload']);
  await expect(page.getByLabel('Sammanfattning')).toHaveValue(
    'Halvfärdig anteckning om hot och hat',
  );
  page.removeAllListeners('dialog');

  await page.reload();
  await expect(page.getByText('Utkast återställt')).toBeVisible();
  await expect(page.getByLabel('Sammanfattning')).toHaveValue(
    'Halvfärdig anteckning om hot och hat',
  );
  await expect(page.getByLabel('Organisation')).toHaveValue('Kvarnens förening');

  await page.getByRole('button', { name: 'Släng utkastet' }).click();
  await expect(page.getByLabel('Sammanfattning')).toHaveValue('');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny dialog' })).toBeVisible();
  await expect(page.getByLabel('Sammanfattning')).toHaveValue('');
  await expect(page.getByText('Utkast återställt')).toHaveCount(0);
});

test('edit an entry, then delete it and undo from the toast', async ({ page, context }) => {
  await goOffline(page, context);
  await logDialog(page, 'Pingstkyrkan', 'Planering av öppet hus.');
  await page.getByRole('link', { name: /Pingstkyrkan/ }).click();

  await page.getByRole('link', { name: 'Redigera' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Redigera dialog' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ta bort Pingstkyrkan' })).toBeVisible();
  await page.getByLabel('Sammanfattning').fill('Öppet hus blir den 12 maj.');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Pingstkyrkan/ })).toBeVisible();
  await expect(page.getByText('Öppet hus blir den 12 maj.')).toBeVisible();

  await page.getByRole('button', { name: 'Ta bort' }).click();

  await expect(page.getByText('Dialogen togs bort')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Dialoger' })).toBeVisible();
  await expect(listItem(page, 'Pingstkyrkan')).toHaveCount(0);

  await page.getByRole('button', { name: 'Ångra' }).click();
  await expect(listItem(page, 'Pingstkyrkan')).toBeVisible();
  await page.reload();
  await expect(listItem(page, 'Pingstkyrkan')).toBeVisible();
});

test('a personnummer in the summary warns but does not block saving', async ({ page, context }) => {
  await goOffline(page, context);
  await openNewDialog(page);
  const summary = page.getByLabel('Sammanfattning');
  await summary.fill('Ring kontaktpersonen, pnr 811218-9876.');
  await expect(page.getByText(/innehålla ett personnummer \(811218-9876\)/)).toBeVisible();
  await expect(summary).toHaveAccessibleDescription(/personnummer/);
  // A number with a wrong checksum is no personnummer: the warning goes away.
  await summary.fill('Ring kontaktpersonen, nr 811218-9875.');
  await expect(page.getByText(/innehålla ett personnummer/)).toHaveCount(0);

  await summary.fill('Ring kontaktpersonen, pnr 811218-9876.');
  await page.getByLabel('Organisation').fill('Idrottsföreningen');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(listItem(page, 'Idrottsföreningen')).toBeVisible();
  const acknowledged = await page.evaluate(
    () =>
      new Promise<boolean[]>((resolve, reject) => {
        const open = indexedDB.open('varna');
        open.onerror = () => reject(new Error('open failed'));
        open.onsuccess = () => {
          const all = open.result.transaction('logEntries').objectStore('logEntries').getAll();
          all.onsuccess = () =>
            resolve(
              (all.result as Array<{ privacyAcknowledged: boolean }>).map(
                (e) => e.privacyAcknowledged,
              ),
            );
        };
      }),
  );
  expect(acknowledged).toEqual([true]);
});

test('a date in the future gets a Swedish message at the field and keeps what was typed', async ({
  page,
  context,
}) => {
  await goOffline(page, context);
  await openNewDialog(page);
  await page.getByLabel('Datum').fill('2099-05-01');
  await page.getByLabel('Organisation').fill('Studieförbundet');
  await page.getByLabel('Sammanfattning').fill('Text som inte får försvinna');
  await page.getByRole('button', { name: 'Spara' }).click();

  await expect(
    page.getByText('Datumet ligger mer än ett dygn fram i tiden. Kontrollera datumet.'),
  ).toBeVisible();
  await expect(page.getByLabel('Datum')).toBeFocused();
  await expect(page.getByLabel('Datum')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Datum')).toHaveValue('2099-05-01');
  await expect(page.getByLabel('Organisation')).toHaveValue('Studieförbundet');
  await expect(page.getByLabel('Sammanfattning')).toHaveValue('Text som inte får försvinna');
  await expect(page).toHaveURL(/\/dialoger\/ny$/);
  expect(await axeViolations(page)).toEqual([]);

  // A missing organisation is named at its field too; fixing both saves the entry.
  await page.getByLabel('Organisation').fill('');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Välj eller skriv minst en organisation.')).toBeVisible();
  await page.getByLabel('Organisation').fill('Studieförbundet');
  await page.getByLabel('Datum').fill('2024-05-01');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(listItem(page, 'Studieförbundet')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /maj 2024/i })).toBeVisible();
});

/**
 * Waits until IndexedDB in the page refuses a write for lack of space. Chromium keeps what it last
 * learnt of the origin's free space for about 30 s, so a lowered quota bites only after that: a
 * tiny write to a database of the test's own shows when it does.
 */
async function waitUntilStorageRefuses(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            new Promise<string>((resolve) => {
              const open = indexedDB.open('quota-probe', 1);
              open.onupgradeneeded = () => open.result.createObjectStore('probe');
              open.onerror = () => resolve(open.error?.name ?? 'error');
              open.onsuccess = () => {
                const tx = open.result.transaction('probe', 'readwrite');
                tx.objectStore('probe').put(Date.now(), 'now');
                tx.oncomplete = () => (open.result.close(), resolve('stored'));
                tx.onabort = () => (open.result.close(), resolve(tx.error?.name ?? 'aborted'));
              };
            }),
        ),
      { timeout: 60_000, intervals: [1_000] },
    )
    .toBe('QuotaExceededError');
}

test('a phone whose storage is full: Spara says so in Swedish, keeps every field, and saves once there is room', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await goOffline(page, context);
  await openNewDialog(page);
  await page.getByLabel('Organisation').fill('Föreningen Fullt minne');
  await page.getByLabel('Sammanfattning').fill('Anteckning som inte får gå förlorad.');
  // The browser's real quota for this origin set below what it already uses: IndexedDB refuses
  // writes with QuotaExceededError, as on a phone with no space left.
  const cdp = await context.newCDPSession(page);
  const origin = new URL(server.url).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
  await waitUntilStorageRefuses(page);
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText(/enheten har inte mer lagringsutrymme för Värna/)).toBeVisible();
  await expect(page).toHaveURL(/\/dialoger\/ny$/);
  await expect(page.getByLabel('Organisation')).toHaveValue('Föreningen Fullt minne');
  await expect(page.getByLabel('Sammanfattning')).toHaveValue(
    'Anteckning som inte får gå förlorad.',
  );
  // Nor can the draft be kept, and the form says so instead of promising it: leaving asks
  // with "sparas inte", not "Utkastet finns kvar".
  await expect(page.getByText(/^Utkastet kan inte sparas: enhetens lagring är full/)).toBeVisible();
  await expect(page.getByText('Utkastet sparas på enheten medan du skriver.')).toHaveCount(0);
  let question = '';
  page.once('dialog', (dialog) => {
    question = dialog.message();
    void dialog.dismiss();
  });
  // By keyboard: the error toast (held while pointed at) lies over the link on a phone.
  await page.getByRole('link', { name: 'Avbryt' }).press('Enter');
  await expect
    .poll(() => question)
    .toBe('Du har text som inte är sparad. Vill du lämna sidan? Det du har skrivit sparas inte.');
  await expect(page).toHaveURL(/\/dialoger\/ny$/);

  // Room again: the same tap saves it, once.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Sparat', { exact: true })).toBeVisible();
  await expect(listItem(page, 'Föreningen Fullt minne')).toHaveCount(1);
});
