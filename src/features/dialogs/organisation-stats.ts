import type { LogEntry } from '../../shared/schemas';
import { yearOf } from '../../lib/dates';

/** Dialog meetings per organisation and year (newest year first); deleted entries do not count. */
export function dialogsPerYear(entries: LogEntry[]): Map<string, Array<[number, number]>> {
  const counts = new Map<string, Map<number, number>>();
  for (const entry of entries) {
    if (entry.deleted || entry.kind !== 'dialog') continue;
    const year = yearOf(entry.date);
    for (const id of new Set(entry.organisationIds)) {
      const perYear = counts.get(id) ?? new Map<number, number>();
      perYear.set(year, (perYear.get(year) ?? 0) + 1);
      counts.set(id, perYear);
    }
  }
  return new Map(
    [...counts].map(([id, perYear]) => [id, [...perYear].sort((a, b) => b[0] - a[0])]),
  );
}
