import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations, openOffline } from './support/app';
import { serverPerTest } from './support/server';

/**
 * The contacts, the backup page and the history as a phone user with a keyboard or a screen reader
 * meets them, offline at 320 px in dark mode: no control whose name says less than it should, no
 * focus dropped to the body, numbers in Swedish that agree with their nouns.
 */

const server = serverPerTest();
test.use({ viewport: { width: 320, height: 720 }, colorScheme: 'dark' });

const focused = (page: Page) => page.locator('*:focus');

/** The accessible names of the buttons and links under `root` that more than one of them has. */
async function sharedNames(root: Locator): Promise<string[]> {
  const names = [...(await root.ariaSnapshot()).matchAll(/- (?:button|link) "([^"]*)"/g)].map(
    (m) => m[1] ?? '',
  );
  return [...new Set(names.filter((name, i) => names.indexOf(name) !== i))];
}

/** How far anything in the page's main part reaches past the right edge of the screen. */
const pastRightEdge = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    let most = document.documentElement.scrollWidth - width;
    for (const element of document.querySelectorAll('main *')) {
      most = Math.max(most, Math.ceil(element.getBoundingClientRect().right) - width);
    }
    return most;
  });

async function addContact(page: Page, role: string, organisation: string, number: string) {
  await page.getByRole('button', { name: 'Ny kontakt' }).click();
  const form = page.getByRole('form', { name: 'Ny kontakt' });
  await form.getByLabel('Roll').fill(role);
  await form.getByLabel('Organisation').fill(organisation);
  await form.getByRole('textbox', { name: 'Nummer' }).fill(number);
  await form.getByRole('button', { name: 'Spara kontakten' }).click();
  await expect(form).toHaveCount(0);
}

test('offline: two contacts with the same role in different organisations have buttons a screen reader tells apart', async ({
  page,
  context,
}) => {
  await openOffline(page, context, server.url, '/kontakter');
  await expect(page.getByRole('heading', { level: 1, name: 'Kontakter' })).toBeFocused();
  await addContact(page, 'Rektor', 'Bergaskolan', '060-11 11 11');
  await addContact(page, 'Rektor', 'Vivstaskolan', '060-22 22 22');
  await expect(page.getByRole('article', { name: 'Rektor', exact: true })).toHaveCount(2);

  expect(await sharedNames(page.locator('main .page'))).toEqual([]);
  await expect(page.getByRole('button', { name: 'Redigera Rektor, Vivstaskolan' })).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Historik Rektor, Bergaskolan' })).toHaveCount(1);
  await expect(
    page.getByRole('button', { name: 'Ta bort Rektor, Bergaskolan', exact: true }),
  ).toHaveCount(1);
  // A contact whose organisation is its role is not named twice.
  await expect(
    page.getByRole('button', { name: 'Redigera Säkerhetspolisen', exact: true }),
  ).toHaveCount(1);

  // School-visit mode (read and call only) has no shared names either.
  await page.getByRole('switch', { name: 'Skolbesöksläge' }).check();
  await expect(page.getByRole('button', { name: /^Redigera/ })).toHaveCount(0);
  expect(await sharedNames(page.locator('main .page'))).toEqual([]);
});

test('offline: "Rensa sökningen" gives focus back to the search box instead of dropping it to the body', async ({
  page,
  context,
}) => {
  await openOffline(page, context, server.url, '/kontakter');
  const search = page.getByRole('searchbox', { name: 'Sök bland kontakter' });
  await search.fill('finns inte alls');
  // The number of matches is said aloud as the search narrows.
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: '0 kontakter' })).toHaveCount(
    1,
  );
  const clear = page.getByRole('button', { name: 'Rensa sökningen' });
  await clear.focus();
  await page.keyboard.press('Enter');
  await expect(clear).toHaveCount(0);
  await expect(search).toHaveValue('');
  await expect(search).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Växel' })).toBeVisible();
});

