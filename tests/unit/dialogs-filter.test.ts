import { describe, expect, it } from 'vitest';
import type { LogEntry, LogKind } from '../../src/shared/schemas';
import {
  NO_FILTERS,
  addDays,
  dueFollowUps,
  entryYears,
  filterEntries,
  groupByMonth,
  isMonthRow,
  indexEntries,
  type ListFilters,
} from '../../src/features/dialogs/filter-entries';
import { filtersFromParams, filtersToParams } from '../../src/features/dialogs/list-params';
import { dialogsPerYear } from '../../src/features/dialogs/organisation-stats';
import { foldFast } from '../../src/features/dialogs/search-text';
import { foldForSearch } from '../../src/lib/dates';
import { logEntry } from '../fixtures/log-entry';

const ORG_NAMES: Record<string, string> = {
  moske: 'Moskéföreningen i Timrå',
  kyrka: 'Svenska kyrkan',
  ifk: 'IFK Timrå',
};
const nameOf = (id: string) => ORG_NAMES[id] ?? '';
const kindLabel = (kind: LogKind) =>
  ({
    dialog: 'Dialogmöte',
    network: 'Nätverksträff',
    training: 'Utbildning',
    intervention: 'Insats',
  })[kind];

let n = 0;
function entry(patch: Partial<LogEntry>): LogEntry {
  n += 1;
  return logEntry(`e${String(n).padStart(5, '0')}`, {
    updatedAt: '',
    date: '2026-03-01T10:00',
    ...patch,
  });
}

const TODAY = '2026-03-10';
const ENTRIES = [
  entry({
    date: '2026-03-05T09:00',
    organisationIds: ['moske'],
    summary: 'Samtal om lokalfrågan',
    topics: ['Lokaler'],
  }),
  entry({
    date: '2026-02-20T18:00',
    organisationIds: ['kyrka'],
    summary: 'Trygghetsvandring i centrum',
  }),
  entry({ date: '2025-11-02T12:00', organisationIds: ['ifk', 'kyrka'], topics: ['Ungdomar'] }),
  entry({
    date: '2026-03-07T10:00',
    kind: 'network',
    networkLevel: 'regional',
    summary: 'Länsstyrelsens nätverk',
  }),
  entry({
    date: '2026-01-15T10:00',
    organisationIds: ['ifk'],
    followUps: [
      { id: 'f-soon', text: 'Skicka material', due: '2026-03-17', done: false },
      { id: 'f-late', text: 'Boka möte', due: '2026-03-01', done: false },
      { id: 'f-later', text: 'Utvärdera', due: '2026-03-18', done: false },
      { id: 'f-done', text: 'Klart', due: '2026-03-02', done: true },
    ],
  }),
  entry({
    date: '2026-03-08T10:00',
    organisationIds: ['moske'],
    deleted: true,
    summary: 'borttagen',
  }),
];
const INDEX = indexEntries(ENTRIES, kindLabel);
const ids = (filters: Partial<ListFilters>) =>
  filterEntries(INDEX, { ...NO_FILTERS, ...filters }, TODAY, nameOf).map(
    (e) => e.summary || e.organisationIds.join('+') || e.kind,
  );

