import { RESERVED_FIELDS } from '../../shared/schemas';
import type { SyncedTable } from '../../shared/schemas';
import { mergeMutation } from '../../shared/sync/merge';
import type { StoredRow } from '../../shared/sync/merge';
import { jsonEqual } from '../../shared/sync/json-equal';
import type { Mutation, PushResponse, PushResult } from '../../shared/sync/protocol';
import type { AuditEntry, PushTx } from '../store/types';
import { conflictRecord } from './conflict-record';
import { checkMergedRecord, checkMutationShape } from './validate-mutation';

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
 *   block the queue;
 * - the device's last sequence number is stored in the same transaction as the effects.
 */
export async function applyPush(
  tx: PushTx,
  mutations: Mutation[],
  ctx: PushContext,
): Promise<PushOutcome> {
  const lastSeq = await tx.getLastSeq();
  if (findGap(mutations, lastSeq) !== null) return { kind: 'gap', lastApplied: lastSeq };
  const results: PushResult[] = [];
  let applied = lastSeq;
  for (const m of mutations) {
    if (m.seq <= applied) {
      results.push({ seq: m.seq, status: 'duplicate' });
      continue;
    }
    results.push(await applyOne(tx, m, ctx));
    applied = m.seq;
  }
  if (applied !== lastSeq) await tx.setLastSeq(applied);
  return { kind: 'done', response: { results, lastApplied: applied } };
}

async function applyOne(tx: PushTx, m: Mutation, ctx: PushContext): Promise<PushResult> {
  const shape = checkMutationShape(m);
  if (!shape.ok) return { seq: m.seq, status: 'rejected', reason: shape.reason };
  const table = shape.table;
  const existing = await tx.getRow(table, m.id);
  const version = await tx.nextVersion();
  const outcome = mergeMutation(existing, m.fields, m.baseVersion, version, ctx.deviceId);
  const invalid = checkMergedRecord(table, {
    ...outcome.row.data,
    id: m.id,
    version: outcome.row.version,
  });
  if (invalid) return { seq: m.seq, status: 'rejected', reason: invalid };
  if (!outcome.changed) return { seq: m.seq, status: 'applied', version: outcome.row.version };

  await tx.putRow(table, m.id, outcome.row);
  await tx.addAudit(auditEntries(table, m, existing, outcome.row, ctx));
  const nowIso = new Date(ctx.at).toISOString();
  for (const conflict of outcome.conflicts) {
    const conflictVersion = await tx.nextVersion();
    const record = conflictRecord(table, m.id, conflict, version, nowIso);
    const fieldVersions = Object.fromEntries(
      Object.keys(record.data).map((field) => [field, conflictVersion]),
    );
    await tx.putRow('conflicts', record.id, {
      data: record.data,
      fieldVersions,
      version: conflictVersion,
    });
  }
  return { seq: m.seq, status: 'applied', version: outcome.row.version };
}

/** One audit row per field whose stored value this mutation changed. */
function auditEntries(
  table: SyncedTable,
  m: Mutation,
  before: StoredRow | undefined,
  after: StoredRow,
  ctx: PushContext,
): AuditEntry[] {
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
