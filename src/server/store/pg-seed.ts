import { SEED_REVISION, defaultRecords } from '../../shared/seed';
import type { Queryable } from './pg-rows';
import { queryRows } from './pg-rows';

/**
 * Gives a workspace the default records it does not have yet, at version 0 with no field versions.
 * Idempotent: a record already there (edited, deleted, or seeded before) is never touched
 * (`ON CONFLICT DO NOTHING`), and the version counter does not move. Runs inside the caller's
 * transaction; the workspace row stays locked until it commits, so two processes seeding the same
 * workspace take turns.
 */
export async function seedPgWorkspace(db: Queryable, workspaceId: string): Promise<void> {
  const [current] = await queryRows<{ seed_revision: number }>(
    db,
    'SELECT seed_revision FROM workspaces WHERE id = $1 FOR NO KEY UPDATE',
    [workspaceId],
  );
  if (!current || current.seed_revision >= SEED_REVISION) return;
  const rows = defaultRecords().map(({ table, record }) => {
    const { id, version: _version, ...data } = record;
    return { tbl: table, id, data };
  });
  await queryRows(
    db,
    `INSERT INTO records (workspace_id, tbl, id, data, field_versions, version)
     SELECT $1, r.tbl, r.id, r.data, '{}', 0
     FROM json_to_recordset($2::json) AS r(tbl text, id text, data json)
     ON CONFLICT (workspace_id, tbl, id) DO NOTHING`,
    [workspaceId, JSON.stringify(rows)],
  );
  await queryRows(db, 'UPDATE workspaces SET seed_revision = $1 WHERE id = $2', [
    SEED_REVISION,
    workspaceId,
  ]);
}
