/**
 * The PostgreSQL schema, as numbered migrations applied in order and recorded in
 * `schema_migrations` (see pg-open.ts). Append only: a migration that has shipped is never edited;
 * change the schema with a new one. The same tables as SQLite (sqlite-migrations.ts).
 *
 * Times are milliseconds since the epoch (bigint). Record fields are `json`, not `jsonb`: `json`
 * keeps the text exactly as JSON.stringify wrote it, like SQLite's JSON text, while `jsonb` refuses
 * some valid JSON strings (`"\u0000"`, a lone `"\ud800"`) that a device may legitimately push.
 */
export interface PgMigration {
  id: number;
  name: string;
  sql: string;
}

export const PG_MIGRATIONS: readonly PgMigration[] = [
  {
    id: 1,
    name: 'init',
    sql: `
CREATE TABLE workspaces (
  id text PRIMARY KEY,
  name text NOT NULL,
  created_at bigint NOT NULL,
  -- The per-workspace version counter: a push takes the next values while holding this row's lock.
  version_counter bigint NOT NULL DEFAULT 0,
  -- Which revision of the default records this workspace has been given.
  seed_revision integer NOT NULL DEFAULT 0
);

CREATE TABLE devices (
  id text PRIMARY KEY,
  workspace_id text NOT NULL REFERENCES workspaces(id),
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('office', 'field')),
  token_hash text NOT NULL UNIQUE,
  last_seq bigint NOT NULL DEFAULT 0,
  created_at bigint NOT NULL,
  last_seen_at bigint,
  revoked_at bigint,
  revoked_lost boolean NOT NULL DEFAULT false
);
CREATE INDEX devices_by_workspace ON devices (workspace_id);

CREATE TABLE pairing_codes (
  code_hash text PRIMARY KEY,
  workspace_id text NOT NULL REFERENCES workspaces(id),
  role text NOT NULL CHECK (role IN ('office', 'field')),
  expires_at bigint NOT NULL,
  used_at bigint,
  created_at bigint NOT NULL
);

CREATE TABLE records (
  workspace_id text NOT NULL REFERENCES workspaces(id),
  tbl text NOT NULL,
  id text NOT NULL,
  data json NOT NULL,
  field_versions json NOT NULL,
  -- Per field, the device that changed it last; NULL for default data.
  field_writers json,
  version bigint NOT NULL,
  PRIMARY KEY (workspace_id, tbl, id)
);
CREATE INDEX records_by_version ON records (workspace_id, version);

CREATE TABLE audit (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id text NOT NULL REFERENCES workspaces(id),
  tbl text NOT NULL,
  record_id text NOT NULL,
  version bigint NOT NULL,
  device_id text NOT NULL,
  actor text,
  at bigint NOT NULL,
  field text NOT NULL,
  old_value json,
  new_value json
);
CREATE INDEX audit_by_record ON audit (workspace_id, tbl, record_id);
CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit is append-only';
END
$$;
CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit
  FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
  FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
`,
  },
  {
    id: 2,
    name: 'audit_sync_and_wipe_report',
    // As SQLite migration 3: audit rows sync to devices by \`seq\`; only a redaction may rewrite an
    // audit row's values (and its seq); a device revoked as lost reports its undelivered changes.
    sql: `
ALTER TABLE audit ADD COLUMN seq bigint NOT NULL DEFAULT 0;
ALTER TABLE audit ADD COLUMN device_name text;
ALTER TABLE audit ADD COLUMN kind text NOT NULL DEFAULT 'change' CHECK (kind IN ('change', 'create', 'redaction'));
DROP TRIGGER audit_no_change ON audit;
UPDATE audit SET seq = version,
  device_name = (SELECT name FROM devices WHERE devices.id = audit.device_id);
CREATE FUNCTION audit_values_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'audit is append-only';
  END IF;
  IF (NEW.id, NEW.workspace_id, NEW.tbl, NEW.record_id, NEW.version, NEW.device_id, NEW.actor,
      NEW.at, NEW.field, NEW.device_name, NEW.kind)
     IS DISTINCT FROM
     (OLD.id, OLD.workspace_id, OLD.tbl, OLD.record_id, OLD.version, OLD.device_id, OLD.actor,
      OLD.at, OLD.field, OLD.device_name, OLD.kind) THEN
    RAISE EXCEPTION 'audit is append-only; a redaction may rewrite only its values';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER audit_values_only BEFORE UPDATE OR DELETE ON audit
  FOR EACH ROW EXECUTE FUNCTION audit_values_only();
CREATE INDEX audit_by_seq ON audit (workspace_id, seq);
ALTER TABLE devices ADD COLUMN wiped_at bigint;
ALTER TABLE devices ADD COLUMN lost_changes integer;
`,
  },
  {
    id: 3,
    name: 'field_redactions',
    // As SQLite migration 4: per field, the version from which on it is free of a text a
    // redaction removed; redactions made before this migration are taken from their audit rows.
    sql: `
ALTER TABLE records ADD COLUMN field_redactions json;
UPDATE records SET field_redactions = r.marks
FROM (
  SELECT workspace_id, tbl, record_id, json_object_agg(field, version) AS marks
  FROM (
    SELECT workspace_id, tbl, record_id, field, MAX(version) AS version FROM audit
    WHERE kind = 'redaction'
    GROUP BY workspace_id, tbl, record_id, field
  ) last
  GROUP BY workspace_id, tbl, record_id
) r
WHERE records.workspace_id = r.workspace_id AND records.tbl = r.tbl AND records.id = r.record_id;
`,
  },
];