describe('filterEntries', () => {
  it('lists live entries newest first', () => {
    expect(ids({})).toEqual([
      'Länsstyrelsens nätverk',
      'Samtal om lokalfrågan',
      'Trygghetsvandring i centrum',
      'ifk',
      'ifk+kyrka',
    ]);
  });

  it('searches organisation names and text without regard to case or accents', () => {
    expect(ids({ query: 'moskeforeningen' })).toEqual(['Samtal om lokalfrågan']);
    expect(ids({ query: 'MOSKÉ' })).toEqual(['Samtal om lokalfrågan']);
    expect(ids({ query: 'lokalfragan' })).toEqual(['Samtal om lokalfrågan']);
    expect(ids({ query: 'lansstyrelsens' })).toEqual(['Länsstyrelsens nätverk']);
    expect(ids({ query: 'trygghet' })).toEqual(['Trygghetsvandring i centrum']);
    expect(ids({ query: 'ungdomar' })).toEqual(['ifk+kyrka']);
    expect(ids({ query: 'skicka material' })).toEqual(['ifk']);
  });

  it('needs every word, in any order and field', () => {
    expect(ids({ query: 'kyrkan ifk' })).toEqual(['ifk+kyrka']);
    expect(ids({ query: 'kyrkan moské' })).toEqual([]);
    expect(ids({ query: 'borttagen' })).toEqual([]);
  });

  it('filters by kind, year, organisation and follow-up due, combined', () => {
    expect(ids({ kind: 'network' })).toEqual(['Länsstyrelsens nätverk']);
    expect(ids({ year: 2025 })).toEqual(['ifk+kyrka']);
    expect(ids({ organisationId: 'kyrka' })).toEqual(['Trygghetsvandring i centrum', 'ifk+kyrka']);
    expect(ids({ organisationId: 'kyrka', year: 2026 })).toEqual(['Trygghetsvandring i centrum']);
    expect(ids({ dueOnly: true })).toEqual(['ifk']);
  });

  it('lists the years that have entries, newest first', () => {
    expect(entryYears(INDEX)).toEqual([2026, 2025]);
  });

  it('finds an entry by its new text after an edit, the old text folded once and not reused', () => {
    const before = indexEntries([entry({ id: 'x', summary: 'Gammal text' })], kindLabel);
    expect(filterEntries(before, { ...NO_FILTERS, query: 'gammal' }, TODAY, nameOf)).toHaveLength(
      1,
    );
    expect(before[0]!.folded).toContain('gammal text');
    const after = indexEntries(
      [entry({ id: 'x', summary: 'Ny text om föreningslivet' })],
      kindLabel,
    );
    expect(filterEntries(after, { ...NO_FILTERS, query: 'gammal' }, TODAY, nameOf)).toHaveLength(0);
    expect(
      filterEntries(after, { ...NO_FILTERS, query: 'foreningslivet' }, TODAY, nameOf),
    ).toHaveLength(1);
  });

  it('filters 10,000 entries by text', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      entry({
        date: `20${10 + (i % 16)}-0${1 + (i % 9)}-1${i % 10}T10:00`,
        organisationIds: [i % 3 === 0 ? 'moske' : 'ifk'],
      }),
    );
    const index = indexEntries(many, kindLabel);
    const found = filterEntries(index, { ...NO_FILTERS, query: 'moske' }, TODAY, nameOf);
    expect(found).toHaveLength(3334);
    expect(found.every((e, i) => i === 0 || found[i - 1]!.date >= e.date)).toBe(true);
  });
});

describe('foldFast', () => {
  it('folds exactly like foldForSearch, Latin or not', () => {
    const latin = Array.from({ length: 0x250 }, (_, i) => String.fromCharCode(i)).join('');
    for (const text of [
      latin,
      'Moskéföreningen ÅÄÖ Ünal',
      'Ελληνικά Σ',
      'مسجد',
      'e\u0301',
      'İstanbul',
    ]) {
      expect(foldFast(text)).toBe(foldForSearch(text));
    }
  });
});

describe('due follow-ups', () => {
  it('are those not done with a due date within a week, overdue first', () => {
    const due = dueFollowUps(INDEX, TODAY);
    expect(due.map((d) => [d.followUp.id, d.overdue])).toEqual([
      ['f-late', true],
      ['f-soon', false],
    ]);
    expect(addDays(TODAY, 7)).toBe('2026-03-17');
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
  });
});

describe('grouping and addresses', () => {
  it('puts a month heading before the first entry of each month', () => {
    const rows = groupByMonth(filterEntries(INDEX, NO_FILTERS, TODAY, nameOf));
    expect(rows.map((r) => (isMonthRow(r) ? r.month : 'entry'))).toEqual([
      '2026-03',
      'entry',
      'entry',
      '2026-02',
      'entry',
      '2026-01',
      'entry',
      '2025-11',
      'entry',
    ]);
  });

  it('keeps the filters in the address and reads them back', () => {
    const filters: ListFilters = {
      query: 'kyrka å',
      kind: 'training',
      year: 2026,
      organisationId: 'o1',
      dueOnly: true,
    };
    expect(filtersFromParams(filtersToParams(filters))).toEqual(filters);
    expect(filtersToParams(NO_FILTERS).toString()).toBe('');
    expect(filtersFromParams(new URLSearchParams('typ=nonsense&ar=abc'))).toEqual(NO_FILTERS);
  });

  it('counts dialog meetings per organisation and year', () => {
    expect(dialogsPerYear(ENTRIES).get('kyrka')).toEqual([
      [2026, 1],
      [2025, 1],
    ]);
    expect(dialogsPerYear(ENTRIES).get('moske')).toEqual([[2026, 1]]);
  });
});
