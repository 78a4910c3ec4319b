import type { VarnaDB } from '../db';
import { API_PREFIX, type DeviceRole, type ErrorResponse } from '../shared/sync/protocol';
import { getPairing } from './pairing-state';
import { AuthError, SyncError, messageForUser, requestFailedMessage } from './errors';
import { fetchTransport, type Transport } from './transport';

export interface DeviceInfo {
  id: string;
  name: string;
  role: DeviceRole;
  createdAt: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
  revokedLost: boolean;
  /** A device revoked as lost: when it reported wiping its data (null: not heard from yet). */
  wipedAt: string | null;
  /** Its changes that never arrived, as it reported before wiping. */
  lostChanges: number | null;
  /** The device asking: this one. */
  current: boolean;
}

export interface NewPairingCode {
  code: string;
  expiresAt: string;
  url: string;
}

async function call<T>(
  db: VarnaDB,
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  body?: unknown,
  transport: Transport = fetchTransport,
): Promise<T> {
  const pairing = await getPairing(db);
  if (!pairing) throw new SyncError('Enheten är inte parkopplad.');
  const response = await transport({
    method,
    url: `${pairing.serverUrl}${API_PREFIX}${path}`,
    token: pairing.token,
    body,
  });
  if (response.status === 401) {
    // Said as a refused sync is (the office device itself revoked): in the app's own words.
    const error = response.body as ErrorResponse | null;
    throw new SyncError(messageForUser(new AuthError(error?.message, error?.wipe === true)), 401);
  }
  if (response.status >= 400) {
    throw new SyncError(requestFailedMessage(response.status, response.body), response.status);
  }
  return response.body as T;
}

/** Office devices only: a new single-use pairing code for another device. Needs the network. */
export function createPairingCode(db: VarnaDB, role: DeviceRole): Promise<NewPairingCode> {
  return call(db, 'POST', '/pairing-codes', { role });
}

export function listDevices(db: VarnaDB): Promise<{ devices: DeviceInfo[] }> {
  return call(db, 'GET', '/devices');
}

/** Revokes a device; as lost, it wipes its local data at its next contact with the endpoint. */
export function revokeDevice(db: VarnaDB, deviceId: string, lost: boolean): Promise<unknown> {
  return call(db, 'POST', `/devices/${encodeURIComponent(deviceId)}/revoke`, { lost });
}
