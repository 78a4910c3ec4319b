import type { StoredRow } from '../../shared/sync/merge';
import pg from 'pg';
import type { QueryResultRow } from 'pg';
import type { DeviceRowOf } from './store-rows';

/** Column shapes of the PostgreSQL tables, the driver settings, and the mapping to the store's types. */

const INT8_OID = 20;

function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new Error(`bigint ${text} is not a safe integer`);
  return value;
}

/** bigint columns (versions, times in ms, counts) arrive as numbers; json columns parsed. */
export const PG_TYPES: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary'): unknown =>
    oid === INT8_OID && format !== 'binary'
      ? parseInt8
      : (pg.types.getTypeParser(oid, format) as unknown)) as pg.CustomTypesConfig['getTypeParser'],
};

/**
 * PostgreSQL text cannot hold U+0000, which SQLite stores and a request may carry (a device name,
 * an id): it is stored as U+FFFD instead of failing the request. JSON parameters are unaffected
 * (JSON.stringify writes it as the escape `\u0000`).
 */
const storable = (value: unknown): unknown =>
  typeof value === 'string' ? value.replaceAll('\u0000', '\uFFFD') : value;

/** Something to run one statement on: the pool, or a client inside a transaction. */
export type Queryable = Pick<pg.Pool, 'query'> | Pick<pg.PoolClient, 'query'>;

export async function queryRows<R extends QueryResultRow>(
  db: Queryable,
  sql: string,
  params: unknown[] = [],
): Promise<R[]> {
  const result = await (db as pg.Pool).query<R>(sql, params.map(storable));
  return result.rows;
}

export {
  DEVICE_COLUMNS,
  WORKSPACE_COLUMNS,
  toDevice,
  toJson,
  toWorkspace,
  type WorkspaceRow,
} from './store-rows';

/** PostgreSQL returns `revoked_lost` as a boolean, so the shared mapper reads its rows as they are. */
export type DeviceRow = DeviceRowOf<boolean>;

export interface RecordRow {
  tbl: string;
  id: string;
  data: Record<string, unknown>;
  field_versions: Record<string, number>;
  field_writers: Record<string, string> | null;
  field_redactions: Record<string, number> | null;
  version: number;
}

export const RECORD_COLUMNS =
  'tbl, id, data, field_versions, field_writers, field_redactions, version';

/** A record row as merge and the push/redaction transactions use it (json columns come parsed). */
export const toStoredRow = (row: RecordRow): StoredRow => ({
  data: row.data,
  fieldVersions: row.field_versions,
  ...(row.field_writers !== null ? { fieldWriters: row.field_writers } : {}),
  ...(row.field_redactions !== null ? { fieldRedactions: row.field_redactions } : {}),
  version: row.version,
});

/** Takes the workspace's next version; call inside a transaction that holds the workspace row's lock. */
export async function takeNextVersion(db: Queryable, workspaceId: string): Promise<number> {
  const [row] = await queryRows<{ version_counter: number }>(
    db,
    'UPDATE workspaces SET version_counter = version_counter + 1 WHERE id = $1 RETURNING version_counter',
    [workspaceId],
  );
  if (!row) throw new Error(`workspace ${workspaceId} missing`);
  return row.version_counter;
}
