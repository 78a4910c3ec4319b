import type { OutboxEntry, VarnaDB } from '../db';
import { sealFields, unsealFields } from '../db';
import { jsonEqual } from '../shared/sync/json-equal';
import { API_PREFIX, MAX_PUSH_BATCH } from '../shared/sync/protocol';
import type { ErrorResponse, PushResponse } from '../shared/sync/protocol';
import type { Pairing } from './pairing-state';
import { recordRejected } from './rejections';
import { quiet } from './quiet';
import type { Transport, TransportResponse } from './transport';
import { AuthError, SyncError, answerError } from './errors';

/**
 * Undoes a rejected change locally: each field it set goes back to its previous value unless a
 * later local change has since replaced it; a rejected creation is tombstoned locally (the server
 * never had the record). `current` (stored form, sealed when encryption is on) holds the server's
 * values of the fields, when it sent them back with the refusal (a redaction since the change was
 * made): the fields take those instead of this device's earlier values, which may still hold the
 * removed text, and a refused creation takes the record the server has. Runs inside the caller's
 * transaction; makes no outbox entry.
 */
async function undoLocally(
  db: VarnaDB,
  entry: OutboxEntry,
  current?: Record<string, unknown>,
): Promise<void> {
  const store = db.syncedTable(entry.table);
  const stored = (await store.get(entry.recordId)) as Record<string, unknown> | undefined;
  if (!stored) return;
  if (entry.before === null && !current) {
    await store.put({ ...stored, deleted: true } as never);
    return;
  }
  const restored: Record<string, unknown> = { ...stored };
  for (const [field, value] of Object.entries(entry.fields)) {
    if (!jsonEqual(stored[field], value)) continue;
    if (current && field in current) restored[field] = current[field];
    else if (entry.before) restored[field] = entry.before[field];
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
 * rejected one is first undone locally and kept in the rejection list with its reason. The
 * server's values sent back with a refusal are sealed first (before the transaction opens).
 */
async function settle(
  db: VarnaDB,
  batch: OutboxEntry[],
  results: PushResponse['results'],
): Promise<number> {
  const bySeq = new Map(batch.map((e) => [e.seq, e]));
  const answered = results.filter((r) => bySeq.has(r.seq));
  const rejected = answered.filter((r) => r.status === 'rejected');
  const current = new Map<number, Record<string, unknown>>();
  for (const result of rejected) {
    if (result.status !== 'rejected' || !result.current) continue;
    current.set(result.seq, await sealFields(db, bySeq.get(result.seq)!.table, result.current));
  }
  // The batch is a run of consecutive outbox entries: answered whole, it leaves as one key range.
  const whole = answered.length === batch.length;
  const first = batch[0]!.seq;
  const last = batch[batch.length - 1]!.seq;
  const tables = rejected.map((r) => db.syncedTable(bySeq.get(r.seq)!.table));
  await db.transaction('rw', [db.outbox, db.meta, ...new Set(tables)], async () => {
    for (const result of rejected) {
      if (result.status !== 'rejected') continue;
      const entry = bySeq.get(result.seq)!;
      await undoLocally(db, entry, current.get(result.seq));
      await recordRejected(db, entry, result.reason, Object.keys(result.current ?? {}));
    }
    if (whole) await db.outbox.where('seq').between(first, last, true, true).delete();
    else await db.outbox.bulkDelete(answered.map((r) => r.seq));
  });
  return answered.length;
}

/** Batches sent before the first of them is answered. */
const IN_FLIGHT = 4;

interface SentBatch {
  batch: OutboxEntry[];
  answer: Promise<TransportResponse>;
  /** An earlier batch was still unanswered when this one left (a gap may be only that). */
  overtaking: boolean;
}

/**
 * Pushes the outbox in order, in batches of at most 100, until it is empty. Idempotent: every
 * mutation carries (device id, seq) and the server skips what it has applied, so a retry after a
 * lost answer never duplicates. An entry leaves the outbox only after the server has answered for
 * it; a rejected one is undone locally and kept in the rejection list with its reason.
 * Up to four batches travel at once, in outbox order; the server applies them in order (one that
 * overtakes its predecessor waits for it there) and refuses a gap. Answers are taken in order,
 * each batch's in one transaction while later batches travel. Returns the number of entries the
 * server acknowledged.
 */
export async function pushOutbox(
  db: VarnaDB,
  transport: Transport,
  pairing: Pairing,
  actor?: string,
): Promise<number> {
  let acknowledged = 0;
  let settling: Promise<void> = Promise.resolve();
  // A batch's answers that could not be stored stop the push at the next answer.
  const unstored: unknown[] = [];
  const stopIfUnstored = () => {
    if (unstored.length > 0) throw unstored[0];
  };
  const reader = outboxReader(db);
  const sent: SentBatch[] = [];
  let drained = false;
  const send = async () => {
    const { batch, mutations } = await ready(db, await reader.next());
    if (batch.length === 0) {
      drained = true;
      return;
    }
    const answer = quiet(
      transport({
        method: 'POST',
        url: `${pairing.serverUrl}${API_PREFIX}/push`,
        token: pairing.token,
        body: { mutations, ...(actor ? { actor } : {}) },
      }),
    );
    sent.push({ batch, answer, overtaking: sent.length > 0 });
  };
  try {
    for (;;) {
      while (!drained && sent.length < IN_FLIGHT) await send();
      const head = sent.shift();
      if (!head) {
        await settling;
        stopIfUnstored();
        return acknowledged;
      }
      const { batch } = head;
      const response = await head.answer;
      stopIfUnstored();
      const error = response.body as ErrorResponse | null;
      if (response.status === 401) throw new AuthError(error?.message, error?.wipe === true);
      if (
        response.status === 409 &&
        error?.error === 'gap' &&
        typeof error.lastApplied === 'number'
      ) {
        const lastApplied = error.lastApplied;
        if (batch[0]!.seq > lastApplied + 1 && !head.overtaking) {
          throw new SyncError(
            'Servern saknar tidigare ändringar från enheten. Exportera osynkade ändringar och kontakta kontoret.',
          );
        }
        // The server applied more than we know (an answer was lost), or this batch overtook one
        // that was not applied: drop what it has and start again from the oldest entry left.
        // Answers still travelling are ignored: what they applied comes back as duplicates.
        await settling;
        stopIfUnstored();
        await db.outbox.where('seq').belowOrEqual(lastApplied).delete();
        sent.length = 0;
        drained = false;
        reader.restart();
        continue;
      }
      if (response.status !== 200) throw answerError(response.status, response.body, 'send');
      const { results } = response.body as PushResponse;
      if (results.length === 0) {
        throw new SyncError('Servern tog inte emot några ändringar.');
      }
      // This batch's answers are stored while later batches travel, one transaction after another.
      settling = settling
        .then(async () => {
          acknowledged += await settle(db, batch, results);
        })
        .catch((error: unknown) => {
          unstored.push(error);
        });
    }
  } finally {
    // A failure elsewhere must not leave a batch's answers being stored behind the caller's back.
    await settling;
  }
}
