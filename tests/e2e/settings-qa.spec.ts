import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page, type Route } from '@playwright/test';
import { axeViolations, firstVisit } from './support/app';
import { adminPairingCode, pair, syncStatus } from './support/pairing';
import { serverPerTest } from './support/server';
import { addAuthenticator, setPassphrase } from './support/lock';

/**
 * Inställningar, its sub-pages and the lock as a keyboard or screen-reader user meets them on the
 * narrowest phone (320 px) in dark mode: focus never falls to the body when a control goes away,
 * results and refusals are said aloud at the field they concern, and nothing widens the page.
 */
const server = serverPerTest();
test.use({ viewport: { width: 320, height: 720 }, colorScheme: 'dark' });

const PASSPHRASE = 'korrekt häst batteri häftklammer';
// A name typed with no spaces, as people name devices: it must wrap, not widen the page.
const LONG_DEVICE_NAME = 'Strategenstjänstetelefonförfältbesökochskolbesök';

/** How far the page is wider than the screen (0: nothing to scroll sideways). */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Presses a control with the keyboard (focus, then Enter), as a keyboard-only user does. */
async function press(control: Locator): Promise<void> {
  await control.focus();
  await control.press('Enter');
}

/** Passes a request on to the endpoint after a pause, so that a busy state is drawn. */
async function slowly(route: Route): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 400));
  await route.continue();
}

/** Lets a live query redraw after a write (a form that remounted would have dropped focus by then). */
const settle = (page: Page) => page.waitForTimeout(500);

/** Writes rows straight into the app's IndexedDB (as a sync would have), then reloads. */
async function putRows(page: Page, store: string, rows: Array<Record<string, unknown>>) {
  await page.evaluate(
    async ({ name, values }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('varna');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(new Error(String(open.error)));
      });
      const tx = db.transaction(name, 'readwrite');
      for (const value of values) tx.objectStore(name).put(value);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(new Error(String(tx.error)));
      });
      db.close();
    },
    { name: store, values: rows },
  );
  await page.reload();
}

