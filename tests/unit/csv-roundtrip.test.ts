import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, toCsv, type CsvCell } from '../../src/lib/csv';

/** What Excel-safe output turns a text cell into: formula-like text gets a leading apostrophe. */
const expected = (cell: CsvCell): string => {
  const text = cell === null || cell === undefined ? '' : String(cell);
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${text}` : text;
};

function parse(text: string): string[][] {
  expect(text.startsWith(CSV_BOM)).toBe(true);
  const result = Papa.parse<string[]>(text.slice(1), { delimiter: ';' });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('CSV for Swedish Excel', () => {
  const header = ['Organisation', 'Sammanfattning', 'Antal'];
  const rows: CsvCell[][] = [
    ['Föreningen Ö; Å & Ä', 'Sa "hej" och gick', 3],
    ['Kyrkan', 'Rad ett\r\nrad två\nrad tre', 0],
    ['Moskén', '', null],
    ['Åsa kyrka', 'semikolon;i;texten', 12],
  ];

  it('starts with the UTF-8 byte order mark, separates with semicolons and ends lines with CRLF', () => {
    const text = toCsv(header, rows);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split('\r\n')[0]).toBe('Organisation;Sammanfattning;Antal');
    // Quoted only where needed; quotes are doubled.
    expect(text).toContain('"Föreningen Ö; Å & Ä";"Sa ""hej"" och gick";3');
    expect(text).toContain('Moskén;;');
    // As UTF-8 bytes the file begins EF BB BF, and å/ä/ö are two bytes each.
    const bytes = new TextEncoder().encode(text);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('round-trips through papaparse, semicolons, quotes, line breaks and å/ä/ö included', () => {
    expect(parse(toCsv(header, rows))).toEqual([header, ...rows.map((r) => r.map(expected))]);
  });

  it('never lets a cell become a formula in Excel', () => {
    const text = toCsv(
      ['Anteckning'],
      [['=HYPERLINK("http://x")'], ['+46 60 12 34'], ['@SUM(A1)'], ['=1+1\nandra raden'], [-5]],
    );
    expect(parse(text).slice(1)).toEqual([
      ['\'=HYPERLINK("http://x")'],
      ["'+46 60 12 34"],
      ["'@SUM(A1)"],
      ["'=1+1\nandra raden"],
      ['-5'],
    ]);
  });

  it('round-trips any text and numbers (property)', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.constantFrom('å', 'ä', 'ö', 'Å', 'Ä', 'Ö', ';', '"', '\n', '\r\n', ' ; "x" ; '),
      fc.integer({ min: 0, max: 1_000_000 }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 8 }),
        (data) => {
          const out = parse(toCsv(['a', 'b', 'c'], data));
          expect(out).toEqual([['a', 'b', 'c'], ...data.map((r) => r.map(expected))]);
        },
      ),
    );
  });
});
