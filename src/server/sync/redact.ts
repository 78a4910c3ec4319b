import { META_FIELDS, RESERVED_FIELDS, SYNCED_SCHEMAS, isSyncedTable } from '../../shared/schemas';
import { MIN_REDACTION_LENGTH } from '../../shared/sync/history-protocol';
import type { RedactionRequest, RedactionResponse } from '../../shared/sync/history-protocol';
import { redactValue } from '../../shared/sync/redact-text';
import { ApiError } from '../http-error';
import type { RedactionTx } from '../store/audit-types';
import { checkMergedRecord } from './validate-mutation';

export interface RedactionContext {
  deviceId: string;
  deviceName: string;
  actor: string | null;
  /** Server clock, ms. */
  at: number;
}

/** Fields a redaction may not touch: identity, bookkeeping and the tombstone mark. */
const NOT_REDACTABLE: ReadonlySet<string> = new Set([
  ...RESERVED_FIELDS,
  ...META_FIELDS,
  'deleted',
]);

export const REDACTION_MESSAGES = {
  tooShort: `Texten som ska tas bort måste vara minst ${MIN_REDACTION_LENGTH} tecken.`,
  unknownTable: 'Okänd tabell.',
  unknownField: 'Okänt fält.',
  reservedField: 'Det fältet kan inte ändras genom att ta bort en uppgift.',
  unknownRecord: 'Posten finns inte på servern. Synka och försök igen.',
  notFound: 'Texten finns inte i fältet eller i dess historik. Kontrollera att den är exakt rätt.',
  invalidResult: 'Texten kan inte tas bort ur det här fältet.',
  /** A push's answer (see redaction-guard.ts): shown in the app's list of refused changes. */
  redactedSinceBase:
    'Ändringen sparades inte: en personuppgift har tagits bort ur fältet sedan ändringen gjordes, ' +
    'och ändringen byggde på den gamla texten. Ändringen har ångrats på enheten och fältet visar ' +
    'texten som den är nu – gör om ändringen där om den behövs.',
} as const;

const fail = (status: number, error: string, message: string) =>
  new ApiError(status, { error, message });

/** Checks what can be checked before reading anything; returns the trimmed text. */
export function checkRedactionRequest(req: RedactionRequest): string {
  const text = req.text.trim();
  if (text.length < MIN_REDACTION_LENGTH) throw fail(400, 'too_short', REDACTION_MESSAGES.tooShort);
  if (!isSyncedTable(req.table)) throw fail(400, 'unknown_table', REDACTION_MESSAGES.unknownTable);
  const shape = SYNCED_SCHEMAS[req.table].shape as Record<string, unknown>;
  if (!Object.prototype.hasOwnProperty.call(shape, req.field)) {
    throw fail(400, 'unknown_field', REDACTION_MESSAGES.unknownField);
  }
  if (NOT_REDACTABLE.has(req.field)) {
    throw fail(400, 'reserved_field', REDACTION_MESSAGES.reservedField);
  }
  return text;
}

/**
 * Removes a personal detail everywhere the server holds it, inside the caller's transaction:
 * every occurrence of the text becomes "[borttaget]" in the record's field (nested strings too),
 * in that field's audit rows (old and new values; each rewritten row gets a new seq so devices pull
 * it again), and in the conflict records about that field (and their audit rows). The record's
 * version and the field's version move on so devices pull the new value, the field is marked so
 * that a device's change made before it had that value is refused (redaction-guard.ts), and a
 * 'redaction' audit row records who, from which device, when and which field, never the text.
 * All checks run before the first write; a failure is a 4xx ApiError and nothing changes.
 */
export async function applyRedaction(
  tx: RedactionTx,
  req: RedactionRequest,
  ctx: RedactionContext,
): Promise<RedactionResponse> {
  const text = checkRedactionRequest(req);
  const row = await tx.getRow(req.table, req.recordId);
  if (!row) throw fail(404, 'unknown_record', REDACTION_MESSAGES.unknownRecord);

  const record = redactValue(row.data[req.field], text);
  const conflicts = (await tx.conflictsOf(req.table, req.recordId, req.field)).map((c) => ({
    ...c,
    shown: redactValue(c.row.data.shownValue, text),
    other: redactValue(c.row.data.otherValue, text),
  }));
  const audits = (
    await tx.auditValues(
      req.table,
      req.recordId,
      req.field,
      conflicts.map((c) => c.id),
    )
  ).map((a) => ({
    id: a.id,
    old: redactValue(a.oldValue, text),
    new: redactValue(a.newValue, text),
  }));

  const replaced =
    record.count +
    conflicts.reduce((n, c) => n + c.shown.count + c.other.count, 0) +
    audits.reduce((n, a) => n + a.old.count + a.new.count, 0);
  if (replaced === 0) throw fail(422, 'text_not_found', REDACTION_MESSAGES.notFound);
  const data = { ...row.data, [req.field]: record.value };
  if (
    record.count > 0 &&
    checkMergedRecord(req.table as never, { ...data, id: req.recordId, version: row.version })
  ) {
    throw fail(422, 'invalid_result', REDACTION_MESSAGES.invalidResult);
  }

  for (const audit of audits) {
    if (audit.old.count + audit.new.count === 0) continue;
    await tx.rewriteAudit(audit.id, audit.old.value, audit.new.value, await tx.nextVersion());
  }
  for (const c of conflicts) {
    if (c.shown.count + c.other.count === 0) continue;
    const version = await tx.nextVersion();
    await tx.putRow('conflicts', c.id, {
      ...c.row,
      data: { ...c.row.data, shownValue: c.shown.value, otherValue: c.other.value },
      fieldVersions: { ...c.row.fieldVersions, shownValue: version, otherValue: version },
      version,
    });
  }
  const version = await tx.nextVersion();
  // From which version on the field is free of the text: a change made on an older version may
  // carry it back and is refused (redaction-guard.ts). When the record's value no longer held the
  // text (only its history did), that is the version of the field's last change.
  const clean = record.count > 0 ? version : (row.fieldVersions[req.field] ?? 0);
  const mark = Math.max(row.fieldRedactions?.[req.field] ?? 0, clean);
  const fieldRedactions = { ...row.fieldRedactions, [req.field]: mark };
  if (record.count > 0) {
    await tx.putRow(req.table, req.recordId, {
      data,
      fieldVersions: { ...row.fieldVersions, [req.field]: version },
      fieldWriters: { ...row.fieldWriters, [req.field]: ctx.deviceId },
      fieldRedactions,
      version,
    });
  } else if (mark !== (row.fieldRedactions?.[req.field] ?? 0)) {
    // Only the mark changes: the version stays, as no value a device pulls has changed.
    await tx.putRow(req.table, req.recordId, { ...row, fieldRedactions });
  }
  await tx.addRedactionAudit({
    table: req.table,
    recordId: req.recordId,
    version,
    field: req.field,
    deviceId: ctx.deviceId,
    deviceName: ctx.deviceName,
    actor: ctx.actor,
    at: ctx.at,
  });
  return { version, replaced };
}
