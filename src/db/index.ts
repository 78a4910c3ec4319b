/** The data core's public API: the database, atomic writes with their outbox entries, defaults. */
export { VarnaDB, DEFAULT_DB_NAME } from './database';
export { db } from './instance';
export {
  writeRecord,
  writeRecords,
  recordWrite,
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
