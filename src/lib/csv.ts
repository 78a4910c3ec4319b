import Papa from 'papaparse';

/**
 * CSV for Swedish Excel, made with papaparse: UTF-8 with a byte order mark (so å, ä and ö show
 * right), semicolon as separator (Swedish Excel's list separator, since the comma is the decimal
 * sign), fields quoted when they hold a semicolon, a quote or a line break, quotes doubled, and
 * CRLF line ends. Dates are written as ISO text (`2026-03-05`, `14:00`).
 *
 * Text that Excel would run as a formula (starting with =, +, -, @, tab or CR) gets a leading
 * apostrophe, so a note can never become a formula on the office computer. Numbers stay numbers.
 */
export const CSV_BOM = '\uFEFF';
export const CSV_DELIMITER = ';';
export const CSV_NEWLINE = '\r\n';
export const CSV_MIME = 'text/csv;charset=utf-8';

/**
 * Text Excel would read as a formula. Papaparse's own pattern (`/^[=+\-@\t\r].*$/`) misses text
 * with a line break after the first character, so the test is on the first character only.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | boolean | null | undefined;

/** A CSV document: the header row, then one row per record. Empty cells for null/undefined. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  const text = Papa.unparse(
    {
      fields: [...header],
      data: rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? '' : cell))),
    },
    {
      delimiter: CSV_DELIMITER,
      newline: CSV_NEWLINE,
      quotes: false,
      escapeFormulae: FORMULA_START,
    },
  );
  // papaparse ends a header with no rows in a line break, which a reader would take for an empty row.
  return CSV_BOM + (rows.length === 0 ? text.replace(/\r\n$/, '') : text);
}

/** Reads a CSV document made by `toCsv` back into rows of text (the header row first). */
export function parseCsv(text: string): string[][] {
  const result = Papa.parse<string[]>(text.startsWith(CSV_BOM) ? text.slice(1) : text, {
    delimiter: CSV_DELIMITER,
    newline: CSV_NEWLINE,
    skipEmptyLines: false,
  });
  return result.data;
}

/** A file name with today's date: `varna-dialoger-2026-03-05.csv`. */
export function csvFileName(base: string, isoDate: string): string {
  return `${base}-${isoDate}.csv`;
}
