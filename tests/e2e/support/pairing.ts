import { spawnSync } from 'node:child_process';
import { expect, type Page } from '@playwright/test';

/** `npm run admin -- pairing-code` against the running server's database. */
export function adminPairingCode(dataDir: string, role: 'office' | 'field'): string {
  const result = spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'src/server/admin/cli.ts', 'pairing-code', '--role', role],
    { env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8' },
  );
  const code = /^Parkopplingskod: (\S+)$/m.exec(result.stdout)?.[1];
  if (!code) throw new Error(`no code: ${result.stdout}${result.stderr}`);
  return code;
}

/** Pairs the page's device in Inställningar with `code`, against the endpoint at `baseUrl`. */
export async function pair(page: Page, baseUrl: string, code: string): Promise<void> {
  await page.goto(`${baseUrl}/installningar`);
  await expect(page.getByLabel('Serveradress')).toHaveValue(baseUrl);
  await page.getByLabel('Parkopplingskod').fill(code);
  await page.getByRole('button', { name: 'Parkoppla' }).click();
  await expect(page.getByText(/^Parkopplad med /).first()).toBeVisible();
}

/** The sync status live region: "Allt är synkat" or the number of pending changes. */
export const syncStatus = (page: Page) =>
  page.getByRole('status').filter({ hasText: /synkat|osynkad/ });
