import { expect, type CDPSession, type Page } from '@playwright/test';

/** On an open Inställningar page: sets `passphrase` and waits until the app is unlocked with it. */
export async function setPassphrase(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel('Ny lösenfras').fill(passphrase);
  await page.getByLabel('Upprepa lösenfrasen').fill(passphrase);
  await page.getByRole('button', { name: 'Sätt lösenfras' }).click();
  await expect(page.getByRole('button', { name: 'Lås nu' })).toBeVisible();
}

/**
 * A virtual platform authenticator (fingerprint or face) for the page, through the DevTools
 * protocol; `hasPrf` decides whether it can derive a key (WebAuthn PRF).
 */
export async function addAuthenticator(
  page: Page,
  hasPrf: boolean,
): Promise<{ cdp: CDPSession; authenticatorId: string }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      ctap2Version: 'ctap2_1',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      hasPrf,
    },
  });
  return { cdp, authenticatorId };
}
