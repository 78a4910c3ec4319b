import { RESERVED_FIELDS } from '../../shared/schemas';
import type { SyncedTable } from '../../shared/schemas';
import { mergeMutation } from '../../shared/sync/merge';
import type { StoredRow } from '../../shared/sync/merge';
import { jsonEqual } from '../../shared/sync/json-equal';
import { fieldsRedactedAfterBase } from '../../shared/sync/redaction-guard';
import type { Mutation, PushResponse, PushResult } from '../../shared/sync/protocol';
import type { AuditEntry, PushTx } from '../store/types';
import { rowKey } from '../store/types';
import { conflictRecord } from './conflict-record';
import { REDACTION_MESSAGES } from './redact';
import { checkChangedFields, checkMergedRecord, checkMutationShape } from './validate-mutation';

export interface PushContext {
  /** The person named by the device, for the audit trail. */
  actor: string | null;
  /** The pushing device's name, kept in the audit trail as it was at the time. */
  deviceName?: string | null;
  /** Server clock, ms; used for audit times and conflict timestamps (display only). */
  at: number;
  /**
   * The pushing device: kept per field as its last writer, so that a device's later change never
   * conflicts with its own earlier one (it may not have pulled in between).
   */
  deviceId?: string;
}

export type PushOutcome =
  { kind: 'done'; response: PushResponse } | { kind: 'gap'; lastApplied: number };

/**
 * The first sequence number in the batch that would leave a hole after `lastSeq`, if any.
 * Sequence numbers already applied may appear (a retry); new ones must continue without a gap.
 */
function findGap(mutations: Mutation[], lastSeq: number): number | null {
  let expected = lastSeq + 1;
  for (const m of mutations) {
    if (m.seq < expected) continue;
    if (m.seq !== expected) return m.seq;
    expected++;
  }
  return null;
}

/**
 * Applies a device's batch inside one transaction (the caller's). Invariants:
 * - a mutation whose seq the device has already had applied is answered `duplicate` and not
 *   applied again, so retries never duplicate;
 * - a batch that would leave a gap is refused whole, and nothing of it is applied;
 * - a permanently invalid mutation is answered `rejected` and still counts as done, so it can never
 *   block the queue; so is one that would write a field redacted after its base version (it may
 *   carry the removed text back: see redaction-guard.ts);
 * - the device's last sequence number is stored in the same transaction as the effects.
 *
 * The batch is applied in memory, in order, on the records read in one go, and written back in a
 * few statements: every row once (its last state), the audit rows, one move of the version counter.
 * Versions are taken in the same order as one statement per mutation would take them; a mutation
 * that changes nothing (or is rejected) takes none.
 */
export async function applyPush(
  tx: PushTx,
  mutations: Mutation[],
  ctx: PushContext,
): Promise<PushOutcome> {
  const lastSeq = await tx.getLastSeq();
  if (findGap(mutations, lastSeq) !== null) return { kind: 'gap', lastApplied: lastSeq };
  const fresh = mutations.filter((m) => m.seq > lastSeq);
  const rows =
    fresh.length > 0
      ? await tx.getRows(fresh.map((m) => ({ table: m.table, id: m.id })))
      : new Map<string, StoredRow>();
  const batch: Batch = {
    rows,
    writes: new Map(),
    audit: [],
    refused: new Set(),
    version: fresh.length > 0 ? await tx.versionCounter() : 0,
    ctx,
    nowIso: new Date(ctx.at).toISOString(),
  };
  const firstVersion = batch.version;
  const results: PushResult[] = [];
  let applied = lastSeq;
  for (const m of mutations) {
    if (m.seq <= applied) {
      results.push({ seq: m.seq, status: 'duplicate' });
      continue;
    }
    results.push(applyOne(batch, m));
    applied = m.seq;
  }
  if (batch.writes.size > 0) await tx.putRows([...batch.writes.values()]);
  if (batch.audit.length > 0) await tx.addAudit(batch.audit);
  if (batch.version !== firstVersion) await tx.setVersionCounter(batch.version);
  if (applied !== lastSeq) await tx.setLastSeq(applied);
  return { kind: 'done', response: { results, lastApplied: applied } };
}

interface Batch {
  /** Every record the batch touches, as the batch has left it so far. */
  rows: Map<string, StoredRow>;
  /** What to write back at the end: each record's last state. */
  writes: Map<string, { table: string; id: string; row: StoredRow }>;
  audit: AuditEntry[];
  /** Fields (fieldKey) a mutation of this batch was refused for because of a redaction. */
  refused: Set<string>;
  /** The last version taken. */
  version: number;
  ctx: PushContext;
  nowIso: string;
}

