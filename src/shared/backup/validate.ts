import { BACKUP_FORMAT, BACKUP_TABLES, BACKUP_VERSION, backupFileSchema } from './format';
import type { BackupFile } from './format';
import { ENCRYPTED_FORMAT } from './encrypted-format';
import { fail, type BackupProblem, type BackupResult } from './problems';

type Path = ReadonlyArray<PropertyKey>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The text's JSON value; broken JSON that starts like JSON counts as truncated. */
export function parseBackupJson(text: string): BackupResult<unknown> {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return fail({ kind: 'empty' });
  try {
    return { ok: true, value: JSON.parse(trimmed) as unknown };
  } catch {
    return fail(
      /^[{[]/.test(trimmed) ? { kind: 'truncated' } : { kind: 'notBackup', found: 'notJson' },
    );
  }
}

/** The format and version a JSON value claims, before its contents are checked. */
export function checkHeader(
  value: unknown,
  format: string,
  version: number = BACKUP_VERSION,
): BackupProblem | null {
  if (!isObject(value)) return { kind: 'notBackup', found: 'otherJson' };
  if (value.format === 'varna-pending-changes')
    return { kind: 'notBackup', found: 'pendingChanges' };
  if (value.format !== format) return { kind: 'notBackup', found: 'otherJson' };
  if (value.version !== version) {
    const version = value.version;
    return {
      kind: 'unsupportedVersion',
      version: typeof version === 'number' || typeof version === 'string' ? String(version) : '?',
    };
  }
  return null;
}

function problemAt(path: Path, raw: Record<string, unknown>): BackupProblem {
  const [part, key, index, ...rest] = path.map(String);
  if (part === 'tables' && key !== undefined) {
    const rows = isObject(raw.tables) ? raw.tables[key] : undefined;
    if (index === undefined) {
      return rows === undefined
        ? { kind: 'missingTable', table: key }
        : { kind: 'invalidRecord', table: key, index: -1, field: '', recordId: null };
    }
    const row = Array.isArray(rows) ? (rows[Number(index)] as unknown) : undefined;
    const id = isObject(row) && typeof row.id === 'string' ? row.id : null;
    return {
      kind: 'invalidRecord',
      table: key,
      index: Number(index),
      field: rest.join('.'),
      recordId: id,
    };
  }
  if (part === 'outbox' || part === 'meta') {
    return { kind: 'invalidPart', part, field: path.slice(1).map(String).join('.') };
  }
  return { kind: 'invalidPart', part: 'header', field: path.map(String).join('.') };
}

/**
 * Checks a parsed backup against the version-1 schema, every record against its table's schema,
 * and that no table holds an id twice. Returns the file as it was written (fields this version
 * does not know are kept, so nothing pulled from a newer server is lost by a restore).
 */
export function validateBackup(value: unknown): BackupResult<BackupFile> {
  if (isObject(value) && value.format === ENCRYPTED_FORMAT) {
    return fail({ kind: 'notBackup', found: 'otherJson' });
  }
  const header = checkHeader(value, BACKUP_FORMAT);
  if (header) return fail(header);
  const raw = value as Record<string, unknown>;
  const parsed = backupFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(problemAt(issue?.path ?? [], raw));
  }
  const backup = raw as unknown as BackupFile;
  for (const table of BACKUP_TABLES) {
    const seen = new Set<string>();
    for (const row of backup.tables[table] as Array<{ id: string }>) {
      if (seen.has(row.id)) return fail({ kind: 'duplicateId', table, id: row.id });
      seen.add(row.id);
    }
  }
  return { ok: true, value: backup };
}
