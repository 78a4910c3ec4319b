import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { DEFAULT_CONTACTS, DEFAULT_ROUTINE_STEPS } from '../../src/shared/seed';
import { telHref } from '../../src/lib/tel';
import { axeViolations, firstVisit } from './support/app';
import { serverPerTest } from './support/server';

/**
 * "Rutin vid oro" and the contacts, at a phone viewport, with the network off from a cold start:
 * the app is visited once, the endpoint is stopped, the browser goes offline and a new page opens
 * `/rutin` directly (as the home-screen shortcut does).
 */

const server = serverPerTest();

async function coldStartOffline(page: Page, context: BrowserContext, path = '/rutin') {
  await firstVisit(page, server.url);
  await server.stop();
  await context.setOffline(true);
  await page.close();
  const fresh = await context.newPage();
  await fresh.goto(`${server.url}${path}`);
  return fresh;
}

const routineHeading = (page: Page) =>
  page.getByRole('heading', { level: 1, name: 'Rutin vid oro', exact: true });

/** The tel: hrefs each default step should offer: one per number of each linked contact. */
const expectedStepHrefs = DEFAULT_ROUTINE_STEPS.map((step) =>
  step.contactIds.flatMap(
    (id) => DEFAULT_CONTACTS.find((c) => c.id === id)?.phones.map((p) => telHref(p.number)) ?? [],
  ),
);

