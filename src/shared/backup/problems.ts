/**
 * What can be wrong with a file offered for restore. The app words each one in Swedish; every
 * problem names what it found (the version, the table and field) so the user can act on it.
 */
export type BackupProblem =
  | { kind: 'empty' }
  /** JSON that stops early or is broken: an interrupted download or a damaged file. */
  | { kind: 'truncated' }
  /** Some other file: not JSON at all, JSON of another kind, or Värna's pending-changes export. */
  | { kind: 'notBackup'; found: 'notJson' | 'otherJson' | 'pendingChanges' }
  | { kind: 'unsupportedVersion'; version: string }
  | { kind: 'needsPassphrase' }
  | { kind: 'wrongPassphrase' }
  | { kind: 'missingTable'; table: string }
  | { kind: 'invalidRecord'; table: string; index: number; field: string; recordId: string | null }
  | { kind: 'duplicateId'; table: string; id: string }
  | { kind: 'invalidPart'; part: 'header' | 'outbox' | 'meta' | 'encryption'; field: string };

export type BackupResult<T> = { ok: true; value: T } | { ok: false; problem: BackupProblem };

export const fail = <T>(problem: BackupProblem): BackupResult<T> => ({ ok: false, problem });
