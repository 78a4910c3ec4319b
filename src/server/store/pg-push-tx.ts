import type pg from 'pg';
import type { StoredRow } from '../../shared/sync/merge';
import { sqlText } from './pg-literal';
import type { PendingWrites } from './pg-push-writes';
import { noWrites, pendingWritesSql, storableText } from './pg-push-writes';
import type { RecordRow } from './pg-rows';
import { RECORD_COLUMNS, queryRows, takeNextVersion, toStoredRow } from './pg-rows';
import type { PushTx, RecordKey } from './types';
import { rowKey } from './types';

/**
 * The rows found, keyed by the keys asked for: a stored id is the storable form (U+0000 as
 * U+FFFD) of the id asked for, so each row answers every key that maps to it.
 */
function byAskedKey(keys: RecordKey[], rows: RecordRow[]): Map<string, StoredRow> {
  const asked = new Map<string, string[]>();
  for (const { table, id } of keys) {
    const stored = rowKey(storableText(table)!, storableText(id)!);
    const list = asked.get(stored) ?? [];
    if (!list.includes(id)) list.push(id);
    asked.set(stored, list);
  }
  const found = new Map<string, StoredRow>();
  for (const row of rows) {
    for (const id of asked.get(rowKey(row.tbl, row.id)) ?? []) {
      found.set(rowKey(row.tbl, id), toStoredRow(row));
    }
  }
  return found;
}

/**
 * One transaction applying the pushes of one or more devices of one workspace (see
 * pg-push-queue.ts), each through its own PushTx view; all write through one state: what a push
 * wrote, the next one in the transaction reads.
 *
 * `begin` opens it, takes the locks it holds until it commits and reads what the pushes need, in
 * one round trip: BEGIN and three statements in one simple query (no parameters: every value is a
 * literal from pg-literal.ts).
 *
 * 1. The devices' rows (`FOR UPDATE`, in id order), with their last sequence numbers: two pushes of
 *    the same device (a retry racing the original, possibly in another endpoint process) run one
 *    after the other, so the second sees the first's last sequence number and answers `duplicate`
 *    instead of applying twice.
 * 2. The workspace row, whose `version_counter` hands out versions. A plain sequence is not
 *    gap-safe: a later value can commit first, a pull returns it, the device's checkpoint moves past
 *    the earlier value, and that row is never pulled. Here pushes take their versions from the
 *    counter while holding this row's lock, which only COMMIT (or ROLLBACK) releases. The next
 *    transaction of the workspace gets the lock, and so its first version, only after this one's
 *    rows are committed and visible. So versions become visible in increasing order per workspace,
 *    and a pull (one statement, one snapshot) never returns a version while a lower one is still to
 *    come. Pushes of one workspace are serialised, as on SQLite; workspaces run in parallel.
 * 3. The records the pushes name, read with the workspace lock held, so the merge sees each as
 *    the previous transaction left it.
 *
 * Lock order is always devices by id, then the workspace, so transactions cannot deadlock.
 *
 * Writes are gathered and sent with COMMIT as one query (`commit`), so the transaction waits for
 * no answer while it holds the workspace's lock but the opening one: each answer waited for under
 * the lock is a turn of a busy endpoint's event loop, which, pushes of a workspace being
 * serialised, would bound its rate. A read the opening statement did not cover (not a push's
 * order) first sends what is pending and asks the database.
 */
export class PgPushTransaction {
  private pending: PendingWrites = noWrites();
  /** Whether writes were sent before the commit (a read or nextVersion after a write). */
  private wroteEarlier = false;
  private constructor(
    private readonly client: pg.PoolClient,
    private readonly workspaceId: string,
    private readonly lastSeq: Map<string, number>,
    private counter: number,
    /** Records whose state here is known: stored (a row) or not (undefined). */
    private readonly known: Map<string, StoredRow | undefined>,
  ) {}