function store(batch: Batch, table: string, id: string, row: StoredRow): void {
  const key = rowKey(table, id);
  batch.rows.set(key, row);
  batch.writes.set(key, { table, id, row });
}

const fieldKey = (table: string, id: string, field: string): string =>
  `${rowKey(table, id)}\u0000${field}`;

/**
 * The fields this mutation may not write because of a redaction: those redacted after its base
 * version, and those an earlier mutation of this batch (the same device's) was refused for. The
 * device made that later change before it heard of the refusal, on top of the refused value, so
 * it may carry the removed text as well (even with a newer base: a pull puts pending changes on
 * top of what it brings, so the device never showed the redacted value).
 */
function redactedFields(batch: Batch, table: string, m: Mutation, existing?: StoredRow): string[] {
  if (!existing) return [];
  const refused = new Set(fieldsRedactedAfterBase(existing, m.fields, m.baseVersion));
  if (batch.refused.size > 0) {
    for (const field of Object.keys(m.fields)) {
      if (
        batch.refused.has(fieldKey(table, m.id, field)) &&
        !jsonEqual(existing.data[field], m.fields[field])
      ) {
        refused.add(field);
      }
    }
  }
  return [...refused];
}

/**
 * The answer to a mutation refused because of a redaction. It carries the stored values of the
 * fields the mutation set: the device undoes the change to them rather than to its own earlier
 * values, which may still hold the removed text (or, for a record it created offline under a
 * fixed id, would leave it a local tombstone of a record the server keeps).
 */
function refusedForRedaction(m: Mutation, existing: StoredRow): PushResult {
  const current: Record<string, unknown> = {};
  for (const field of Object.keys(m.fields)) {
    if (!RESERVED_FIELDS.has(field) && field in existing.data)
      current[field] = existing.data[field];
  }
  return { seq: m.seq, status: 'rejected', reason: REDACTION_MESSAGES.redactedSinceBase, current };
}

function applyOne(batch: Batch, m: Mutation): PushResult {
  const shape = checkMutationShape(m);
  if (!shape.ok) return { seq: m.seq, status: 'rejected', reason: shape.reason };
  const table = shape.table;
  const existing = batch.rows.get(rowKey(table, m.id));
  const redacted = redactedFields(batch, table, m, existing);
  if (redacted.length > 0) {
    for (const field of redacted) batch.refused.add(fieldKey(table, m.id, field));
    return refusedForRedaction(m, existing!);
  }
  const version = batch.version + 1;
  const outcome = mergeMutation(existing, m.fields, m.baseVersion, version, batch.ctx.deviceId);
  const record = { ...outcome.row.data, id: m.id, version: outcome.row.version };
  const invalid = existing
    ? checkChangedFields(table, record, m.fields)
    : checkMergedRecord(table, record);
  if (invalid) return { seq: m.seq, status: 'rejected', reason: invalid };
  if (!outcome.changed) return { seq: m.seq, status: 'applied', version: outcome.row.version };

  batch.version = version;
  store(batch, table, m.id, outcome.row);
  batch.audit.push(...auditEntries(table, m, existing, outcome.row, batch.ctx));
  for (const conflict of outcome.conflicts) {
    const conflictVersion = ++batch.version;
    const conflictRow = conflictRecord(table, m.id, conflict, version, batch.nowIso);
    const fieldVersions = Object.fromEntries(
      Object.keys(conflictRow.data).map((field) => [field, conflictVersion]),
    );
    store(batch, 'conflicts', conflictRow.id, {
      data: conflictRow.data,
      fieldVersions,
      version: conflictVersion,
    });
  }
  return { seq: m.seq, status: 'applied', version: outcome.row.version };
}

/**
 * One audit row per field whose stored value this mutation changed; a new record gets a single
 * 'create' row without values (who and when): its first values are the old values of its later
 * changes, or its current ones, so they are not stored twice.
 */
function auditEntries(
  table: SyncedTable,
  m: Mutation,
  before: StoredRow | undefined,
  after: StoredRow,
  ctx: PushContext,
): AuditEntry[] {
  const who = { actor: ctx.actor, deviceName: ctx.deviceName ?? null, at: ctx.at };
  if (!before) {
    const base = { table, recordId: m.id, version: after.version, field: '' };
    return [{ ...base, kind: 'create', oldValue: null, newValue: null, ...who }];
  }
  return Object.keys(m.fields)
    .filter((field) => !RESERVED_FIELDS.has(field))
    .filter((field) => !jsonEqual(before?.data[field], after.data[field]))
    .map((field) => ({
      table,
      recordId: m.id,
      version: after.version,
      field,
      oldValue: before?.data[field] ?? null,
      newValue: after.data[field] ?? null,
      actor: ctx.actor,
      deviceName: ctx.deviceName ?? null,
      at: ctx.at,
    }));
}
