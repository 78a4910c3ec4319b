import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { firstVisit } from './support/app';
import { adminPairingCode, pair, syncStatus } from './support/pairing';
import { freePort, readStores, secondBuild } from './support/browser-faults';
import { removeDir, startServer, type RunningServer } from './support/server';

/**
 * Browser faults (issue 8): a reload in the middle of a save, an offline tab closed with pending
 * changes, two tabs editing at once, and a service-worker update arriving while a form is
 * half-filled. Nothing may be half-written, lost or overwritten.
 */
let server: RunningServer;

test.beforeEach(async () => {
  server = await startServer();
});
test.afterEach(async () => {
  await server.stop();
  removeDir(server.dataDir);
});

async function logDialog(page: Page, organisation: string, summary: string): Promise<void> {
  await page.goto(`${server.url}/dialoger/ny`);
  await page.getByLabel('Organisation').fill(organisation);
  await page.getByLabel('Sammanfattning').fill(summary);
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: organisation })).toBeVisible();
}

/** Rows of the endpoint's SQLite file (read-only, while it runs). */
function serverRows(table: string): Array<Record<string, unknown>> {
  const db = new Database(path.join(server.dataDir, 'varna.sqlite'), { readonly: true });
  try {
    return (
      db.prepare('SELECT data FROM records WHERE tbl = ?').all(table) as Array<{ data: string }>
    ).map((r) => JSON.parse(r.data) as Record<string, unknown>);
  } finally {
    db.close();
  }
}

test('a reload in the middle of a save leaves the save whole or not done at all', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // The form holds input, so leaving asks first; the person confirms the reload.
  page.on('dialog', (dialog) => void dialog.accept());
  await firstVisit(page, server.url);
  let saved = 0;
  let notSaved = 0;
  for (const delay of [0, 1, 2, 4, 6, 8, 12, 16, 24, 32, 48, 64, 100, 150]) {
    const before = await readStores(page, ['logEntries', 'organisations', 'outbox']);
    const summary = `Avbrutet sparande ${delay}`;
    await page.goto(`${server.url}/dialoger/ny`);
    await page.getByLabel('Organisation').fill(`Förening ${delay} ms`);
    await page.getByLabel('Sammanfattning').fill(summary);
    await page.getByRole('button', { name: 'Spara' }).waitFor();
    // Press Spara and reload `delay` ms later, inside the page so nothing waits in between.
    await page.evaluate((ms) => {
      const button = [...document.querySelectorAll('button')].find(
        (b) => b.textContent === 'Spara',
      );
      button!.click();
      setTimeout(() => location.reload(), ms);
    }, delay);
    await page.waitForEvent('load');
    await expect(syncStatus(page)).toBeVisible();

    const after = await readStores(page, ['logEntries', 'organisations', 'outbox', 'drafts']);
    const grew = (table: string) => after[table]!.length - before[table]!.length;
    // Whole (the entry, its new organisation and both outbox entries) or nothing.
    const state = [grew('logEntries'), grew('organisations'), grew('outbox')];
    expect(
      [
        [1, 1, 2],
        [0, 0, 0],
      ],
      `after a reload ${delay} ms into the save`,
    ).toContainEqual(state);
    // Every pending change belongs to a stored record, and every record of this (unpaired)
    // device has its pending change.
    const pending = new Set(after.outbox!.map((e) => e.recordId));
    for (const table of ['logEntries', 'organisations']) {
      for (const row of after[table]!) expect(pending.has(row.id)).toBe(true);
    }
    for (const entry of after.outbox!) {
      const table = after[entry.table as string];
      expect(table?.some((row) => row.id === entry.recordId)).toBe(true);
    }
    if (state[0] === 1) {
      saved += 1;
      // The saved form's draft is gone: it cannot come back and be saved a second time.
      expect(after.drafts!.some((d) => JSON.stringify(d.data).includes(summary))).toBe(false);
    } else {
      notSaved += 1;
      // Not saved: nothing typed is lost, the form comes back with it.
      await page.goto(`${server.url}/dialoger/ny`);
      await expect(page.getByLabel('Sammanfattning')).toHaveValue(summary);
      await page.getByRole('button', { name: 'Spara' }).click();
      await expect(
        page.getByRole('listitem').filter({ hasText: `Förening ${delay} ms` }),
      ).toBeVisible();
    }
  }
  console.log(`reload during save: ${saved} saves completed before the reload, ${notSaved} not`);
});

