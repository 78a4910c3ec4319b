import { expect, test } from '@playwright/test';
import { axeViolations, firstVisit } from './support/app';
import { serverPerTest } from './support/server';

/** Every route of the app with a heading it must show, offline included. */
const ROUTES: Array<{ path: string; heading: RegExp }> = [
  { path: '/', heading: /^Värna$/ },
  { path: '/plan', heading: /^Plan$/ },
  { path: '/dialoger', heading: /^Dialoger$/ },
  { path: '/dialoger/ny', heading: /^Ny dialog$/ },
  { path: '/organisationer', heading: /^Organisationer$/ },
  { path: '/kontakter', heading: /^Kontakter$/ },
  { path: '/rutin', heading: /^Rutin vid oro$/ },
  { path: '/rapport', heading: /^Rapport/ },
  { path: '/installningar', heading: /^Inställningar$/ },
  { path: '/installningar/konflikter', heading: /^Konflikter$/ },
  { path: '/installningar/utkorg', heading: /^Osynkade ändringar$/ },
  { path: '/parkoppla', heading: /^Parkoppla enheten$/ },
  { path: '/tillganglighet', heading: /^Tillgänglighetsredogörelse$/ },
  { path: '/integritet', heading: /^Integritet och lagring$/ },
];

const server = serverPerTest();

test('after the first visit every route renders offline with the endpoint stopped', async ({
  page,
  context,
}) => {
  await firstVisit(page, server.url);
  await server.stop();
  await context.setOffline(true);
  for (const route of ROUTES) {
    await page.goto(`${server.url}${route.path}`);
    await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
    await expect(page.getByTestId('offline-indicator')).toBeVisible();
  }
  await page.goto(`${server.url}/plan`);
  for (const area of ['Styrgrupp', 'Kommunens kontaktperson', 'Lägesbild', 'Utbildning']) {
    await expect(page.getByRole('heading', { level: 2, name: area })).toBeVisible();
  }
  await expect(
    page.getByRole('heading', { level: 2, name: 'Dialog med trossamfund och föreningar' }),
  ).toBeVisible();
});

test('axe-core finds no WCAG 2.1 AA violations on any page', async ({ page }) => {
  test.setTimeout(180_000);
  await firstVisit(page, server.url);
  for (const route of ROUTES) {
    await page.goto(`${server.url}${route.path}`);
    await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
    expect({ path: route.path, violations: await axeViolations(page) }).toEqual({
      path: route.path,
      violations: [],
    });
  }
});

test('the navigation can be walked with the keyboard alone', async ({ page }) => {
  await firstVisit(page, server.url);
  const reached = new Set<string>();
  for (let i = 0; i < 40 && reached.size < 5; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (['Plan', 'Dialoger', 'Rutin', 'Kontakter', 'Mer'].includes(name)) reached.add(name);
  }
  expect([...reached].sort()).toEqual(['Dialoger', 'Kontakter', 'Mer', 'Plan', 'Rutin']);
  // Open "Mer" with the keyboard and follow Inställningar with Enter.
  await page.getByRole('button', { name: 'Mer' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Mer' })).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('link', { name: 'Inställningar' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Inställningar' })).toBeVisible();
  // Focus moved to the new page's heading, so the next Tab continues in the page.
  await expect(page.getByRole('heading', { level: 1, name: 'Inställningar' })).toBeFocused();
  await page.getByRole('link', { name: 'Plan' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Plan' })).toBeVisible();
});
