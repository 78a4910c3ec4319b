import type { VarnaDB } from '../database';
import { getMeta, setMeta } from '../meta';
import { createKeyring, openKeyring, WrongPassphraseError, type Keyring } from './keyring';
import { BIOMETRIC } from './prf-unlock';
import { isSealed, seal, unseal } from './sealed';
import { SENSITIVE_FIELDS } from './sensitive-fields';
import { sessionOf, requireKeys, type LockState } from './session';

const KEYRING = 'keyring';
const FAILURES = 'unlockFailures';
export const LOCK_SETTINGS = 'lockSettings';

export interface LockSettings {
  /** Minutes of inactivity (or hidden) before the app locks. */
  idleMinutes: number;
  /** Failed unlock attempts after which local data is wiped. */
  maxFailures: number;
}
export const DEFAULT_LOCK_SETTINGS: LockSettings = { idleMinutes: 5, maxFailures: 10 };

export const MIN_PASSPHRASE_LENGTH = 10;

/** Reads whether a passphrase is set; call once at start. The keys are never stored. */
export async function initLock(db: VarnaDB): Promise<LockState> {
  const keyring = await getMeta<Keyring>(db, KEYRING);
  const state: LockState = keyring ? 'locked' : 'open';
  sessionOf(db).setState({ state, keys: null, cache: new Map() });
  return state;
}

export async function getLockSettings(db: VarnaDB): Promise<LockSettings> {
  return { ...DEFAULT_LOCK_SETTINGS, ...(await getMeta<Partial<LockSettings>>(db, LOCK_SETTINGS)) };
}

type Transform = (value: unknown) => Promise<unknown>;

/**
 * Rewrites every sensitive value at rest (synced tables, their outbox entries, drafts, history) with
 * `transform`, all computed before one transaction that stores them with `metaChange`. A row
 * changed meanwhile is detected (its JSON differs) and the whole pass is retried.
 */
async function rewriteAll(db: VarnaDB, transform: Transform, metaChange: () => Promise<void>) {
  const fieldsOf = (table: string) =>
    SENSITIVE_FIELDS[table as keyof typeof SENSITIVE_FIELDS] ?? [];
  const tables = [...Object.keys(SENSITIVE_FIELDS), 'drafts', 'outbox', 'history'];
  for (let attempt = 0; attempt < 5; attempt++) {
    const planned: Array<{ table: string; before: string; after: Record<string, unknown> }> = [];
    for (const table of tables) {
      for (const row of (await db.table(table).toArray()) as Record<string, unknown>[]) {
        const after = { ...row };
        if (table === 'drafts') after.data = await transform(row.data);
        else if (table === 'history') {
          // The audit trail's values of sensitive fields (src/db/history.ts).
          if (fieldsOf(row.table as string).includes(row.field as string)) {
            after.oldValue = await transform(row.oldValue);
            after.newValue = await transform(row.newValue);
          }
        } else if (table === 'outbox') {
          const fields = { ...(row.fields as Record<string, unknown>) };
          const before = row.before ? { ...(row.before as Record<string, unknown>) } : null;
          for (const f of fieldsOf(row.table as string)) {
            if (f in fields) fields[f] = await transform(fields[f]);
            if (before && f in before) before[f] = await transform(before[f]);
          }
          Object.assign(after, { fields, before });
        } else {
          for (const f of fieldsOf(table)) if (f in row) after[f] = await transform(row[f]);
        }
        planned.push({ table, before: JSON.stringify(row), after });
      }
    }
    const counts = new Map<string, number>();
    for (const { table } of planned) counts.set(table, (counts.get(table) ?? 0) + 1);
    const done = await db.transaction(
      'rw',
      [...tables.map((t) => db.table(t)), db.meta],
      async () => {
        for (const table of tables) {
          if ((await db.table(table).count()) !== (counts.get(table) ?? 0)) return false;
        }
        for (const { table, before, after } of planned) {
          const key = table === 'outbox' ? after.seq : after.id;
          const current: unknown = await db.table(table).get(key as never);
          if (JSON.stringify(current) !== before) return false;
        }
        for (const { table, after } of planned) await db.table(table).put(after);
        await metaChange();
        return true;
      },
    );
    if (done) return;
  }
  throw new Error('Data changed while it was being re-encrypted; try again.');
}

