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
