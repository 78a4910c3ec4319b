import type { VarnaDB } from '../db';
import { META, getMeta } from '../db';
import type { DeviceRole } from '../shared/sync/protocol';

/** What this device keeps about its pairing with the office endpoint. */
export interface Pairing {
  serverUrl: string;
  token: string;
  deviceId: string;
  workspaceId: string;
  workspaceName: string;
  role: DeviceRole;
  pairedAt: string;
  /** Set when the endpoint refused the token: sync stops, the outbox is kept for export. */
  revoked?: boolean;
}

export function getPairing(db: VarnaDB): Promise<Pairing | undefined> {
  return getMeta<Pairing>(db, META.pairing);
}
