/** The data core's public API: the database, atomic writes with their outbox entries, defaults. */
export { VarnaDB, DEFAULT_DB_NAME } from './database';
export { db } from './instance';
export {
  writeRecord,
  writeRecords,
  recordWrite,
  createRecord,
  createWrite,
  deleteRecord,
  restoreRecord,
  RecordValidationError,
  type RecordWrite,
  type FieldChanges,
} from './write';
export { ensureDefaults } from './seed';
export { onLocalCommit } from './events';
export { META, getMeta, setMeta, getDeviceId } from './meta';
export type { OutboxEntry, Draft, MetaRow } from './types';
export { sealFields, unsealFields, openRows } from './crypto/codec';
export { sessionOf, isEncrypting, LockedError, type LockState } from './crypto/session';
export {
  initLock,
  setPassphrase,
  removePassphrase,
  unlock,
  lock,
  wipeLocalData,
  changePassphrase,
  getLockSettings,
  LOCK_SETTINGS,
  DEFAULT_LOCK_SETTINGS,
  MIN_PASSPHRASE_LENGTH,
  type LockSettings,
  type UnlockOutcome,
} from './crypto/lock';
export {
  enrolBiometric,
  getBiometric,
  removeBiometric,
  unlockWithBiometric,
  BiometricUnlockError,
  type BiometricWrapping,
} from './crypto/prf-unlock';
export {
  platformPrfOffered,
  createPrfCredential,
  getPrfOutput,
  forgetCredential,
} from './crypto/prf-webauthn';
export { WrongPassphraseError } from './crypto/keyring';
export { saveDraft, loadDraft, deleteDraft } from './drafts';
export {
  sealHistoryEntries,
  openHistoryRows,
  type HistoryRow,
  type OpenHistoryRow,
} from './history';
export { seal, unseal, isSealed, type Sealed } from './crypto/sealed';
export {
  applyRetention,
  retentionCutoff,
  RETENTION_MONTHS,
  DEFAULT_RETENTION_MONTHS,
} from './retention';
export { listOrganisationNames } from './organisation-names';
export { readLogFacts } from './log-facts-store';
export { compactAll } from './log-facts-compaction';
