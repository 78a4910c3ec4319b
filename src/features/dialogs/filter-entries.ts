import type { AgreedFollowUp, LogEntry, LogKind } from '../../shared/schemas';
import { foldForSearch, yearOf } from '../../lib/dates';
import { SearchTextCache } from './search-text';

/** What the list shows: free text over organisation names and the entry's text, and filters. */
export interface ListFilters {
  query: string;
  kind: LogKind | '';
  year: number | null;
  organisationId: string | null;
  dueOnly: boolean;
}

export const NO_FILTERS: ListFilters = {
  query: '',
  kind: '',
  year: null,
  organisationId: null,
  dueOnly: false,
};

/**
 * An entry with its raw search text (kind, summary, topics, roles, audience, follow-ups). It is
 * folded for search only when a search needs it, through a cache. Organisation names are matched
 * separately, so renaming an organisation needs no new index.
 */
export interface IndexedEntry {
  entry: LogEntry;
  raw: string;
}

/** Days a follow-up counts as due before its date. */
export const DUE_HORIZON_DAYS = 7;

/** `YYYY-MM-DD` plus a number of days (calendar arithmetic, no time zone involved). */
export function addDays(localDate: string, days: number): string {
  const d = new Date(`${localDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Not done, with a due date no later than a week from today (overdue ones included). */
export function isDue(followUp: AgreedFollowUp, today: string): boolean {
  return (
    !followUp.done && followUp.due !== null && followUp.due <= addDays(today, DUE_HORIZON_DAYS)
  );
}

/** Newest first; entries at the same minute by id (UUIDv7: creation order), newest first. */
export function compareNewestFirst(a: LogEntry, b: LogEntry): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

export function indexEntry(entry: LogEntry, kindLabel: (kind: LogKind) => string): IndexedEntry {
  return {
    entry,
    raw: [
      kindLabel(entry.kind),
      entry.summary,
      ...entry.topics,
      ...entry.participantRoles,
      entry.trainingAudience,
      ...entry.followUps.map((f) => f.text),
    ].join('\n'),
  };
}

/** Live entries, newest first, each with its search text. */
export function indexEntries(
  entries: LogEntry[],
  kindLabel: (kind: LogKind) => string,
): IndexedEntry[] {
  return entries
    .filter((e) => !e.deleted)
    .sort(compareNewestFirst)
    .map((entry) => indexEntry(entry, kindLabel));
}

/**
 * The entries matching every filter, in the index's order (newest first). Text search needs every
 * word somewhere in the entry's text or its organisations' names, ignoring case and accents; pass
 * the same cache on every call so texts are folded once.
 */
export function filterEntries(
  index: IndexedEntry[],
  filters: ListFilters,
  today: string,
  nameOf: (organisationId: string) => string,
  cache: SearchTextCache = new SearchTextCache(),
): LogEntry[] {
  const words = foldForSearch(filters.query).split(/\s+/).filter(Boolean);
  if (words.length > 0) cache.rotate();
  const out: LogEntry[] = [];
  for (const { entry, raw } of index) {
    if (words.length > 0) {
      // Folded for every entry (not only those the other filters keep), so the cache stays whole.
      const text = cache.fold(raw);
      const names = entry.organisationIds.map((id) => cache.fold(nameOf(id)));
      if (!words.every((w) => text.includes(w) || names.some((n) => n.includes(w)))) continue;
    }
    if (filters.kind && entry.kind !== filters.kind) continue;
    if (filters.year !== null && yearOf(entry.date) !== filters.year) continue;
    if (filters.organisationId && !entry.organisationIds.includes(filters.organisationId)) continue;
    if (filters.dueOnly && !entry.followUps.some((f) => isDue(f, today))) continue;
    out.push(entry);
  }
  return out;
}

/** Years that have entries, newest first (for the year filter). */
export function entryYears(index: IndexedEntry[]): number[] {
  return [...new Set(index.map(({ entry }) => yearOf(entry.date)))].sort((a, b) => b - a);
}

export interface DueFollowUp {
  entry: LogEntry;
  followUp: AgreedFollowUp;
  overdue: boolean;
}

/** Agreed follow-ups that are due, earliest first: shown at the top of the list. */
export function dueFollowUps(index: IndexedEntry[], today: string): DueFollowUp[] {
  const out: DueFollowUp[] = [];
  for (const { entry } of index) {
    for (const followUp of entry.followUps) {
      if (isDue(followUp, today)) {
        out.push({ entry, followUp, overdue: (followUp.due ?? today) < today });
      }
    }
  }
  return out.sort((a, b) => ((a.followUp.due ?? '') < (b.followUp.due ?? '') ? -1 : 1));
}

export type ListRow =
  { type: 'month'; key: string; month: string } | { type: 'entry'; key: string; entry: LogEntry };

/** The rows of the list: a month heading before the first entry of each month. */
export function groupByMonth(entries: LogEntry[]): ListRow[] {
  const rows: ListRow[] = [];
  let month = '';
  for (const entry of entries) {
    const m = entry.date.slice(0, 7);
    if (m !== month) {
      month = m;
      rows.push({ type: 'month', key: `m-${m}`, month: m });
    }
    rows.push({ type: 'entry', key: entry.id, entry });
  }
  return rows;
}
