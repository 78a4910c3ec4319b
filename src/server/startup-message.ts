import { issuePairingCode } from './pairing';
import type { Store } from './store/types';

/**
 * The lines printed on start, after `Värna körs på <URL>`: while the workspace has no active
 * device, a fresh office pairing code for the first device; otherwise how to get one.
 */
export async function pairingHint(store: Store, now: number): Promise<string> {
  const workspace = await store.defaultWorkspace();
  if ((await store.countActiveDevices(workspace.id)) > 0) {
    return 'Kör "npm run admin -- pairing-code" för att få en kod till en ny enhet.';
  }
  const { code } = await issuePairingCode(store, workspace.id, 'office', now);
  return `Parkopplingskod: ${code}`;
}
