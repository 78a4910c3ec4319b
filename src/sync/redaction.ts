import type { VarnaDB } from '../db';
import { META, getMeta, loadDraft, saveDraft, setMeta } from '../db';
import { API_PREFIX } from '../shared/sync/protocol';
import type { RedactionRequest, RedactionResponse } from '../shared/sync/history-protocol';
import { redactValue } from '../shared/sync/redact-text';
import type { SyncOutcome } from './engine';
import { getPairing } from './pairing-state';
import { listRejected } from './rejections';
import { NetworkError, fetchTransport, type Transport } from './transport';
import { requestFailedMessage } from './errors';

export type RedactionFailure = 'unpaired' | 'offline' | 'locked' | 'pending' | 'refused';

/** A redaction that could not be made; `message` is Swedish and can be shown as it is. */
export class RedactionError extends Error {
  constructor(
    readonly reason: RedactionFailure,
    message: string,
  ) {
    super(message);
    this.name = 'RedactionError';
  }
}

const MESSAGES = {
  unpaired:
    'Enheten är inte parkopplad. Att ta bort en personuppgift görs på servern och kräver en parkopplad enhet.',
  offline:
    'Ingen kontakt med servern. Att ta bort en personuppgift kräver nät – försök igen när enheten är ansluten.',
  locked: 'Appen är låst. Lås upp med din lösenfras först.',
  pending: 'Alla ändringar på enheten kunde inte skickas först. Synka och försök igen.',
} as const;

export interface RedactionResult extends RedactionResponse {
  /** False when the sync after the redaction failed: the device gets the change at its next sync. */
  synced: boolean;
}

interface Syncer {
  syncNow(): Promise<SyncOutcome>;
}

function failureOf(outcome: SyncOutcome): RedactionError | null {
  if (outcome.ok) return null;
  if (outcome.reason === 'offline') return new RedactionError('offline', MESSAGES.offline);
  if (outcome.reason === 'locked') return new RedactionError('locked', MESSAGES.locked);
  if (outcome.reason === 'unpaired' || outcome.reason === 'revoked') {
    return new RedactionError('unpaired', outcome.message ?? MESSAGES.unpaired);
  }
  return new RedactionError('pending', outcome.message ?? MESSAGES.pending);
}

/**
 * Removes a personal detail from a record everywhere: online only. First this device's outbox is
 * pushed (so no pending change still carries the text to the server afterwards), then the endpoint
 * redacts the record, its history and its conflicts in one transaction, then this device syncs so
 * its own record and history hold the new values, and the text is removed from its drafts and its
 * list of refused changes. Throws RedactionError (Swedish message) when it cannot be done.
 */
export async function redactPersonalDetail(
  db: VarnaDB,
  engine: Syncer,
  request: Omit<RedactionRequest, 'actor'>,
  transport: Transport = fetchTransport,
): Promise<RedactionResult> {
  const pairing = await getPairing(db);
  if (!pairing || pairing.revoked) throw new RedactionError('unpaired', MESSAGES.unpaired);
  if (typeof navigator !== 'undefined' && navigator.onLine === false) {
    throw new RedactionError('offline', MESSAGES.offline);
  }
  for (let attempt = 0; ; attempt++) {
    const failure = failureOf(await engine.syncNow());
    if (failure) throw failure;
    if ((await db.outbox.count()) === 0) break;
    if (attempt >= 2) throw new RedactionError('pending', MESSAGES.pending);
  }
  const actor = ((await getMeta<string>(db, META.actorName)) ?? '').trim();
  let response;
  try {
    response = await transport({
      method: 'POST',
      url: `${pairing.serverUrl}${API_PREFIX}/redactions`,
      token: pairing.token,
      body: { ...request, text: request.text.trim(), ...(actor ? { actor } : {}) },
    });
  } catch (error) {
    if (error instanceof NetworkError) throw new RedactionError('offline', MESSAGES.offline);
    throw error;
  }
  if (response.status !== 200) {
    throw new RedactionError('refused', requestFailedMessage(response.status, response.body));
  }
  const synced = (await engine.syncNow()).ok;
  await scrubLocalCopies(db, request.text.trim());
  return { ...(response.body as RedactionResponse), synced };
}

/** Removes the text from this device's drafts and its list of refused changes (local only). */
async function scrubLocalCopies(db: VarnaDB, text: string): Promise<void> {
  for (const { id } of await db.drafts.toArray()) {
    const data = await loadDraft<unknown>(db, id);
    const redacted = redactValue(data, text);
    if (redacted.count > 0) await saveDraft(db, id, redacted.value);
  }
  const rejected = redactValue(await listRejected(db), text);
  if (rejected.count > 0) await setMeta(db, 'rejectedChanges', rejected.value);
}
