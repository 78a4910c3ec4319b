import { describe, expect, it } from 'vitest';
import { groupHistory } from '../../src/features/history/group-history';
import { recordHistoryCsv } from '../../src/features/history/history-csv';
import { parseCsv } from '../../src/lib/csv';
import { redactValue } from '../../src/shared/sync/redact-text';
import type { OpenHistoryRow } from '../../src/db';

const row = (
  id: number,
  seq: number,
  field: string,
  oldValue: unknown,
  newValue: unknown,
  kind: 'change' | 'redaction' = 'change',
): OpenHistoryRow => ({
  id,
  seq,
  table: 'logEntries',
  recordId: 'e1',
  version: seq,
  field,
  kind,
  oldValue,
  newValue,
  actor: 'Anna',
  deviceName: 'Telefon',
  at: `2025-03-0${seq}T10:00:00.000Z`,
});

describe('the Historik page’s grouping', () => {
  const rows = [
    row(1, 1, 'summary', null, 'Första'),
    row(2, 1, 'deleted', null, false),
    row(3, 1, 'updatedAt', null, '2025-03-01'),
    row(4, 1, 'topics', null, []),
    row(5, 2, 'summary', 'Första', 'Andra'),
    row(6, 3, 'summary', null, null, 'redaction'),
  ];
  const pending = [
    {
      seq: 9,
      createdAt: '2025-03-04T10:00:00.000Z',
      fields: { summary: 'Tredje', updatedAt: 'x' },
      before: { summary: 'Andra', updatedAt: 'y' },
    },
  ];

  it('lists pending changes first, then changes newest first, one card per change', () => {
    const groups = groupHistory(rows, pending, { actor: 'Bo', deviceName: null });
    expect(groups.map((g) => [g.kind, g.changes.map((c) => c.field)])).toEqual([
      ['pending', ['summary']],
      ['redaction', ['summary']],
      ['change', ['summary']],
      // The creation shows what was filled in, not empty fields or bookkeeping.
      ['change', ['summary']],
    ]);
    expect(groups[0]).toMatchObject({
      actor: 'Bo',
      changes: [{ field: 'summary', oldValue: 'Andra', newValue: 'Tredje' }],
    });
    expect(groups[2]).toMatchObject({ actor: 'Anna', deviceName: 'Telefon' });
  });

  it('exports the same rows as CSV for Excel, redactions without text', () => {
    const groups = groupHistory(rows, pending, { actor: 'Bo', deviceName: null });
    const csv = recordHistoryCsv('logEntries', 'e1', groups);
    expect(csv.startsWith('\uFEFFTid;Person;Enhet;')).toBe(true);
    const [header, ...lines] = parseCsv(csv);
    expect(header).toHaveLength(10);
    expect(lines.map((l) => [l[5], l[6], l[7], l[8], l[9]])).toEqual([
      ['Sammanfattning', 'Andra', 'Tredje', 'Inte synkad än', 'Nej'],
      ['Sammanfattning', '', '', 'Uppgift borttagen', 'Ja'],
      ['Sammanfattning', 'Första', 'Andra', 'Ändring', 'Ja'],
      ['Sammanfattning', '(tomt)', 'Första', 'Ändring', 'Ja'],
    ]);
  });
});

describe('redactValue', () => {
  it('replaces every occurrence in strings nested in lists and objects, and counts them', () => {
    const value = [
      { id: 'a', text: 'Ring Per Persson, Per Persson svarar', due: null, done: false },
      { id: 'b', text: 'Inget namn', due: '2025-04-01', done: true },
    ];
    const result = redactValue(value, 'Per Persson');
    expect(result.count).toBe(2);
    expect(result.value[0]!.text).toBe('Ring [borttaget], [borttaget] svarar');
    expect(result.value[1]).toBe(value[1]);
    expect(redactValue('inget', 'Per')).toEqual({ value: 'inget', count: 0 });
    expect(redactValue(42, '42')).toEqual({ value: 42, count: 0 });
  });
});
