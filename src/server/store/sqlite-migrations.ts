/**
 * The SQLite schema, as numbered migrations applied in order and recorded in `schema_migrations`.
 * Append only: a migration that has shipped is never edited; change the schema with a new one.
 * Times are milliseconds since the epoch; JSON columns hold JSON text.
 */
export interface Migration {
  id: number;
  name: string;
  sql: string;
}

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    id: 1,
    name: 'init',
    sql: `
CREATE TABLE workspaces (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  -- The per-workspace version counter: every change takes the next value, inside its transaction.
  version_counter INTEGER NOT NULL DEFAULT 0,
  -- Which revision of the default records this workspace has been given.
  seed_revision INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE devices (
  id TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id),
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('office', 'field')),
  token_hash TEXT NOT NULL UNIQUE,
  last_seq INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER,
  revoked_at INTEGER,
  revoked_lost INTEGER NOT NULL DEFAULT 0 CHECK (revoked_lost IN (0, 1))
);
CREATE INDEX devices_by_workspace ON devices (workspace_id);

CREATE TABLE pairing_codes (
  code_hash TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id),
  role TEXT NOT NULL CHECK (role IN ('office', 'field')),
  expires_at INTEGER NOT NULL,
  used_at INTEGER,
  created_at INTEGER NOT NULL
);

CREATE TABLE records (
  workspace_id TEXT NOT NULL REFERENCES workspaces(id),
  tbl TEXT NOT NULL,
  id TEXT NOT NULL,
  data TEXT NOT NULL,
  field_versions TEXT NOT NULL,
  version INTEGER NOT NULL,
  PRIMARY KEY (workspace_id, tbl, id)
);
CREATE INDEX records_by_version ON records (workspace_id, version);

CREATE TABLE audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id),
  tbl TEXT NOT NULL,
  record_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  device_id TEXT NOT NULL,
  actor TEXT,
  at INTEGER NOT NULL,
  field TEXT NOT NULL,
  old_value TEXT,
  new_value TEXT
);
CREATE INDEX audit_by_record ON audit (workspace_id, tbl, record_id);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
  BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
  BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
`,
  },
  {
    id: 2,
    name: 'field_writers',
    // Per field, the device that changed it last: a device never conflicts with its own change.
    sql: `ALTER TABLE records ADD COLUMN field_writers TEXT;`,
  },
  {
    id: 3,
    name: 'audit_sync_and_wipe_report',
    // The audit trail syncs to devices: `seq` is the workspace version at which a row was written
    // (or last rewritten by a redaction), so devices pull it like records. `device_name` keeps the
    // device's name at the time; `kind` is 'change' (one row per changed field, old → new),
    // 'create' (one row for a new record, no values: its first values are the old values of its
    // later changes, or its current ones) or 'redaction'. Only a redaction may rewrite
    // an audit row, and only its values and seq. A device revoked as lost reports, before wiping,
    // how many of its changes never arrived.
    sql: `
ALTER TABLE audit ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE audit ADD COLUMN device_name TEXT;
ALTER TABLE audit ADD COLUMN kind TEXT NOT NULL DEFAULT 'change' CHECK (kind IN ('change', 'create', 'redaction'));
DROP TRIGGER audit_no_update;
UPDATE audit SET seq = version,
  device_name = (SELECT name FROM devices WHERE devices.id = audit.device_id);
CREATE TRIGGER audit_values_only BEFORE UPDATE OF id, workspace_id, tbl, record_id, version,
  device_id, actor, at, field, device_name, kind ON audit
  BEGIN SELECT RAISE(ABORT, 'audit is append-only; a redaction may rewrite only its values'); END;
CREATE INDEX audit_by_seq ON audit (workspace_id, seq);
ALTER TABLE devices ADD COLUMN wiped_at INTEGER;
ALTER TABLE devices ADD COLUMN lost_changes INTEGER;
`,
  },
  {
    id: 4,
    name: 'field_redactions',
    // Per field, the version from which on it is free of a text a redaction removed: a device's
    // change made on an older version is refused (redaction-guard.ts). Only a redaction writes
    // it. Redactions made before this migration are taken from their audit rows.
    sql: `
ALTER TABLE records ADD COLUMN field_redactions TEXT;
UPDATE records SET field_redactions = (
  SELECT json_group_object(field, version) FROM (
    SELECT field, MAX(version) AS version FROM audit
    WHERE audit.kind = 'redaction' AND audit.workspace_id = records.workspace_id
      AND audit.tbl = records.tbl AND audit.record_id = records.id
    GROUP BY field
  )
)
WHERE EXISTS (
  SELECT 1 FROM audit
  WHERE audit.kind = 'redaction' AND audit.workspace_id = records.workspace_id
    AND audit.tbl = records.tbl AND audit.record_id = records.id
);
`,
  },
];