test('offline: what a backup holds is written in Swedish that agrees in number ("1 organisation", not "1 organisationer")', async ({
  page,
  context,
}) => {
  await openOffline(page, context, server.url, '/dialoger/ny');
  await page.getByLabel('Organisation').fill('Vuxenskolan');
  await page.getByLabel('Sammanfattning').fill('Första mötet.');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dialoger' })).toBeVisible();

  await page.goto(`${server.url}/installningar/sakerhetskopia`);
  await page.getByRole('button', { name: 'Spara utan kryptering …' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Spara okrypterad ändå' }).click();
  const file = await (await download).path();
  const backup = JSON.parse(readFileSync(file, 'utf8')) as {
    tables: { contacts: Array<{ deleted: boolean }> };
  };
  const contacts = backup.tables.contacts.filter((c) => !c.deleted).length;

  await page.getByLabel('Fil med säkerhetskopia').setInputFiles(file);
  const summary = page.getByRole('group', { name: 'Innehåll i filen' });
  await expect(summary).toContainText(
    `1 post i dialogloggen, 1 organisation, ${contacts} kontakter och 2 osynkade ändringar.`,
  );
  // The device has the same two changes waiting.
  await expect(summary).toContainText(
    'Allt på enheten ersätts, även 2 ändringar som inte är synkade.',
  );
  // What the file holds is said (focus moves to it), not only drawn below the file field.
  await expect(summary.getByRole('heading', { name: 'Innehåll i filen' })).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
});

test('offline: an encrypted backup asks for its passphrase where focus is, not silently further down', async ({
  page,
  context,
}) => {
  await openOffline(page, context, server.url, '/installningar/sakerhetskopia');
  await page.getByLabel('Lösenfras', { exact: true }).fill('hemlig lösenfras');
  await page.getByLabel('Upprepa lösenfrasen').fill('hemlig lösenfras');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Spara krypterad säkerhetskopia' }).click();
  const file = await (await download).path();
  await page.getByLabel('Fil med säkerhetskopia').setInputFiles(file);
  await expect(page.getByLabel('Lösenfras för filen')).toBeFocused();
  await expect(focused(page)).toHaveCount(1);
});

test('offline at 320 px: a long e-mail address and a long role wrap inside the card, in school-visit mode too', async ({
  page,
  context,
}) => {
  await openOffline(page, context, server.url, '/kontakter');
  await page.getByRole('button', { name: 'Ny kontakt' }).click();
  const form = page.getByRole('form', { name: 'Ny kontakt' });
  await form.getByLabel('Roll').fill('Säkerhetsskyddssamordnare');
  await form.getByLabel('Organisation').fill('Säkerhetspolisen');
  await form.getByLabel('Kategori').selectOption({ label: 'Säkerhetspolisen' });
  await form.getByLabel('E-post').fill('samordnare.valdsbejakande.extremism@sakerhetspolisen.se');
  await form.getByRole('button', { name: 'Spara kontakten' }).click();
  const card = page.getByRole('article', { name: 'Säkerhetsskyddssamordnare' });
  await expect(card.getByRole('heading', { level: 4 })).toBeVisible();
  await expect(card.getByRole('link', { name: /^samordnare\./ })).toHaveAttribute(
    'href',
    'mailto:samordnare.valdsbejakande.extremism@sakerhetspolisen.se',
  );
  expect(await pastRightEdge(page)).toBeLessThanOrEqual(0);

  await page.getByRole('switch', { name: 'Skolbesöksläge' }).check();
  await expect(page.getByRole('button', { name: 'Ny kontakt' })).toHaveCount(0);
  expect(await pastRightEdge(page)).toBeLessThanOrEqual(0);
});

test('offline: "Kopiera" says the number is copied, and when the phone refuses, says so and shows the number', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openOffline(page, context, server.url, '/kontakter');
  const toasts = page.getByRole('region', { name: 'Meddelanden' });
  await expect(toasts).toHaveAttribute('aria-live', 'polite');
  const copy = page.getByRole('button', { name: 'Kopiera 060-16 31 00 (Växel' });
  await copy.click();
  await expect(toasts).toContainText('Numret 060-16 31 00 är kopierat.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('060-16 31 00');
  await expect(copy).toBeFocused();

  // Over plain http (an office endpoint on the local network) there is no Clipboard API: the
  // fallback copies through a hidden text area, and focus comes back to the button.
  await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
  await copy.focus();
  await page.keyboard.press('Enter');
  await expect(toasts.getByText('Numret 060-16 31 00 är kopierat.')).toHaveCount(2);
  await expect(copy).toBeFocused();

  await page.evaluate(() => (document.execCommand = () => false));
  await copy.click();
  await expect(toasts).toContainText('Det gick inte att kopiera. Numret är 060-16 31 00.');
  await expect(copy).toBeFocused();
});

test('offline: a form left open when school-visit mode is turned on closes with focus on the page, not the body', async ({
  page,
  context,
}) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await openOffline(page, context, server.url, '/kontakter');
  const school = page.getByRole('switch', { name: 'Skolbesöksläge' });

  // A contact being edited: its edit button is gone in school-visit mode (read and call only).
  await page.getByRole('button', { name: 'Redigera Växel' }).click();
  await school.check();
  await page
    .getByRole('form', { name: 'Redigera Växel' })
    .getByRole('button', { name: 'Avbryt' })
    .click();
  await expect(page.getByRole('form', { name: 'Redigera Växel' })).toHaveCount(0);
  await expect(focused(page)).toHaveCount(1);
  await expect(page.getByRole('searchbox', { name: 'Sök bland kontakter' })).toBeFocused();

  // A new contact, saved: "Ny kontakt" is gone too.
  await school.uncheck();
  await page.getByRole('button', { name: 'Ny kontakt' }).click();
  await school.check();
  const form = page.getByRole('form', { name: 'Ny kontakt' });
  await form.getByLabel('Roll').fill('Kurator');
  await form.getByRole('button', { name: 'Spara kontakten' }).click();
  await expect(form).toHaveCount(0);
  await expect(page.getByRole('searchbox', { name: 'Sök bland kontakter' })).toBeFocused();
  await school.uncheck();

  // The routine: a step form and a new step, both left open.
  await page.goto(`${server.url}/rutin`);
  await page.getByRole('button', { name: 'Redigera rutinen' }).click();
  await page.getByRole('button', { name: 'Redigera Steg 1' }).click();
  await school.check();
  await page.getByRole('button', { name: 'Avbryt' }).click();
  await expect(page.getByRole('button', { name: 'Avbryt' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Så gör du' })).toBeFocused();
});

test('offline: the links in Att göra each say which activity or dialog they open', async ({
  page,
  context,
}) => {
  await openOffline(page, context, server.url, '/dialoger/ny');
  for (const organisation of ['Åby kyrka', 'Vuxenskolan']) {
    await page.goto(`${server.url}/dialoger/ny`);
    await page.getByLabel('Organisation').fill(organisation);
    await page.getByText('Fler uppgifter', { exact: true }).click();
    await page.getByRole('button', { name: 'Lägg till uppföljning' }).click();
    const followUp = page.getByRole('group', { name: 'Uppföljning 1' });
    await followUp.getByLabel('Vad ska göras').fill('Skicka inbjudan');
    await followUp.getByLabel('Klart senast').fill('2024-01-15');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dialoger' })).toBeVisible();
  }
  await page.goto(`${server.url}/att-gora`);
  const activities = page.getByRole('region', { name: 'Aktiviteter utan status' });
  await expect(activities.getByRole('link').first()).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Uppföljningar från dialoger' }).getByRole('link'),
  ).toHaveCount(2);
  expect(await sharedNames(page.locator('main .page'))).toEqual([]);
  await expect(activities.getByRole('link').first()).toHaveAccessibleName(/^Bedöm i planen – \S/);
  await expect(page.getByRole('link', { name: /^Öppna dialogen .*, Vuxenskolan$/ })).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);
});

test('offline: each "Visa mer" in a history says which text it opens', async ({
  page,
  context,
}) => {
  await openOffline(page, context, server.url, '/kontakter');
  for (const [start, words] of [
    ['Första', 'lång anteckning om växeln'],
    ['Andra', 'annan anteckning om växeln'],
  ] as const) {
    await page.getByRole('button', { name: 'Redigera Växel' }).click();
    await page.getByLabel('Anteckning').fill(`${start} ${`${words} `.repeat(10)}`.trim());
    await page.getByRole('button', { name: 'Spara kontakten' }).click();
    await expect(page.getByRole('form', { name: 'Redigera Växel' })).toHaveCount(0);
  }
  await page.getByRole('link', { name: 'Historik Växel' }).click();
  const more = page.getByRole('button', { name: /^Visa mer/ });
  await expect(more).toHaveCount(3);
  expect(await sharedNames(page.locator('main .page'))).toEqual([]);
  const newest = page.getByRole('button', { name: 'Visa mer – Anteckning, till, ändring 1' });
  await newest.click();
  await expect(newest).toHaveCount(0);
  const less = page.getByRole('button', { name: 'Visa mindre – Anteckning, till, ändring 1' });
  await expect(less).toBeFocused();
  await expect(less).toHaveAttribute('aria-expanded', 'true');
  expect(await axeViolations(page)).toEqual([]);
});

test('offline at 320 px in school-visit mode: a call button with a long compound role wraps inside the screen', async ({
  page,
  context,
}) => {
  await openOffline(page, context, server.url, '/kontakter');
  await page.getByRole('button', { name: 'Redigera Växel' }).click();
  await page.getByLabel('Roll').fill('Kommunledningsförvaltningen');
  await page.getByRole('button', { name: 'Spara kontakten' }).click();
  await page.getByRole('switch', { name: 'Skolbesöksläge' }).check();
  await page.getByRole('link', { name: 'Rutin', exact: true }).click();
  const call = page.getByRole('link', { name: /^Ring Kommunledningsförvaltningen/ }).first();
  await expect(call).toHaveAttribute('href', 'tel:060163100');
  expect(await pastRightEdge(page)).toBeLessThanOrEqual(0);
});

test('offline: in school-visit mode the start page offers the routine and the contacts, not the dialog log', async ({
  page,
  context,
}) => {
  await openOffline(page, context, server.url, '/rutin');
  await page.getByRole('switch', { name: 'Skolbesöksläge' }).check();
  await page.getByRole('link', { name: 'Värna' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Värna' })).toBeFocused();
  const start = page.locator('main .page');
  await expect(start.getByRole('link', { name: 'Rutin vid oro' })).toBeVisible();
  await expect(start.getByRole('link', { name: 'Kontakter' })).toHaveAttribute(
    'href',
    '/kontakter',
  );
  await expect(start.getByRole('link', { name: 'Logga ny dialog' })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);

  // Out of school-visit mode, the dialog log is back.
  await start.getByRole('link', { name: 'Rutin vid oro' }).click();
  await page.getByRole('switch', { name: 'Skolbesöksläge' }).uncheck();
  await page.getByRole('link', { name: 'Värna' }).click();
  await expect(start.getByRole('link', { name: 'Logga ny dialog' })).toBeVisible();
});

test('offline: two contacts deleted in a row leave two "Ångra" that say which contact each brings back', async ({
  page,
  context,
}) => {
  await openOffline(page, context, server.url, '/kontakter');
  await page.getByRole('button', { name: 'Ta bort Växel' }).click();
  await page.getByRole('button', { name: 'Ta bort Elevhälsan' }).click();
  const toasts = page.getByRole('region', { name: 'Meddelanden' });
  const undo = toasts.getByRole('button', { name: 'Ångra', exact: true });
  const close = toasts.getByRole('button', { name: 'Stäng meddelandet', exact: true });
  await expect(undo).toHaveCount(2);
  // Each button is described by its own message (read after its name).
  await expect(undo.nth(0)).toHaveAccessibleDescription('Växel är borttagen.');
  await expect(undo.nth(1)).toHaveAccessibleDescription('Elevhälsan är borttagen.');
  await expect(close.nth(1)).toHaveAccessibleDescription('Elevhälsan är borttagen.');
  await undo.nth(0).press('Enter');
  await expect(page.getByRole('article', { name: 'Växel' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Elevhälsan' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Redigera Växel' })).toBeFocused();
});
