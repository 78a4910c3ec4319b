import { VarnaDB, ensureDefaults, writeRecord } from '../../../src/db';
import { newId } from '../../../src/shared/ids';
import type { Mutation, PushResponse } from '../../../src/shared/sync/protocol';
import {
  NetworkError,
  createSyncEngine,
  fetchTransport,
  pairDevice,
  type Transport,
} from '../../../src/sync';

/** What a client saw of its pushes across the kills. */
export interface PushWitness {
  /** Push requests that got no answer (the endpoint died). */
  unanswered: number;
  /** Of those, how many the endpoint had committed: the retry was answered `duplicate`. */
  committedBeforeKill: number;
  /** The kills (by number) that such a request died in: between the commit and the reply. */
  killsAfterCommit: Set<number>;
}

/**
 * A device running the real engine (fake-indexeddb) over real HTTP. Its transport notes which
 * push requests died without an answer, and which of them turn out, on retry, to have been
 * committed already: the kill landed between the commit and the reply.
 */
export class CrashClient {
  readonly db = new VarnaDB(`crash-${crypto.randomUUID()}`);
  readonly witness: PushWitness = {
    unanswered: 0,
    committedBeforeKill: 0,
    killsAfterCommit: new Set(),
  };
  /** The number of the kill the endpoint is heading for (set by the test). */
  epoch = 0;
  /** Records this client created, with the values it last wrote. */
  readonly written = new Map<string, { name: string; note: string }>();
  /** Called when a push is sent, and when the endpoint answered one. */
  onPushSent: () => void = () => undefined;
  onPushAnswer: () => void = () => undefined;
  private pending: Array<{ seqs: Set<number>; epoch: number }> = [];
  private readonly transport: Transport = async (request) => {
    const seqs = new Set(
      ((request.body as { mutations?: Mutation[] } | undefined)?.mutations ?? []).map((m) => m.seq),
    );
    let response;
    if (seqs.size > 0) this.onPushSent();
    try {
      response = await fetchTransport(request);
    } catch (error) {
      if (error instanceof NetworkError && seqs.size > 0) {
        this.witness.unanswered += 1;
        this.pending.push({ seqs, epoch: this.epoch });
      }
      throw error;
    }
    if (seqs.size > 0) this.onPushAnswer();
    if (seqs.size > 0 && response.status === 200) {
      const results = (response.body as PushResponse).results;
      const duplicate = new Set(results.filter((r) => r.status === 'duplicate').map((r) => r.seq));
      // Answered `duplicate`: a request that died without an answer had been committed.
      // (If requests lost in two kills both carried it, either may have been committed: the
      // earlier one is counted, so the count of kills is a lower bound.)
      const committed = this.pending.find((lost) => [...lost.seqs].some((s) => duplicate.has(s)));
      if (committed) {
        this.witness.committedBeforeKill += 1;
        this.witness.killsAfterCommit.add(committed.epoch);
      }
      // Every seq of this batch is settled now; what the lost requests carried is answered.
      this.pending = this.pending.filter((lost) => ![...lost.seqs].some((s) => seqs.has(s)));
    }
    return response;
  };
  readonly engine = createSyncEngine({
    db: this.db,
    transport: this.transport,
    afterWriteDelayMs: 3_600_000,
    intervalMs: 3_600_000,
  });

  async pair(url: string, code: string): Promise<void> {
    await ensureDefaults(this.db);
    await pairDevice(this.db, fetchTransport, url, code, 'Krocktest');
  }

  /** A new organisation, or an edit of one this client made earlier. */
  async write(step: number): Promise<void> {
    const ids = [...this.written.keys()];
    if (ids.length > 0 && step % 3 === 2) {
      const id = ids[step % ids.length]!;
      const note = `Anteckning ${step}`;
      await writeRecord(this.db, 'organisations', id, { note });
      this.written.set(id, { ...this.written.get(id)!, note });
      return;
    }
    const id = newId();
    const name = `Förening ${step}`;
    await writeRecord(this.db, 'organisations', id, {
      name,
      kind: 'forening',
      wishesDialog: 'ja',
      firstContact: null,
      note: '',
      mergedInto: null,
      deleted: false,
    });
    this.written.set(id, { name, note: '' });
  }

  /** One sync; the engine's own retry timer is cancelled (the test drives the retries). */
  async sync(): Promise<boolean> {
    try {
      return (await this.engine.syncNow()).ok;
    } finally {
      this.engine.stop();
    }
  }

  async dispose(): Promise<void> {
    this.engine.stop();
    this.db.close();
    await this.db.delete();
  }
}
