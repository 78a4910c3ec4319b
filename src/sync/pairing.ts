import type { VarnaDB } from '../db';
import { META, setMeta } from '../db';
import { API_PREFIX, normalisePairingCode } from '../shared/sync/protocol';
import type { ErrorResponse, PairResponse } from '../shared/sync/protocol';
import type { Pairing } from './pairing-state';
import { NetworkError, type Transport } from './transport';

/** Pairing failed; `message` is Swedish and can be shown as it is. */
export class PairingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PairingError';
  }
}

export function normaliseServerUrl(input: string): string {
  const trimmed = input.trim().replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new PairingError(
      'Serveradressen är inte en giltig adress (till exempel https://varna.kommun.se).',
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new PairingError('Serveradressen måste börja med https://.');
  }
  return url.origin;
}

/**
 * Pairs this device with the endpoint using a one-time code. On success, in one transaction: the
 * token and the device id the server gave are stored, the checkpoint restarts at 0, and pending
 * changes made before pairing are renumbered 1, 2, 3 … under the new device id, so they are pushed
 * at the first sync and (device id, seq) is never reused. Default data is never pushed (it has no
 * outbox entries). Nothing local is lost if pairing fails.
 */
export async function pairDevice(
  db: VarnaDB,
  transport: Transport,
  serverUrlInput: string,
  codeInput: string,
  deviceName?: string,
): Promise<Pairing> {
  const serverUrl = normaliseServerUrl(serverUrlInput);
  const code = normalisePairingCode(codeInput);
  if (code.length < 6) throw new PairingError('Skriv in hela parkopplingskoden (8 tecken).');
  let response;
  try {
    response = await transport({
      method: 'POST',
      url: `${serverUrl}${API_PREFIX}/pair`,
      body: { code, ...(deviceName ? { deviceName } : {}) },
    });
  } catch (error) {
    if (error instanceof NetworkError) {
      throw new PairingError(
        'Ingen kontakt med servern. Kontrollera adressen och nätet och försök igen.',
      );
    }
    throw error;
  }
  if (response.status !== 200) {
    const message = (response.body as ErrorResponse | null)?.message;
    throw new PairingError(message ?? `Parkopplingen misslyckades (${response.status}).`);
  }
  const answer = response.body as PairResponse;
  const pairing: Pairing = {
    serverUrl,
    token: answer.token,
    deviceId: answer.deviceId,
    workspaceId: answer.workspaceId,
    workspaceName: answer.workspaceName,
    role: answer.role,
    pairedAt: new Date().toISOString(),
  };
  await db.transaction('rw', db.outbox, db.meta, async () => {
    const pending = await db.outbox.orderBy('seq').toArray();
    await db.outbox.clear();
    let seq = 1;
    for (const entry of pending) await db.outbox.add({ ...entry, seq: seq++ });
    await setMeta(db, META.nextSeq, seq);
    await setMeta(db, META.deviceId, answer.deviceId);
    await setMeta(db, META.checkpoint, 0);
    await setMeta(db, META.pairing, pairing);
    if (deviceName) await setMeta(db, META.deviceName, deviceName);
  });
  return pairing;
}