test('offline cold start: /rutin shows every step with tel: links for its contacts', async ({
  page,
  context,
}) => {
  const rutin = await coldStartOffline(page, context);
  await expect(routineHeading(rutin)).toBeVisible();
  await expect(rutin.getByText('Rutin vid oro för våldsbejakande extremism')).toBeVisible();
  await expect(rutin.getByText('Vid akut fara', { exact: true })).toBeVisible();
  const steps = rutin.getByRole('article');
  await expect(steps).toHaveCount(DEFAULT_ROUTINE_STEPS.length);
  const all: string[] = [];
  for (const [i, expected] of expectedStepHrefs.entries()) {
    const step = steps.nth(i);
    await expect(step.getByRole('heading', { level: 3 })).toContainText(
      DEFAULT_ROUTINE_STEPS[i]!.title,
    );
    const hrefs = await step
      .locator('a[href^="tel:"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(expected);
    all.push(...(hrefs as string[]));
  }
  expect(all).toEqual(expect.arrayContaining(['tel:112', 'tel:11414', 'tel:060163100']));
  await expect(rutin.getByRole('link', { name: 'Ring Polisen – ej akut 114 14' })).toHaveAttribute(
    'href',
    'tel:11414',
  );
  await expect(rutin.getByRole('link', { name: /^Ring SOS Alarm.*112$/ })).toHaveAttribute(
    'href',
    'tel:112',
  );
  await expect(
    rutin.getByRole('heading', { name: 'Rättslig grund för orosanmälan' }),
  ).toBeVisible();
  await expect(rutin.getByText(/socialtjänstlagen/)).toBeVisible();
  await expect(rutin.getByTestId('offline-indicator')).toBeVisible();
});

test('offline: contact search finds Säkerhetspolisen with and without accents', async ({
  page,
  context,
}) => {
  const app = await coldStartOffline(page, context, '/kontakter');
  await expect(app.getByRole('heading', { level: 1, name: 'Kontakter' })).toBeVisible();
  await expect(app.getByRole('heading', { level: 2, name: 'Samverkan' })).toBeVisible();
  await expect(app.getByRole('link', { name: 'Ring Polisen – ej akut 114 14' })).toHaveAttribute(
    'href',
    'tel:11414',
  );
  const search = app.getByRole('searchbox', { name: 'Sök bland kontakter' });
  const sapo = app.getByRole('heading', { level: 4, name: 'Säkerhetspolisen' });
  for (const query of ['sakerhetspolisen', 'Säkerhetspolisen', 'SAKERHETSPOLISEN']) {
    await search.fill(query);
    await expect(sapo).toBeVisible();
    await expect(app.getByRole('heading', { name: 'Polisen – ej akut' })).toHaveCount(0);
    await expect(app.getByRole('heading', { name: 'Växel' })).toHaveCount(0);
  }
  await search.fill('finns inte alls');
  await expect(app.getByText('Inga kontakter matchar ”finns inte alls”.')).toBeVisible();
  await app.getByRole('button', { name: 'Rensa sökningen' }).click();
  await expect(app.getByRole('heading', { name: 'Växel' })).toBeVisible();
  // Never verified: flagged, and marking it verified today clears the flag.
  const sapoCard = app.getByRole('article', { name: 'Säkerhetspolisen' });
  await expect(sapoCard.getByText('Ej verifierad på 12 månader')).toBeVisible();
  await sapoCard.getByRole('button', { name: /Markera som verifierad idag/ }).click();
  await expect(sapoCard.getByText('Ej verifierad på 12 månader')).toHaveCount(0);
  await expect(sapoCard.getByText(/Senast verifierad \d+ \w+ \d{4}/)).toBeVisible();
});

test('offline: editing a step shows live, in another tab too, and survives a reload', async ({
  page,
  context,
}) => {
  const rutin = await coldStartOffline(page, context);
  const other = await context.newPage();
  await other.goto(`${server.url}/rutin`);
  await expect(routineHeading(other)).toBeVisible();

  await rutin.getByRole('button', { name: 'Redigera rutinen' }).click();
  await rutin.getByRole('button', { name: 'Redigera Steg 2' }).click();
  const title = rutin.getByRole('textbox', { name: 'Rubrik' });
  await title.fill('');
  await rutin
    .getByRole('textbox', { name: 'När' })
    .fill('När oro uppstår i skolan eller på fritids');
  await rutin.getByRole('button', { name: 'Spara steget' }).click();
  await expect(rutin.getByText('Skriv en rubrik för steget.')).toBeVisible();
  await expect(title).toBeFocused();
  await expect(rutin.getByRole('textbox', { name: 'När' })).toHaveValue(
    'När oro uppstår i skolan eller på fritids',
  );
  await title.fill('I skolan: informera rektor, elevhälsan och fritids');
  await rutin.getByRole('button', { name: 'Spara steget' }).click();

  const edited = (p: Page) =>
    p.getByRole('heading', {
      level: 3,
      name: /I skolan: informera rektor, elevhälsan och fritids/,
    });
  await expect(edited(rutin)).toBeVisible();
  await expect(edited(other)).toBeVisible();
  await expect(other.getByText('När oro uppstår i skolan eller på fritids')).toBeVisible();
  await expect(rutin.getByRole('status').filter({ hasText: '1 osynkad ändring' })).toBeVisible();

  // Move it first: the order changes everywhere too.
  await rutin.getByRole('button', { name: 'Flytta upp Steg 2' }).click();
  await expect(other.getByRole('article').first()).toContainText('elevhälsan och fritids');

  await rutin.reload();
  await expect(edited(rutin)).toBeVisible();
  await expect(rutin.getByRole('article').first()).toContainText('elevhälsan och fritids');
});

test('offline: delete a step and undo; edit the legal reference and mark reviewed', async ({
  page,
  context,
}) => {
  const rutin = await coldStartOffline(page, context);
  await rutin.getByRole('button', { name: 'Redigera rutinen' }).click();
  await rutin.getByRole('button', { name: 'Ta bort Steg 6' }).click();
  await expect(rutin.getByRole('article')).toHaveCount(DEFAULT_ROUTINE_STEPS.length - 1);
  await rutin.getByRole('button', { name: 'Ångra' }).click();
  await expect(rutin.getByRole('article')).toHaveCount(DEFAULT_ROUTINE_STEPS.length);

  await rutin.getByRole('button', { name: 'Redigera namn, version och rättslig grund' }).click();
  await rutin.getByRole('textbox', { name: 'Version' }).fill('2');
  await rutin
    .getByRole('textbox', { name: 'Rättslig grund för orosanmälan' })
    .fill('Orosanmälan enligt 19 kap. 1 § socialtjänstlagen (2025:400).');
  await rutin.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(rutin.getByText('Version 2')).toBeVisible();
  await expect(
    rutin.getByText('Orosanmälan enligt 19 kap. 1 § socialtjänstlagen (2025:400).'),
  ).toBeVisible();

  await expect(rutin.getByText('Inte granskad ännu')).toBeVisible();
  await rutin.getByRole('button', { name: 'Markera som granskad' }).click();
  await expect(rutin.getByText(/^Senast granskad \d+ \w+ \d{4}$/)).toBeVisible();
});

test('school-visit mode shows only the routine and the contacts, with no axe violations', async ({
  page,
  context,
}) => {
  // Several full axe-core runs over long pages: slow on a loaded machine, so more time.
  test.setTimeout(120_000);
  const rutin = await coldStartOffline(page, context);
  const nav = rutin.getByRole('navigation', { name: 'Huvudmeny' });
  await expect(nav.getByRole('link', { name: 'Plan' })).toBeVisible();
  await rutin.getByRole('switch', { name: 'Skolbesöksläge' }).check();
  await expect(rutin.locator('html')).toHaveClass(/school-mode/);
  await expect(nav.getByRole('link')).toHaveText(['Rutin', 'Kontakter']);
  await expect(rutin.getByRole('link', { name: 'Plan' })).toHaveCount(0);
  await expect(rutin.getByRole('link', { name: 'Dialoger' })).toHaveCount(0);
  await expect(rutin.getByRole('button', { name: 'Redigera rutinen' })).toHaveCount(0);
  await expect(rutin.getByRole('link', { name: 'Ring Polisen – ej akut 114 14' })).toBeVisible();
  expect(await axeViolations(rutin)).toEqual([]);

  await nav.getByRole('link', { name: 'Kontakter' }).click();
  await expect(rutin.getByRole('heading', { level: 1, name: 'Kontakter' })).toBeVisible();
  await expect(rutin.getByRole('button', { name: 'Ny kontakt' })).toHaveCount(0);
  await expect(rutin.getByRole('switch', { name: 'Skolbesöksläge' })).toBeChecked();
  expect(await axeViolations(rutin)).toEqual([]);

  // It is a device setting: still on after a reload, and switched off from the contacts page.
  await rutin.reload();
  await expect(rutin.getByRole('link', { name: 'Dialoger' })).toHaveCount(0);
  await rutin.getByRole('switch', { name: 'Skolbesöksläge' }).uncheck();
  await expect(nav.getByRole('link', { name: 'Dialoger' })).toBeVisible();

  // The log stays off the screen even when its address is typed (or reached by going back).
  await rutin.getByRole('switch', { name: 'Skolbesöksläge' }).check();
  const blocked = rutin.getByRole('heading', {
    level: 1,
    name: 'Sidan visas inte i skolbesöksläge',
  });
  const origin = new URL(rutin.url()).origin;
  await rutin.goto(`${origin}/dialoger`);
  await expect(blocked).toBeVisible();
  for (const path of ['/dialoger/ny', '/plan', '/rapport', '/installningar']) {
    await rutin.evaluate((to) => {
      history.pushState(null, '', to);
      dispatchEvent(new PopStateEvent('popstate'));
    }, path);
    await expect(blocked).toBeVisible();
    await expect(rutin.getByRole('heading', { level: 1, name: 'Dialoger' })).toHaveCount(0);
  }
  await expect(rutin.getByRole('link', { name: 'Till rutinen' })).toBeVisible();
  expect(await axeViolations(rutin)).toEqual([]);
  // Turned off there, the page asked for opens, its heading focused. (A click, not uncheck():
  // the switch goes with the notice, so there is nothing left to read back as unchecked.)
  await rutin.getByRole('switch', { name: 'Skolbesöksläge' }).click();
  const settings = rutin.getByRole('heading', { level: 1, name: 'Inställningar' });
  await expect(settings).toBeVisible();
  await expect(settings).toBeFocused();
});

test('axe-core finds no violations on /rutin and /kontakter, forms open included', async ({
  page,
  context,
}) => {
  // Several full axe-core runs over long pages: slow on a loaded machine, so more time.
  test.setTimeout(120_000);
  const app = await coldStartOffline(page, context);
  await expect(routineHeading(app)).toBeVisible();
  await expect(app.getByRole('article')).toHaveCount(DEFAULT_ROUTINE_STEPS.length);
  expect(await axeViolations(app)).toEqual([]);
  await app.getByRole('button', { name: 'Redigera rutinen' }).click();
  await app.getByRole('button', { name: 'Redigera Steg 1' }).click();
  await app.getByRole('button', { name: 'Redigera namn, version och rättslig grund' }).click();
  expect(await axeViolations(app)).toEqual([]);

  await app.goto(`${server.url}/kontakter`);
  await expect(app.getByRole('heading', { level: 1, name: 'Kontakter' })).toBeVisible();
  await expect(app.getByRole('heading', { name: 'Växel' })).toBeVisible();
  expect(await axeViolations(app)).toEqual([]);
  await app.getByRole('button', { name: 'Ny kontakt' }).click();
  await app
    .getByRole('article', { name: 'Växel' })
    .getByRole('button', { name: /^Redigera/ })
    .click();
  expect(await axeViolations(app)).toEqual([]);
});

test('offline: add a contact with Swedish validation, then delete it and undo', async ({
  page,
  context,
}) => {
  const app = await coldStartOffline(page, context, '/kontakter');
  await app.getByRole('button', { name: 'Ny kontakt' }).click();
  const form = app.getByRole('form', { name: 'Ny kontakt' });
  await form.getByRole('textbox', { name: 'Organisation' }).fill('Föreningen Gemenskap');
  await form.getByRole('combobox', { name: 'Kategori' }).selectOption('trossamfund');
  await form.getByRole('textbox', { name: 'Nummer' }).fill('070-abc');
  await form.getByRole('button', { name: 'Spara kontakten' }).click();
  await expect(form.getByText('Skriv vilken roll kontakten har.')).toBeVisible();
  await expect(form.getByText(/siffror, mellanslag och bindestreck/)).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'Organisation' })).toHaveValue(
    'Föreningen Gemenskap',
  );
  await form.getByRole('textbox', { name: /^Roll/ }).fill('Ordförande');
  await form.getByRole('textbox', { name: 'Nummer' }).fill('070-123 45 67');
  await form.getByRole('button', { name: 'Spara kontakten' }).click();

  await expect(
    app.getByRole('heading', { level: 2, name: 'Trossamfund och föreningar' }),
  ).toBeVisible();
  const card = app.getByRole('article', { name: 'Ordförande' });
  await expect(card.getByRole('link', { name: 'Ring Ordförande 070-123 45 67' })).toHaveAttribute(
    'href',
    'tel:0701234567',
  );
  await expect(card.getByRole('link', { name: /^Sms/ })).toHaveAttribute('href', 'sms:0701234567');
  const download = app.waitForEvent('download');
  await card.getByRole('button', { name: /Spara kontaktkort/ }).click();
  expect((await download).suggestedFilename()).toBe('ordforande.vcf');

  await card.getByRole('button', { name: /^Ta bort/ }).click();
  await expect(app.getByRole('article', { name: 'Ordförande' })).toHaveCount(0);
  await app.getByRole('button', { name: 'Ångra' }).click();
  await expect(app.getByRole('article', { name: 'Ordförande' })).toBeVisible();
});