test('Inställningar by keyboard: saving keeps focus, refusals are said at their field, the passphrase section takes focus', async ({
  page,
}) => {
  await firstVisit(page, server.url);
  await page.goto(`${server.url}/installningar`);

  // The name: saved, the form keeps its Spara button focused (it is not remounted).
  const person = page.getByRole('region', { name: 'Du som använder enheten' });
  await person.getByLabel('Ditt namn (visas i historiken)').fill('Strategen');
  const saveName = person.getByRole('button', { name: 'Spara' });
  await press(saveName);
  await expect(page.getByText('Namnet är sparat.')).toBeVisible();
  await settle(page);
  await expect(saveName).toBeFocused();
  await expect(person.getByLabel('Ditt namn (visas i historiken)')).toHaveValue('Strategen');

  // Lock settings: a refused value takes focus to its field, with its message as description.
  const idle = page.getByLabel('Lås efter så här många minuter utan aktivitet');
  const saveLock = page.getByRole('button', { name: 'Spara låsinställningar' });
  await idle.fill('en kvart');
  await press(saveLock);
  await expect(idle).toBeFocused();
  await expect(idle).toHaveAttribute('aria-invalid', 'true');
  await expect(idle).toHaveAccessibleDescription(/Ange ett helt antal minuter, 1–240\./);
  await expect(idle).toHaveValue('en kvart');
  await idle.fill('15');
  await press(saveLock);
  await expect(page.getByText('Låsinställningarna är sparade.')).toBeVisible();
  await settle(page);
  await expect(saveLock).toBeFocused();
  await expect(idle).toHaveValue('15');

  // A passphrase too short: said aloud (an alert) at the field, which takes focus.
  const first = page.getByLabel('Ny lösenfras');
  await first.fill('kort');
  await page.getByLabel('Upprepa lösenfrasen').fill('kort');
  await press(page.getByRole('button', { name: 'Sätt lösenfras' }));
  await expect(page.getByRole('alert').filter({ hasText: 'minst 10 tecken' })).toBeVisible();
  await expect(first).toBeFocused();
  await expect(first).toHaveAccessibleDescription(/Lösenfrasen måste ha minst 10 tecken\./);

  // Set: the form goes, focus goes to the section's heading (its status says what changed).
  const heading = page.getByRole('heading', { level: 2, name: 'Lösenfras och kryptering' });
  await first.fill(PASSPHRASE);
  await page.getByLabel('Upprepa lösenfrasen').fill(PASSPHRASE);
  await press(page.getByRole('button', { name: 'Sätt lösenfras' }));
  await expect(page.getByRole('button', { name: 'Lås nu' })).toBeVisible();
  await expect(heading).toBeFocused();

  // Remove (after the browser's confirm): the button goes, focus goes to the heading again.
  page.once('dialog', (dialog) => void dialog.accept());
  await press(page.getByRole('button', { name: 'Ta bort lösenfras' }));
  await expect(page.getByRole('button', { name: 'Sätt lösenfras' })).toBeVisible();
  await expect(heading).toBeFocused();

  expect(await sidewaysOverflow(page)).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('the lock: Lås nu on an open page keeps focus on its heading; a wrong passphrase is said aloud and the field takes focus', async ({
  page,
}) => {
  await firstVisit(page, server.url);
  await page.goto(`${server.url}/installningar`);
  await setPassphrase(page, PASSPHRASE);

  // Rutin vid oro stays open while locked: focus stays on the page, not on the body.
  await page.getByRole('link', { name: 'Rutin', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rutin vid oro' })).toBeVisible();
  await press(page.getByRole('button', { name: 'Lås nu' }));
  await expect(page.getByRole('button', { name: 'Lås nu' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Rutin vid oro' })).toBeFocused();

  // A page with personal data asks for the passphrase.
  await page.goto(`${server.url}/installningar`);
  await expect(page.getByRole('heading', { level: 1, name: 'Värna är låst' })).toBeVisible();
  const field = page.getByLabel('Lösenfras');

  // Sent with the button: the message is an alert, and focus goes to the field for the next try.
  await field.fill('fel lösenfras');
  await press(page.getByRole('button', { name: 'Lås upp', exact: true }));
  const wrong = page.getByRole('alert').filter({ hasText: /^Fel lösenfras\. \d+ försök kvar/ });
  await expect(wrong).toBeVisible();
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/Fel lösenfras\./);
  const left = Number(/(\d+) försök kvar/.exec((await wrong.textContent()) ?? '')?.[1]);

  // Sent with Enter from the field: the new count is said too.
  await field.fill('också fel');
  await field.press('Enter');
  await expect(wrong).toContainText(`${left - 1} försök kvar`);
  await expect(field).toBeFocused();
  expect(await sidewaysOverflow(page)).toBe(0);
  expect(await axeViolations(page)).toEqual([]);

  await field.fill(PASSPHRASE);
  await field.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Inställningar' })).toBeFocused();
});

test('pairing: a bad address is refused at Serveradress, a bad code at the code, aloud, with what was typed kept', async ({
  page,
}) => {
  await firstVisit(page, server.url);
  await page.goto(`${server.url}/parkoppla#kod=ABCD-EFGH`);
  const address = page.getByLabel('Serveradress');
  const code = page.getByLabel('Parkopplingskod');
  const submit = page.getByRole('button', { name: 'Parkoppla' });
  await expect(code).toHaveValue('ABCD-EFGH');

  await address.fill('varna kommun');
  await press(submit);
  await expect(page.getByRole('alert').filter({ hasText: 'Serveradressen' })).toBeVisible();
  await expect(address).toBeFocused();
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  await expect(address).toHaveAccessibleDescription(/Serveradressen är inte en giltig adress/);
  await expect(code).toHaveAttribute('aria-invalid', 'false');
  await expect(address).toHaveValue('varna kommun');

  await address.fill(server.url);
  await press(submit);
  await expect(page.getByRole('alert').filter({ hasText: 'Koden är fel' })).toBeVisible();
  await expect(code).toBeFocused();
  await expect(code).toHaveAccessibleDescription(/Koden är fel eller har gått ut/);
  await expect(address).toHaveAttribute('aria-invalid', 'false');
  await expect(code).toHaveValue('ABCD-EFGH');
  expect(await sidewaysOverflow(page)).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('office devices at 320 px: a long name and the pairing link wrap, a new code is said aloud, a revoked card keeps focus', async ({
  browser,
  page,
}) => {
  test.setTimeout(90_000);
  await firstVisit(page, server.url);
  await pair(page, server.url, adminPairingCode(server.dataDir, 'office'));

  // A phone pairs with a long name.
  const phone = await browser.newContext({ viewport: { width: 320, height: 720 } });
  const phonePage = await phone.newPage();
  await firstVisit(phonePage, server.url);
  await phonePage.goto(`${server.url}/installningar`);
  await phonePage.getByLabel('Parkopplingskod').fill(adminPairingCode(server.dataDir, 'field'));
  await phonePage.getByLabel('Enhetens namn').fill(LONG_DEVICE_NAME);
  // The endpoint answers slowly: the button is busy meanwhile, and keeps focus throughout.
  await phone.route('**/api/v1/pair', (route) => slowly(route));
  const submit = phonePage.getByRole('button', { name: /^Parkoppla/ });
  await press(submit);
  await expect(submit).toHaveAttribute('aria-disabled', 'true');
  await expect(phonePage.getByText(/^Parkopplad med /).first()).toBeVisible();
  await expect(phonePage.getByRole('button', { name: 'Parkoppla' })).toBeFocused();
  await phone.close();

  await page.reload();
  const devices = page.getByRole('region', { name: 'Enheter' });
  const phoneHeading = devices.getByRole('heading', { name: new RegExp(LONG_DEVICE_NAME) });
  await expect(phoneHeading).toBeVisible();
  expect(await sidewaysOverflow(page)).toBe(0);

  // A new code is said aloud; its link wraps.
  await press(devices.getByRole('button', { name: 'Skapa parkopplingskod' }));
  await expect(
    devices.getByRole('status').filter({ hasText: /^Parkopplingskod: \S+/ }),
  ).toBeVisible();
  await expect(devices.getByRole('link', { name: /\/parkoppla#kod=/ })).toBeVisible();
  expect(await sidewaysOverflow(page)).toBe(0);

  // Revoked: its buttons go, focus goes to its card's heading, which now says it is revoked.
  const phoneCard = devices.getByRole('listitem').filter({ hasText: LONG_DEVICE_NAME });
  const revoke = phoneCard.getByRole('button', { name: 'Koppla bort', exact: true });
  await expect(revoke).toHaveAccessibleDescription(new RegExp(LONG_DEVICE_NAME));
  await press(revoke);
  await expect(phoneCard.getByText('Bortkopplad', { exact: true })).toBeVisible();
  await expect(phoneHeading).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
});

test('Utkorg says why nothing syncs, aloud after Försök igen, and Rensa listan leaves focus on the heading', async ({
  page,
  context,
}) => {
  await firstVisit(page, server.url);
  await page.goto(`${server.url}/installningar/utkorg`);
  const heading = page.getByRole('heading', { level: 1, name: 'Osynkade ändringar' });
  await expect(heading).toBeVisible();

  // Never paired: said, with the way to pair, instead of nothing at all.
  await press(page.getByRole('button', { name: 'Försök igen' }));
  await expect(
    page.getByRole('status').filter({ hasText: 'Inte parkopplad – allt sparas på enheten.' }),
  ).toBeVisible();
  const toPairing = page.getByRole('link', { name: 'Parkoppla enheten i Inställningar' });
  await expect(toPairing).toBeVisible();
  expect((await toPairing.boundingBox())?.height).toBeGreaterThanOrEqual(44);

  // Paired but offline: Försök igen says, in the live region, that the server is out of reach.
  await pair(page, server.url, adminPairingCode(server.dataDir, 'field'));
  await page.goto(`${server.url}/installningar/utkorg`);
  await context.setOffline(true);
  await press(page.getByRole('button', { name: 'Försök igen' }));
  await expect(
    page.getByRole('status').filter({ hasText: 'Ingen kontakt med servern.' }),
  ).toBeVisible();
  await context.setOffline(false);

  // Synka nu, pressed from the keyboard, keeps focus while it syncs (slowly here) and after.
  await context.route('**/api/v1/**', (route) => slowly(route));
  const syncNow = page.getByRole('button', { name: 'Synka nu' });
  await press(syncNow);
  await expect(syncNow).toHaveAttribute('aria-disabled', 'true');
  await expect(syncStatus(page)).toHaveText('Allt är synkat');
  await expect(syncNow).not.toHaveAttribute('aria-disabled');
  await expect(syncNow).toBeFocused();
  await context.unroute('**/api/v1/**');

  // The export says that it saved the file.
  const exported = page.waitForEvent('download');
  await press(page.getByRole('button', { name: 'Exportera osynkade ändringar till fil' }));
  const file = (await exported).suggestedFilename();
  await expect(
    page.getByRole('region', { name: 'Meddelanden' }).getByText(`${file} är sparad.`),
  ).toBeVisible();

  // Changes the endpoint refused: clearing the list takes its button away; focus goes up.
  await putRows(page, 'meta', [
    {
      key: 'rejectedChanges',
      value: [
        {
          table: 'contacts',
          recordId: 'kontakt-1',
          fields: { role: 'Samordnare' },
          reason: 'Servern tog inte emot ändringen.',
          at: new Date().toISOString(),
        },
      ],
    },
  ]);
  const clear = page.getByRole('button', { name: 'Rensa listan' });
  await expect(clear).toBeVisible();
  expect(await sidewaysOverflow(page)).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
  await press(clear);
  await expect(clear).toHaveCount(0);
  await expect(heading).toBeFocused();
});

test('Konflikter: fields in Swedish, and choosing moves focus to the next conflict, then to the heading', async ({
  page,
}) => {
  await firstVisit(page, server.url);
  const contacts = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('varna');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error(String(open.error)));
    });
    type Row = { id: string; role: string; phones: unknown };
    const rows = await new Promise<Row[]>((resolve, reject) => {
      const request = db.transaction('contacts').objectStore('contacts').getAll();
      request.onsuccess = () => resolve(request.result as Row[]);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    db.close();
    return rows.slice(0, 2);
  });
  expect(contacts).toHaveLength(2);
  const now = new Date().toISOString();
  await page.goto(`${server.url}/installningar/konflikter`);
  await putRows(
    page,
    'conflicts',
    contacts.map((contact, i) => ({
      id: `0190c0de-0000-7000-8000-00000000000${i}`,
      version: 1,
      deleted: false,
      updatedAt: now,
      table: 'contacts',
      recordId: contact.id,
      detectedAt: now,
      resolved: false,
      ...(i === 0
        ? {
            field: 'role',
            shownValue: contact.role,
            otherValue: `${contact.role} (ändrad på den andra enheten)`,
          }
        : {
            field: 'phones',
            shownValue: contact.phones,
            otherValue: [{ label: 'Växel', number: '060-19 10 00' }],
          }),
    })),
  );

  const cards = page.getByRole('main').getByRole('listitem');
  await expect(cards).toHaveCount(2);
  await expect(page.getByRole('heading', { level: 2, name: 'Kontakt: Roll' })).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Kontakt: Telefonnummer' }),
  ).toBeVisible();
  await expect(cards.nth(1).getByText('Växel 060-19 10 00', { exact: true })).toBeVisible();
  await expect(page.getByText('"number"')).toHaveCount(0);
  expect(await sidewaysOverflow(page)).toBe(0);
  expect(await axeViolations(page)).toEqual([]);

  await press(cards.first().getByRole('button', { name: 'Välj det andra värdet' }));
  await expect(cards).toHaveCount(1);
  await expect(cards.first().getByRole('heading', { level: 2 })).toBeFocused();

  await press(cards.first().getByRole('button', { name: 'Behåll värdet som visas' }));
  await expect(page.getByText('Inga konflikter att lösa.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Konflikter' })).toBeFocused();
});

test('backup by keyboard: the plain-text warning and the restore steps never drop focus to the body', async ({
  page,
}) => {
  await firstVisit(page, server.url);
  await page.goto(`${server.url}/installningar/sakerhetskopia`);

  // An encrypted backup with too short a passphrase: said aloud, focus at the field.
  const passphrase = page.getByLabel('Lösenfras', { exact: true });
  await press(page.getByRole('button', { name: 'Spara krypterad säkerhetskopia' }));
  await expect(page.getByRole('alert').filter({ hasText: 'minst 8 tecken' })).toBeVisible();
  await expect(passphrase).toBeFocused();

  // Saved: the busy button keeps focus (as do the CSV buttons).
  await passphrase.fill('hemlig lösenfras');
  await page.getByLabel('Upprepa lösenfrasen').fill('hemlig lösenfras');
  const encrypted = page.getByRole('button', { name: /^Spara krypterad säkerhetskopia|^Sparar/ });
  const saved = page.waitForEvent('download');
  await press(encrypted);
  await saved;
  await expect(page.getByText('Säkerhetskopian är sparad.').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Spara krypterad säkerhetskopia' })).toBeFocused();
  const csv = page.getByRole('button', { name: 'Exportera dialogloggen' });
  const exported = page.waitForEvent('download');
  await press(csv);
  await exported;
  await expect(csv).not.toHaveAttribute('aria-disabled');
  await expect(csv).toBeFocused();

  // The warning before plain text: cancelled, then confirmed; focus back on its opener each time.
  const plain = page.getByRole('button', { name: 'Spara utan kryptering …' });
  await press(plain);
  await press(page.getByRole('button', { name: 'Avbryt' }));
  await expect(page.getByRole('button', { name: 'Avbryt' })).toHaveCount(0);
  await expect(plain).toBeFocused();
  await press(plain);
  const download = page.waitForEvent('download');
  await press(page.getByRole('button', { name: 'Spara okrypterad ändå' }));
  const file = await (await download).path();
  expect(readFileSync(file, 'utf8')).toContain('"format":"varna-backup"');
  await expect(page.getByRole('button', { name: 'Spara okrypterad ändå' })).toHaveCount(0);
  await expect(plain).toBeFocused();

  // Restore: each step's controls replace the last one's, and focus moves on with them.
  await page.getByLabel('Fil med säkerhetskopia').setInputFiles(file);
  const restore = page.getByRole('button', { name: 'Återställ säkerhetskopian' });
  await press(restore);
  await expect(page.getByText('Ersätta allt på enheten?')).toBeFocused();
  await press(page.getByRole('button', { name: 'Avbryt' }));
  await expect(restore).toBeFocused();
  await press(restore);
  await press(page.getByRole('button', { name: 'Ja, ersätt allt på enheten' }));
  await expect(
    page.getByRole('status').filter({ hasText: /^Säkerhetskopian är återställd/ }),
  ).toBeAttached();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Återställ från en säkerhetskopia' }),
  ).toBeFocused();
  expect(await sidewaysOverflow(page)).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('losing and getting back the network is said aloud (a live region), not only shown', async ({
  page,
  context,
}) => {
  await firstVisit(page, server.url);
  await page.goto(`${server.url}/installningar`);
  await expect(page.getByTestId('offline-indicator')).toHaveCount(0);
  await context.setOffline(true);
  await expect(page.getByRole('status').filter({ hasText: /^● ?Du är offline\./ })).toBeVisible();
  await context.setOffline(false);
  await expect(page.getByTestId('offline-indicator')).toHaveCount(0);
});

test('the iPhone install hint, dismissed by keyboard, leaves focus on the page', async ({
  browser,
}) => {
  const iphone = await browser.newContext({
    viewport: { width: 320, height: 720 },
    colorScheme: 'dark',
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 ' +
      '(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  });
  const page = await iphone.newPage();
  await page.goto(`${server.url}/installningar`);
  const hint = page.getByRole('complementary', { name: 'Installera Värna på iPhone' });
  await expect(hint).toBeVisible();
  expect(await sidewaysOverflow(page)).toBe(0);
  await press(hint.getByRole('button', { name: 'Visa inte igen' }));
  await expect(hint).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Inställningar' })).toBeFocused();
  await iphone.close();
});

test('fingerprint or face turned on and off by keyboard: focus goes to the section heading', async ({
  page,
}) => {
  // WebAuthn refuses an IP address as relying party id: the same server, on localhost.
  const url = server.url.replace('127.0.0.1', 'localhost');
  await addAuthenticator(page, true);
  await firstVisit(page, url);
  await page.goto(`${url}/installningar`);
  await setPassphrase(page, PASSPHRASE);

  const heading = page.getByRole('heading', {
    level: 3,
    name: 'Lås upp med fingeravtryck eller ansikte',
  });
  await page.getByLabel('Din nuvarande lösenfras').fill(PASSPHRASE);
  await press(page.getByRole('button', { name: 'Slå på fingeravtryck eller ansikte' }));
  await expect(page.getByText(/^På: Värna kan låsas upp/)).toBeVisible();
  await expect(heading).toBeFocused();

  await press(page.getByRole('button', { name: 'Stäng av fingeravtryck eller ansikte' }));
  await expect(page.getByLabel('Din nuvarande lösenfras')).toBeVisible();
  await expect(heading).toBeFocused();
});

test('at 320 px the header keeps Lås nu whole and its sync note a 44 px target; the switches keep their size', async ({
  page,
  context,
}) => {
  await firstVisit(page, server.url);
  await pair(page, server.url, adminPairingCode(server.dataDir, 'field'));
  await page.getByLabel('Ny lösenfras').fill(PASSPHRASE);
  await page.getByLabel('Upprepa lösenfrasen').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Sätt lösenfras' }).click();
  const lockNow = page.getByRole('button', { name: 'Lås nu' });
  await expect(lockNow).toBeVisible();

  // Offline, Synka nu adds its note ("Servern nås inte") to the header: the widest it gets.
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Synka nu' }).click();
  const note = page.getByRole('link', { name: 'Servern nås inte' });
  await expect(note).toBeVisible();
  expect(await sidewaysOverflow(page)).toBe(0);
  // The label stays inside the button (it used to spill over its border).
  expect(await lockNow.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  expect((await note.boundingBox())?.height).toBeGreaterThanOrEqual(44);

  // The school-visit switch beside its wrapping label keeps its box (it was squeezed to 13 px).
  const box = await page.getByRole('checkbox', { name: /^Skolbesöksläge/ }).boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(24);
  expect(box?.height).toBeGreaterThanOrEqual(24);
});

test('office devices offline: the list says why it is missing and can be fetched again', async ({
  page,
  context,
}) => {
  await firstVisit(page, server.url);
  await pair(page, server.url, adminPairingCode(server.dataDir, 'office'));
  await context.setOffline(true);
  await page.reload();
  const devices = page.getByRole('region', { name: 'Enheter' });
  await expect(devices.getByRole('alert')).toHaveText('Ingen kontakt med servern.');
  const again = devices.getByRole('button', { name: 'Hämta enheterna igen' });
  await expect(again).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await context.setOffline(false);
  await press(again);
  await expect(devices.getByText('Den här enheten', { exact: true })).toBeVisible();
  await expect(devices.getByRole('alert')).toHaveCount(0);
  await expect(devices.getByRole('heading', { level: 2, name: 'Enheter' })).toBeFocused();
});