test('an offline tab closed with pending changes shows them on reopening and syncs them', async ({
  context,
  page,
}) => {
  test.setTimeout(120_000);
  await firstVisit(page, server.url);
  await context.setOffline(true);
  await logDialog(page, 'Moskén i Timrå', 'Samtal om ramadan och trygghet.');
  await expect(syncStatus(page)).toHaveText('2 osynkade ändringar');
  await page.close();

  const reopened = await context.newPage();
  await reopened.goto(server.url);
  await expect(syncStatus(reopened)).toHaveText('2 osynkade ändringar');

  await context.setOffline(false);
  await pair(reopened, server.url, adminPairingCode(server.dataDir, 'field'));
  await reopened.getByRole('button', { name: 'Synka nu' }).click();
  await expect(syncStatus(reopened)).toHaveText('Allt är synkat');
  expect(serverRows('logEntries')).toEqual([
    expect.objectContaining({ summary: 'Samtal om ramadan och trygghet.' }),
  ]);
  expect(serverRows('organisations')).toEqual([
    expect.objectContaining({ name: 'Moskén i Timrå' }),
  ]);
});

test('two tabs editing: both see every change live, one syncs at a time', async ({ context }) => {
  test.setTimeout(120_000);
  const a = await context.newPage();
  await firstVisit(a, server.url);
  await pair(a, server.url, adminPairingCode(server.dataDir, 'office'));
  const b = await context.newPage();
  await b.goto(`${server.url}/dialoger`);

  // Offline, so the changes wait in the (shared) outbox.
  await context.setOffline(true);
  await logDialog(a, 'Svenska kyrkan i Timrå', 'Från flik A.');
  await expect(b.getByRole('listitem').filter({ hasText: 'Svenska kyrkan i Timrå' })).toBeVisible();
  await logDialog(b, 'Timrå IK', 'Från flik B.');
  await expect(a.getByRole('listitem').filter({ hasText: 'Timrå IK' })).toBeVisible();
  await expect(syncStatus(a)).toHaveText('4 osynkade ändringar');
  await expect(syncStatus(b)).toHaveText('4 osynkade ändringar');

  // Back online, both tabs sync at once (on `online`, and both press "Synka nu"): the Web Lock
  // lets one of them push the outbox; the other finds the lock taken, or nothing left to push.
  const pushes: string[] = [];
  context.on('response', (response) => {
    if (response.url().endsWith('/api/v1/push')) pushes.push(response.url());
  });
  await context.setOffline(false);
  await Promise.all([
    a.getByRole('button', { name: 'Synka nu' }).click(),
    b.getByRole('button', { name: 'Synka nu' }).click(),
  ]);
  await expect(syncStatus(a)).toHaveText('Allt är synkat');
  await expect(syncStatus(b)).toHaveText('Allt är synkat');
  expect(pushes).toHaveLength(1);
  expect(
    serverRows('logEntries')
      .map((e) => e.summary)
      .sort(),
  ).toEqual(['Från flik A.', 'Från flik B.']);
});

test('a service-worker update while offline with a half-filled form never reloads it away', async ({
  context,
  page,
}) => {
  test.setTimeout(180_000);
  const first = process.env.STATIC_DIR ?? 'dist';
  const second = path.join(mkdtempSync(path.join(tmpdir(), 'varna-dist2-')), 'dist');
  secondBuild(first, second);
  const port = String(await freePort());
  await server.stop();
  server = await startServer({ dataDir: server.dataDir, env: { PORT: port, STATIC_DIR: first } });
  await firstVisit(page, server.url);

  await context.setOffline(true);
  await page.goto(`${server.url}/dialoger/ny`);
  await page.getByLabel('Organisation').fill('Studieförbundet');
  await page.getByLabel('Sammanfattning').fill('Halvfärdig anteckning från mötet');

  // The endpoint is updated to the second build (same address); the phone comes back online.
  await server.stop();
  server = await startServer({ dataDir: server.dataDir, env: { PORT: port, STATIC_DIR: second } });
  await context.setOffline(false);
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())!.update();
  });
  await expect(page.getByText('Ny version finns')).toBeVisible();

  await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
  await page.getByRole('button', { name: 'Uppdatera' }).click();
  await expect(page.getByText(/Spara eller avbryt det du håller på med först/)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(
    true,
  );
  await expect(page.getByLabel('Sammanfattning')).toHaveValue('Halvfärdig anteckning från mötet');
  await expect(page.getByLabel('Organisation')).toHaveValue('Studieförbundet');

  // Saved, nothing is unsaved any more: now the update goes ahead and the new build runs.
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Studieförbundet' })).toBeVisible();
  await page.getByRole('button', { name: 'Uppdatera' }).click();
  await expect(page.locator('meta[name="varna-build"]')).toHaveAttribute('content', '2');
  await expect(page.getByRole('listitem').filter({ hasText: 'Studieförbundet' })).toBeVisible();
  removeDir(path.dirname(second));
});
