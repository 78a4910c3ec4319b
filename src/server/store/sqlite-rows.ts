import type { Database as SqliteDatabase, Statement } from 'better-sqlite3';
import type { StoredRow } from '../../shared/sync/merge';
import type { Device } from './types';
import { toDevice as mapDevice, type DeviceRowOf } from './store-rows';

/** Column shapes of the SQLite tables and their mapping to the store's types. */

export { DEVICE_COLUMNS, toJson, toWorkspace, type WorkspaceRow } from './store-rows';

/** SQLite has no boolean: `revoked_lost` is 0 or 1. */
export type DeviceRow = DeviceRowOf<number>;

export interface RecordRow {
  tbl: string;
  id: string;
  data: string;
  field_versions: string;
  field_writers?: string | null;
  field_redactions?: string | null;
  version: number;
}

export const toDevice = (row: DeviceRow): Device =>
  mapDevice({ ...row, revoked_lost: row.revoked_lost === 1 });

/** A record row as merge and the push/redaction transactions use it (JSON columns parsed). */
export const toStoredRow = (row: RecordRow): StoredRow => ({
  data: JSON.parse(row.data) as Record<string, unknown>,
  fieldVersions: JSON.parse(row.field_versions) as Record<string, number>,
  ...(row.field_writers
    ? { fieldWriters: JSON.parse(row.field_writers) as Record<string, string> }
    : {}),
  ...(row.field_redactions
    ? { fieldRedactions: JSON.parse(row.field_redactions) as Record<string, number> }
    : {}),
  version: row.version,
});

const NEXT_VERSION =
  'UPDATE workspaces SET version_counter = version_counter + 1 WHERE id = ? RETURNING version_counter';

const nextVersionStatements = new WeakMap<
  SqliteDatabase,
  Statement<[string], { version_counter: number }>
>();

/**
 * Takes the workspace's next version inside the caller's transaction (as pg-rows'
 * takeNextVersion); the statement is prepared once per connection (it is on every push's path).
 */
export function takeNextVersion(db: SqliteDatabase, workspaceId: string): number {
  let statement = nextVersionStatements.get(db);
  if (!statement) nextVersionStatements.set(db, (statement = db.prepare(NEXT_VERSION)));
  const row = statement.get(workspaceId);
  if (!row) throw new Error(`workspace ${workspaceId} missing`);
  return row.version_counter;
}
