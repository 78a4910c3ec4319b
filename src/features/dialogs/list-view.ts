import type { LogEntry } from '../../shared/schemas';
import {
  dueFollowUps,
  filterEntries,
  groupByMonth,
  type DueFollowUp,
  type IndexedEntry,
  type ListFilters,
  type ListRow,
} from './filter-entries';

/** What the list page shows for one index and set of filters. */
export interface ListView {
  shown: LogEntry[];
  rows: ListRow[];
}

interface Kept<K, V> {
  key: K;
  value: V;
}

const sameFilters = (a: ListFilters, b: ListFilters): boolean =>
  a.query === b.query &&
  a.kind === b.kind &&
  a.year === b.year &&
  a.organisationId === b.organisationId &&
  a.dueOnly === b.dueOnly;

let keptView: Kept<[IndexedEntry[], ListFilters, string, (id: string) => string], ListView> | null =
  null;
let keptDue: Kept<[IndexedEntry[], string], DueFollowUp[]> | null = null;

/**
 * The entries and rows the list shows, kept from the last time the page was shown while the log,
 * the filters and the day are the same (and, when searching, the register's names): going back to
 * the list from an entry, or a register change the list does not show, lays out nothing anew.
 */
export function listViewOf(
  index: IndexedEntry[],
  filters: ListFilters,
  today: string,
  nameOf: (organisationId: string) => string,
): ListView {
  const searching = filters.query.trim() !== '';
  if (keptView) {
    const [i, f, d, n] = keptView.key;
    if (i === index && sameFilters(f, filters) && d === today && (!searching || n === nameOf))
      return keptView.value;
  }
  const shown = filterEntries(index, filters, today, nameOf);
  const value = { shown, rows: groupByMonth(shown) };
  keptView = { key: [index, filters, today, nameOf], value };
  return value;
}

/** The follow-ups due, kept while the entries that can have one and the day are the same. */
export function dueOf(withFollowUps: IndexedEntry[], today: string): DueFollowUp[] {
  if (keptDue && keptDue.key[0] === withFollowUps && keptDue.key[1] === today) return keptDue.value;
  const value = dueFollowUps(withFollowUps, today);
  keptDue = { key: [withFollowUps, today], value };
  return value;
}
