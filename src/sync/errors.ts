import type { ErrorResponse } from '../shared/sync/protocol';
import { sync } from '../lib/strings/sync';
import { isStorageFull } from '../lib/save-failed';

/**
 * What the app says of a device the endpoint no longer accepts (revoked, or its token unknown):
 * the app's one word for it, "bortkopplad", as Inställningar and Osynkade ändringar say it, then
 * the way forward. Its pending changes stay in the outbox.
 */
const REVOKED_KEPT = `${sync.revoked} Parkoppla enheten igen med en ny kod från kontoret.`;

/** The endpoint refused this device's token: sync stops and the outbox is kept. */
export class AuthError extends Error {
  constructor(
    /** The endpoint's own message (Swedish), if it sent one. */
    message: string | undefined,
    /** The device was revoked as lost: its local data must be wiped. */
    readonly wipe: boolean,
  ) {
    super(message ?? 'Enheten är bortkopplad från servern.');
    this.name = 'AuthError';
  }
}

/** A sync failure that a retry may fix; `message` is Swedish. */
export class SyncError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

/**
 * The endpoint answered a pull page that says there is more but does not move the checkpoint on:
 * asking again could get the same answer forever (a faulty server, or a proxy serving a cached
 * answer). The pull stops with what it has stored; the engine backs off and retries as after a
 * server error.
 */
export class PullStalledError extends SyncError {
  constructor(
    readonly asked: number,
    readonly answered: number,
  ) {
    super(
      'Servern svarade med ändringar som inte förde synkningen framåt (kanske ett gammalt svar ' +
        'från en cache mellan enheten och servern). Synkningen stoppades och försöker igen ' +
        'senare; inget har gått förlorat. Kontakta kontoret om felet kvarstår.',
    );
    this.name = 'PullStalledError';
  }
}

const COULD_NOT = {
  send: 'Servern kunde inte ta emot ändringarna just nu.',
  fetch: 'Servern kunde inte skicka ändringar just nu.',
} as const;
const NOTHING_LOST = {
  send:
    'Inget har gått förlorat: ändringarna finns kvar på enheten, och appen försöker igen ' +
    'automatiskt.',
  fetch:
    'Inget har gått förlorat: allt på enheten finns kvar, och appen försöker igen automatiskt.',
} as const;

/** The endpoint's own Swedish message for a client mistake (4xx), if it sent one. */
function ownMessage(status: number, body: unknown): string | null {
  const message = (body as Partial<ErrorResponse> | null)?.message;
  return status < 500 && typeof message === 'string' && message.trim() !== '' ? message : null;
}

/**
 * The failure of a sync request the endpoint answered with a status the sync does not expect.
 * A 4xx with the endpoint's own Swedish message (too large, rate limited, …) says that message. A
 * 5xx (the endpoint failing, or a proxy in front of it: 502, 503, 504), or any status with no
 * such message (a proxy's HTML page), says in plain words that nothing is lost and that the app
 * tries again on its own (true: the engine retries every SyncError with backoff), and keeps the
 * status at the end for support. `direction`: sending the outbox, or fetching changes.
 */
export function answerError(status: number, body: unknown, direction: 'send' | 'fetch'): SyncError {
  return new SyncError(
    ownMessage(status, body) ??
      `${COULD_NOT[direction]} ${NOTHING_LOST[direction]} (HTTP ${status})`,
    status,
  );
}

/**
 * The same for a request a person started and that is not retried (device list, pairing codes,
 * redactions): the endpoint's own message for a 4xx, else that the server could not do it now and
 * the person may try again, with the status for support.
 */
export function requestFailedMessage(status: number, body: unknown): string {
  return (
    ownMessage(status, body) ??
    `Servern kunde inte göra det just nu. Försök igen om en stund. (HTTP ${status})`
  );
}

/** Errors of the sync whose message is written for the user, in Swedish. */
const FOR_THE_USER = new Set([
  'AuthError',
  'SyncError',
  'PullStalledError',
  'NetworkError',
  'PullOrderError',
  'HistoryOrderError',
  'RedactionError',
]);

/**
 * What the status line says about a failed sync: the sync's own Swedish message, or for anything
 * else (the browser's storage refusing a write, a bug) a Swedish sentence naming the error's kind,
 * never the browser's English text. A refused token is said in the app's own words, with the
 * pending changes kept for export; one revoked as lost keeps the endpoint's message (its local
 * data is wiped, so nothing is kept).
 */
export function messageForUser(error: unknown): string {
  if (error instanceof AuthError && !error.wipe) return REVOKED_KEPT;
  if (isStorageFull(error)) return sync.storageFull;
  if (error instanceof Error && FOR_THE_USER.has(error.name)) return error.message;
  const kind = error instanceof Error && error.name ? error.name : 'okänt fel';
  return (
    `Synkningen avbröts av ett fel på enheten (${kind}). Inget har gått förlorat: ` +
    'osynkade ändringar ligger kvar och synkningen försöker igen.'
  );
}
