import type { OutboxEntry, VarnaDB } from '../db';
import { unsealFields } from '../db';
import { jsonEqual } from '../shared/sync/json-equal';
import { API_PREFIX, MAX_PUSH_BATCH } from '../shared/sync/protocol';
import type { ErrorResponse, PushResponse } from '../shared/sync/protocol';
import type { Pairing } from './pairing-state';
import { recordRejected } from './rejections';
import type { Transport } from './transport';
import { AuthError, SyncError } from './errors';

/**
 * Undoes a rejected change locally: each field it set goes back to its previous value unless a
 * later local change has since replaced it; a rejected creation is tombstoned locally (the server
 * never had the record). Runs inside the caller's transaction; makes no outbox entry.
 */
async function undoLocally(db: VarnaDB, entry: OutboxEntry): Promise<void> {
  const store = db.syncedTable(entry.table);
  const current = (await store.get(entry.recordId)) as Record<string, unknown> | undefined;
  if (!current) return;
  if (entry.before === null) {
    await store.put({ ...current, deleted: true } as never);
    return;
  }
  const restored: Record<string, unknown> = { ...current };
  for (const [field, value] of Object.entries(entry.fields)) {
    if (jsonEqual(current[field], value)) restored[field] = entry.before[field];
  }
  await store.put(restored as never);
}

/** Stays well under the endpoint's 1 MiB body limit: at least one entry, then up to this size. */
const MAX_BATCH_BYTES = 512 * 1024;

function takeWithinBytes(entries: OutboxEntry[]): OutboxEntry[] {
  let bytes = 0;
  const out: OutboxEntry[] = [];
  for (const entry of entries) {
    bytes += JSON.stringify(entry.fields).length + 200;
    if (out.length > 0 && bytes > MAX_BATCH_BYTES) break;
    out.push(entry);
  }
  return out;
}

/** Outbox entries read at once: ten batches, so a push of up to 1,000 reads the outbox once. */
const READ_AHEAD = MAX_PUSH_BATCH * 10;

/**
 * The outbox in order, read ahead in one query and cut into batches. Safe to hold: entries are
 * only ever added (with higher numbers) or deleted once the server has answered for them.
 */
function outboxReader(db: VarnaDB) {
  let queue: OutboxEntry[] = [];
  let lastSeq = 0;
  return {
    async next(): Promise<OutboxEntry[]> {
      if (queue.length === 0) {
        queue = await db.outbox.where('seq').above(lastSeq).limit(READ_AHEAD).toArray();
      }
      const batch = takeWithinBytes(queue.slice(0, MAX_PUSH_BATCH));
      queue = queue.slice(batch.length);
      if (batch.length > 0) lastSeq = batch[batch.length - 1]!.seq;
      return batch;
    },
    /** Starts again from the oldest entry still in the outbox. */
    restart(): void {
      queue = [];
      lastSeq = 0;
    },
  };
}

interface ReadyBatch {
  batch: OutboxEntry[];
  mutations: unknown[];
}

async function ready(db: VarnaDB, batch: OutboxEntry[]): Promise<ReadyBatch> {
  const mutations = await Promise.all(
    batch.map(async (e) => ({
      seq: e.seq,
      table: e.table,
      id: e.recordId,
      fields: await unsealFields(db, e.fields),
      baseVersion: e.baseVersion,
      v: e.v,
    })),
  );
  return { batch, mutations };
}

/**
 * Takes a batch's answers into the outbox in one transaction: every answered entry leaves it; a
 * rejected one is first undone locally and kept in the rejection list with its reason.
 */
async function settle(
  db: VarnaDB,
  batch: OutboxEntry[],
  results: PushResponse['results'],
): Promise<number> {
  const bySeq = new Map(batch.map((e) => [e.seq, e]));
  const answered = results.filter((r) => bySeq.has(r.seq));
  await db.transaction(
    'rw',
    [db.outbox, db.meta, ...new Set(batch.map((e) => db.syncedTable(e.table)))],
    async () => {
      for (const result of answered) {
        if (result.status !== 'rejected') continue;
        const entry = bySeq.get(result.seq)!;
        await undoLocally(db, entry);
        await recordRejected(db, entry, result.reason);
      }
      await db.outbox.bulkDelete(answered.map((r) => r.seq));
    },
  );
  return answered.length;
}

/**
 * Pushes the outbox in order, in batches of at most 100, until it is empty. Idempotent: every
 * mutation carries (device id, seq) and the server skips what it has applied, so a retry after a
 * lost answer never duplicates. An entry leaves the outbox only after the server has answered for
 * it; a rejected one is undone locally and kept in the rejection list with its reason.
 * Batches go one at a time (the server refuses a gap), but the outbox is read once for up to ten
 * batches, the next batch is made ready while one travels, and a batch's answers are stored while
 * the next batch is on its way. Returns the number of entries the server acknowledged.
 */
export async function pushOutbox(
  db: VarnaDB,
  transport: Transport,
  pairing: Pairing,
  actor?: string,
): Promise<number> {
  let acknowledged = 0;
  let settling: Promise<number> = Promise.resolve(0);
  const reader = outboxReader(db);
  const upcoming = async () => ready(db, await reader.next());
  let current = await upcoming();
  try {
    for (;;) {
      const { batch, mutations } = current;
      if (batch.length === 0) return acknowledged + (await settling);
      const sent = transport({
        method: 'POST',
        url: `${pairing.serverUrl}${API_PREFIX}/push`,
        token: pairing.token,
        body: { mutations, ...(actor ? { actor } : {}) },
      });
      // The next batch is read and made ready while this one travels.
      const following = upcoming();
      following.catch(() => undefined);
      const response = await sent;
      // The previous batch's answers are stored before anything else happens.
      acknowledged += await settling;
      settling = Promise.resolve(0);
      const error = response.body as ErrorResponse | null;
      if (response.status === 401) throw new AuthError(error?.message, error?.wipe === true);
      if (
        response.status === 409 &&
        error?.error === 'gap' &&
        typeof error.lastApplied === 'number'
      ) {
        // The server applied more than we know (an answer was lost): drop what it has, go on.
        const lastApplied = error.lastApplied;
        if (batch[0]!.seq > lastApplied + 1) {
          throw new SyncError(
            'Servern saknar tidigare ändringar från enheten. Exportera osynkade ändringar och kontakta kontoret.',
          );
        }
        await following.catch(() => undefined);
        await db.outbox.where('seq').belowOrEqual(lastApplied).delete();
        reader.restart();
        current = await upcoming();
        continue;
      }
      if (response.status !== 200) {
        throw new SyncError(
          error?.message ?? `Servern svarade ${response.status}.`,
          response.status,
        );
      }
      const { results } = response.body as PushResponse;
      if (results.length === 0) {
        throw new SyncError('Servern tog inte emot några ändringar.');
      }
      // This batch's answers are stored while the next batch travels.
      settling = settle(db, batch, results);
      settling.catch(() => undefined);
      current = await following;
    }
  } finally {
    // A failure elsewhere must not leave a batch's answers unstored behind the caller's back.
    await settling.catch(() => undefined);
  }
}
