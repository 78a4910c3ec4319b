import type { DeviceRole } from '../shared/sync/protocol';
import { PAIRING_CODE_TTL_MS, newPairingCode, pairingCodeHash } from './secrets';
import type { Store } from './store/types';

export interface IssuedPairingCode {
  code: string;
  expiresAt: number;
}

/** Makes a single-use code for a new device of a workspace, valid for 15 minutes. */
export async function issuePairingCode(
  store: Store,
  workspaceId: string,
  role: DeviceRole,
  now: number,
): Promise<IssuedPairingCode> {
  const code = newPairingCode();
  const expiresAt = now + PAIRING_CODE_TTL_MS;
  await store.savePairingCode({
    codeHash: pairingCodeHash(code),
    workspaceId,
    role,
    expiresAt,
    createdAt: now,
  });
  return { code, expiresAt };
}

/** The link a person opens on the new device; the code rides in the fragment, never sent to a server log. */
export const pairingUrl = (publicUrl: string, code: string): string =>
  `${publicUrl}/parkoppla#kod=${code}`;
