import { expect, test } from '@playwright/test';
import { firstVisit } from '/work/main/tests/e2e/support/app';
import { removeDir, startServer } from '/work/main/tests/e2e/support/server';

test('look', async ({ page }) => {
  const server = await startServer();
  try {
    await firstVisit(page, server.url);
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${server.url}/rapport`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.getByText('Visa som tabell').click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    console.log('scrollWidth', overflow);
    await page.screenshot({ path: '/tmp/pwtmp/report-320.png' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.locator('#report-months-heading').scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/pwtmp/report-dark.png' });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${server.url}/installningar/sakerhetskopia`);
    await page.getByRole('button', { name: 'Spara utan kryptering …' }).click();
    console.log('scrollWidth backup', await page.evaluate(() => document.documentElement.scrollWidth));
    await page.screenshot({ path: '/tmp/pwtmp/backup-320.png', fullPage: true });
  } finally {
    await server.stop();
    removeDir(server.dataDir);
  }
});
