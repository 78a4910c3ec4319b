import { REDACTED_MARK } from './history-protocol';

export interface Redacted<T> {
  value: T;
  /** Occurrences replaced. */
  count: number;
}

/**
 * Replaces every occurrence of `text` with the redaction mark in a JSON value: in strings, and in
 * strings nested in arrays and objects (follow-up lists, history items). Object keys are left
 * alone. Pure; the value is copied only where something changed.
 */
export function redactValue<T>(value: T, text: string): Redacted<T> {
  if (text.length === 0) return { value, count: 0 };
  if (typeof value === 'string') {
    const parts = value.split(text);
    if (parts.length === 1) return { value, count: 0 };
    return { value: parts.join(REDACTED_MARK) as T, count: parts.length - 1 };
  }
  if (Array.isArray(value)) {
    let count = 0;
    const out = value.map((item: unknown) => {
      const r = redactValue(item, text);
      count += r.count;
      return r.value;
    });
    return count === 0 ? { value, count } : { value: out as T, count };
  }
  if (value !== null && typeof value === 'object') {
    let count = 0;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const r = redactValue(item, text);
      count += r.count;
      out[key] = r.value;
    }
    return count === 0 ? { value, count } : { value: out as T, count };
  }
  return { value, count: 0 };
}
