/**
 * SQL literals for statements sent as one simple query (several statements, no parameters), as
 * the push transaction does to save round trips while it holds its workspace's lock. Every value
 * goes through these; nothing else is spliced into SQL text.
 */

/**
 * A text literal: NULL; or the text dollar-quoted (`$v$…$v$`: nothing inside is special, so
 * nothing needs escaping) when it holds neither the quote's tag nor U+0000; else an escape-string
 * literal with backslashes and quotes doubled (safe whatever `standard_conforming_strings` says).
 * PostgreSQL text cannot hold U+0000: it becomes U+FFFD, as parameters do (pg-rows.ts). Lone
 * surrogates are sent as U+FFFD by the UTF-8 encoder.
 */
export function sqlText(value: string | null): string {
  if (value === null) return 'NULL';
  if (!value.includes(TAG) && !value.includes('\u0000')) return `${TAG}${value}${TAG}`;
  const escaped = value
    .replaceAll('\\', '\\\\')
    .replaceAll("'", "''")
    .replaceAll('\u0000', '\uFFFD');
  return `E'${escaped}'`;
}

const TAG = '$v$';

/** A bigint literal; anything but a safe integer is refused (thrown), never spliced. */
export function sqlInt(value: number): string {
  if (!Number.isSafeInteger(value)) throw new Error(`not a safe integer: ${String(value)}`);
  return String(value);
}

/** A json literal from JSON text (a json NULL for null: typed, so a column of NULLs is json too). */
export const sqlJson = (text: string | null): string =>
  text === null ? 'NULL::json' : `${sqlText(text)}::json`;