  static async begin(
    client: pg.PoolClient,
    workspaceId: string,
    deviceIds: string[],
    reads: RecordKey[],
  ): Promise<PgPushTransaction> {
    const devices = [...new Set(deviceIds)].sort();
    const records = reads.length
      ? `SELECT ${RECORD_COLUMNS} FROM records WHERE workspace_id = ${sqlText(workspaceId)}
           AND (tbl, id) IN (VALUES ${reads
             .map(({ table, id }) => `(${sqlText(table)}, ${sqlText(id)})`)
             .join(', ')});`
      : '';
    const results = (await client.query(
      `BEGIN;
       SELECT id, last_seq FROM devices WHERE id IN (${devices.map(sqlText).join(', ')})
         ORDER BY id FOR UPDATE;
       SELECT version_counter FROM workspaces WHERE id = ${sqlText(workspaceId)}
         FOR NO KEY UPDATE;
       ${records}`,
    )) as unknown as pg.QueryResult[];
    const lastSeq = new Map<string, number>(
      (results[1]?.rows as Array<{ id: string; last_seq: number }>).map((r) => [r.id, r.last_seq]),
    );
    const workspace = results[2]?.rows[0] as { version_counter: number } | undefined;
    if (!workspace) throw new Error(`workspace ${workspaceId} missing`);
    const found = byAskedKey(reads, (results[3]?.rows ?? []) as RecordRow[]);
    const known = new Map<string, StoredRow | undefined>();
    for (const { table, id } of reads) known.set(rowKey(table, id), found.get(rowKey(table, id)));
    return new PgPushTransaction(client, workspaceId, lastSeq, workspace.version_counter, known);
  }

  /** The pending writes as SQL (null: none), no longer pending. */
  private takePending(): string | null {
    const sql = pendingWritesSql(this.workspaceId, this.pending);
    this.pending = noWrites();
    return sql;
  }

  private async flush(): Promise<void> {
    const sql = this.takePending();
    if (sql === null) return;
    this.wroteEarlier = true;
    await this.client.query(sql);
  }

  /** Writes what is pending and commits. */
  async commit(): Promise<void> {
    if (this.wroteEarlier) {
      await this.flush();
      await this.client.query('COMMIT');
      return;
    }
    // All of the transaction's writes are in this one statement, sent with COMMIT as one simple
    // query: the lock is released as soon as the database has run them. Should the statement
    // fail, the rest of the query is skipped and the caller rolls the transaction back.
    const sql = this.takePending();
    await this.client.query(sql === null ? 'COMMIT' : `${sql};\nCOMMIT`);
  }

  private async getRows(keys: RecordKey[]): Promise<Map<string, StoredRow>> {
    const missing = keys.filter(({ table, id }) => !this.known.has(rowKey(table, id)));
    if (missing.length > 0) {
      // The database holds this transaction's state once what is pending is written.
      await this.flush();
      const rows = await queryRows<RecordRow>(
        this.client,
        `SELECT ${RECORD_COLUMNS} FROM records
         WHERE workspace_id = $1 AND (tbl, id) IN (SELECT * FROM unnest($2::text[], $3::text[]))`,
        [
          this.workspaceId,
          missing.map((k) => storableText(k.table)),
          missing.map((k) => storableText(k.id)),
        ],
      );
      const found = byAskedKey(missing, rows);
      for (const { table, id } of missing) {
        this.known.set(rowKey(table, id), found.get(rowKey(table, id)));
      }
    }
    const answer = new Map<string, StoredRow>();
    for (const { table, id } of keys) {
      const row = this.known.get(rowKey(table, id));
      if (row) answer.set(rowKey(table, id), row);
    }
    return answer;
  }

  /** The operations for one device's push. */
  view(deviceId: string): PushTx {
    const tx: PushTx = {
      getRow: async (table, id) => (await this.getRows([{ table, id }])).get(rowKey(table, id)),
      getRows: (keys) => this.getRows(keys),
      putRow: (table, id, row) => tx.putRows([{ table, id, row }]),
      putRows: (rows) => {
        for (const r of rows) {
          this.known.set(rowKey(r.table, r.id), r.row);
          this.pending.rows.set(rowKey(r.table, r.id), r);
        }
        return Promise.resolve();
      },
      nextVersion: async () => {
        // Inside the transaction, which holds the workspace row's lock.
        await this.flush();
        this.counter = await takeNextVersion(this.client, this.workspaceId);
        return this.counter;
      },
      // The workspace row is locked: nobody else moves the counter until this commits.
      versionCounter: () => Promise.resolve(this.counter),
      setVersionCounter: (version) => {
        this.counter = Math.max(this.counter, version);
        this.pending.versionCounter = Math.max(this.pending.versionCounter ?? version, version);
        return Promise.resolve();
      },
      getLastSeq: () => Promise.resolve(this.lastSeq.get(deviceId) ?? 0),
      setLastSeq: (seq) => {
        this.lastSeq.set(deviceId, seq);
        this.pending.lastSeq.set(deviceId, seq);
        return Promise.resolve();
      },
      addAudit: (entries) => {
        for (const entry of entries) this.pending.audit.push({ deviceId, entry });
        return Promise.resolve();
      },
    };
    return tx;
  }
}
