import type { AgreedFollowUp, LogEntry, LogKind } from '../../shared/schemas';
import { foldForSearch, yearOf } from '../../lib/dates';
import { itemsWithWords } from './search-corpus';

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
 * An entry with its raw search text (kind, summary, topics, roles, audience, follow-ups) and, once
 * a search (or the list's idle-time warm-up) has needed it, that text folded: folded once per entry,
 * kept on the item, and made anew only for an entry that changed (the log's read model replaces
 * just that item). Organisation names are matched separately, so renaming one needs no new index.
 */
export interface IndexedEntry {
  entry: LogEntry;
  raw: string;
  folded?: string;
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
  return isDueBy(followUp, addDays(today, DUE_HORIZON_DAYS));
}

const isDueBy = (followUp: AgreedFollowUp, horizon: string): boolean =>
  !followUp.done && followUp.due !== null && followUp.due <= horizon;

/** Newest first; entries at the same minute by id (UUIDv7: creation order), newest first. */
export function compareNewestFirst(a: LogEntry, b: LogEntry): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

export function indexEntry(entry: LogEntry, kindLabel: (kind: LogKind) => string): IndexedEntry {
  return {
    entry,
    folded: undefined,
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
 * word somewhere in the entry's text or its organisations' names, ignoring case and accents: each
 * word is looked up in the index's search corpus (see search-corpus.ts), or found by scanning the
 * texts while that corpus is still being built.
 */
export function filterEntries(
  index: IndexedEntry[],
  filters: ListFilters,
  today: string,
  nameOf: (organisationId: string) => string,
): LogEntry[] {
  const words = foldForSearch(filters.query).split(/\s+/).filter(Boolean);
  const { kind, year, organisationId, dueOnly } = filters;
  if (words.length === 0 && !kind && year === null && !organisationId && !dueOnly)
    return index.map((item) => item.entry);
  const horizon = addDays(today, DUE_HORIZON_DAYS);
  const found = words.length > 0 ? itemsWithWords(index, words, nameOf) : [];
  const out: LogEntry[] = [];
  for (let i = 0; i < index.length; i++) {
    const { entry } = index[i]!;
    if (kind && entry.kind !== kind) continue;
    if (year !== null && yearOf(entry.date) !== year) continue;
    if (organisationId && !entry.organisationIds.includes(organisationId)) continue;
    if (dueOnly && !entry.followUps.some((f) => isDueBy(f, horizon))) continue;
    let every = true;
    for (let k = 0; k < found.length && every; k++) every = found[k]![i] === 1;
    if (every) out.push(entry);
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
  const horizon = addDays(today, DUE_HORIZON_DAYS);
  const out: DueFollowUp[] = [];
  for (const { entry } of index) {
    if (entry.followUps.length === 0) continue;
    for (const followUp of entry.followUps) {
      if (isDueBy(followUp, horizon)) {
        out.push({ entry, followUp, overdue: (followUp.due ?? today) < today });
      }
    }
  }
  return out.sort((a, b) => ((a.followUp.due ?? '') < (b.followUp.due ?? '') ? -1 : 1));
}

/** A month's heading in the list. */
export interface MonthRow {
  month: string;
  key: string;
}

/** A row of the list: a month heading or the entry itself (no wrapper to make per entry). */
export type ListRow = MonthRow | LogEntry;

export const isMonthRow = (row: ListRow): row is MonthRow => 'month' in row;

/** The row's key: the month's or the entry's id. */
export const rowKey = (row: ListRow): string => (isMonthRow(row) ? row.key : row.id);

/** The month rows made so far: the same heading object every time the list is grouped. */
const monthRows = new Map<string, MonthRow>();

/** The rows of the list: a month heading before the first entry of each month. */
export function groupByMonth(entries: LogEntry[]): ListRow[] {
  const rows: ListRow[] = [];
  let month = '';
  for (const entry of entries) {
    if (month === '' || !entry.date.startsWith(month)) {
      month = entry.date.slice(0, 7);
      let heading = monthRows.get(month);
      if (heading === undefined) monthRows.set(month, (heading = { month, key: `m-${month}` }));
      rows.push(heading);
    }
    rows.push(entry);
  }
  return rows;
}