/**
 * Sets a passphrase: new data keys, wrapped under it, and every free-text value at rest sealed in
 * one transaction. Leaves the app unlocked.
 */
export async function setPassphrase(db: VarnaDB, passphrase: string, iterations?: number) {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    throw new Error(`Lösenfrasen måste ha minst ${MIN_PASSPHRASE_LENGTH} tecken.`);
  }
  const { keys, keyring } = await createKeyring(passphrase, iterations);
  await rewriteAll(
    db,
    (value) => (isSealed(value) ? Promise.resolve(value) : seal(keys, value)),
    async () => {
      await setMeta(db, KEYRING, keyring);
      await setMeta(db, FAILURES, 0);
    },
  );
  sessionOf(db).setState({ state: 'unlocked', keys, cache: new Map() });
}

/** Removes the passphrase: every sealed value is opened and stored in the clear. Must be unlocked. */
export async function removePassphrase(db: VarnaDB): Promise<void> {
  const keys = requireKeys(db);
  await rewriteAll(
    db,
    (value) => (isSealed(value) ? unseal(keys, value) : Promise.resolve(value)),
    async () => {
      await db.meta.bulkDelete([KEYRING, BIOMETRIC]);
    },
  );
  sessionOf(db).setState({ state: 'open', keys: null, cache: new Map() });
}

/**
 * Changes the passphrase in one pass: every value sealed under the old keys is resealed under new
 * ones, in the same transaction as the new keyring. Nothing is ever stored in the clear on the way,
 * and a failure leaves the old passphrase and the old keys exactly as they were. A platform
 * authenticator holds the old keys, so its unlock is turned off. Must be unlocked.
 */
export async function changePassphrase(
  db: VarnaDB,
  passphrase: string,
  iterations?: number,
): Promise<void> {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    throw new Error(`Lösenfrasen måste ha minst ${MIN_PASSPHRASE_LENGTH} tecken.`);
  }
  const oldKeys = requireKeys(db);
  const { keys, keyring } = await createKeyring(passphrase, iterations);
  await rewriteAll(
    db,
    async (value) => seal(keys, isSealed(value) ? await unseal(oldKeys, value) : value),
    async () => {
      await setMeta(db, KEYRING, keyring);
      await setMeta(db, FAILURES, 0);
      await db.meta.delete(BIOMETRIC);
    },
  );
  sessionOf(db).setState({ state: 'unlocked', keys, cache: new Map() });
}

export type UnlockOutcome =
  { ok: true } | { ok: false; remaining: number } | { ok: false; wiped: true };

/**
 * Unlocks with the passphrase. A wrong one counts as a failure; at the configured number of
 * failures the device's local data is wiped (the caller reloads the app).
 */
export async function unlock(db: VarnaDB, passphrase: string): Promise<UnlockOutcome> {
  const keyring = await getMeta<Keyring>(db, KEYRING);
  if (!keyring) return { ok: true };
  try {
    const keys = await openKeyring(keyring, passphrase);
    await setMeta(db, FAILURES, 0);
    sessionOf(db).setState({ state: 'unlocked', keys, cache: new Map() });
    return { ok: true };
  } catch (error) {
    if (!(error instanceof WrongPassphraseError)) throw error;
    const failures = ((await getMeta<number>(db, FAILURES)) ?? 0) + 1;
    const { maxFailures } = await getLockSettings(db);
    if (failures >= maxFailures) {
      await wipeLocalData(db);
      return { ok: false, wiped: true };
    }
    await setMeta(db, FAILURES, failures);
    return { ok: false, remaining: maxFailures - failures };
  }
}

/** Forgets the keys: sealed text is unreadable until the next unlock. */
export function lock(db: VarnaDB): void {
  const session = sessionOf(db);
  if (session.getState().state === 'open') return;
  session.setState({ state: 'locked', keys: null, cache: new Map() });
}

/** Deletes every local table (a lost device, or too many failed unlocks). */
export async function wipeLocalData(db: VarnaDB): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
  sessionOf(db).setState({ state: 'open', keys: null, cache: new Map() });
}
