import { isSealed, seal, unseal } from './sealed';
import { lockedPlaceholder, sensitiveFieldsOf } from './sensitive-fields';
import { isEncrypting, requireKeys, sessionOf } from './session';

/**
 * Seals the sensitive fields present in `fields` when encryption is on. Runs before a Dexie
 * transaction opens: an awaited WebCrypto call inside one would end it early.
 */
export async function sealFields(
  db: object,
  table: string,
  fields: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const sensitive = sensitiveFieldsOf(table).filter((f) => f in fields && !isSealed(fields[f]));
  if (sensitive.length === 0 || !isEncrypting(db)) return fields;
  const keys = requireKeys(db);
  const out = { ...fields };
  await Promise.all(sensitive.map(async (f) => (out[f] = await seal(keys, fields[f]))));
  return out;
}

/** Opens the sealed fields of `fields` (plaintext fields pass through). Needs the keys if any is sealed. */
export async function unsealFields(
  db: object,
  fields: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const sealedKeys = Object.keys(fields).filter((f) => isSealed(fields[f]));
  if (sealedKeys.length === 0) return fields;
  const keys = requireKeys(db);
  const out = { ...fields };
  await Promise.all(
    sealedKeys.map(async (f) => {
      out[f] = await unseal(keys, fields[f] as never);
    }),
  );
  return out;
}

/**
 * Rows as features read them: sealed text opened with the in-memory keys (cached per value), or,
 * while locked, replaced by an empty value of its type with `$locked: true` on the row.
 */
export async function openRows<T extends object>(
  db: object,
  table: string,
  rows: T[],
): Promise<T[]> {
  const sensitive = sensitiveFieldsOf(table);
  if (sensitive.length === 0) return rows;
  const { keys, cache } = sessionOf(db).getState();
  return Promise.all(
    rows.map(async (row) => {
      const record = row as Record<string, unknown>;
      if (!sensitive.some((f) => isSealed(record[f]))) return row;
      const out: Record<string, unknown> = { ...record };
      for (const f of sensitive) {
        const value = record[f];
        if (!isSealed(value)) continue;
        if (!keys) {
          out[f] = lockedPlaceholder(f);
          out.$locked = true;
        } else if (cache.has(value.iv)) {
          out[f] = cache.get(value.iv);
        } else {
          const plain = await unseal(keys, value);
          cache.set(value.iv, plain);
          out[f] = plain;
        }
      }
      return out as T;
    }),
  );
}

/** A row's value for schema validation: sealed text counts as a valid empty value of its type. */
export function validationValue(field: string, value: unknown): unknown {
  return isSealed(value) ? lockedPlaceholder(field) : value;
}
