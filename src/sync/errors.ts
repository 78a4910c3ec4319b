/** The endpoint refused this device's token: sync stops and the outbox is kept. */
export class AuthError extends Error {
  constructor(
    message: string | undefined,
    /** The device was revoked as lost: its local data must be wiped. */
    readonly wipe: boolean,
  ) {
    super(message ?? 'Enheten har kopplats bort från servern.');
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
 * never the browser's English text.
 */
export function messageForUser(error: unknown): string {
  if (error instanceof Error && FOR_THE_USER.has(error.name)) return error.message;
  const kind = error instanceof Error && error.name ? error.name : 'okänt fel';
  return (
    `Synkningen avbröts av ett fel på enheten (${kind}). Inget har gått förlorat: ` +
    'osynkade ändringar ligger kvar och synkningen försöker igen.'
  );
}
