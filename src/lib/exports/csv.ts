import { stringify } from 'csv-stringify/sync';

/**
 * CSV for Danish spreadsheets, written by csv-stringify: UTF-8 with a byte-order mark (so Excel
 * reads æ, ø, å right), semicolon as separator (a Danish Excel's list separator, since the comma
 * is the decimal sign), CRLF line ends, and RFC 4180 quoting.
 *
 * Cells are untrusted text from the minutes. A cell that starts with =, +, -, @, tab or CR is
 * read by a spreadsheet as a formula (CSV/formula injection), so it is neutralised the way OWASP
 * recommends: csv-stringify's escape_formulas puts a single quote in front, and such a cell is
 * always quoted. A cell with leading or trailing white space is quoted too, so no reader trims it.
 */
/** The first characters csv-stringify's escape_formulas neutralises (with their full-width forms). */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const EDGE_WHITE_SPACE = /^\s|\s$/;

export function toCsv(header: string[], rows: string[][]): string {
  return stringify([header, ...rows], {
    bom: true,
    delimiter: ';',
    record_delimiter: 'windows',
    escape_formulas: true,
    // Tested on the cell before the quote is put in front.
    quoted_match: [FORMULA_START, EDGE_WHITE_SPACE],
    // A line break inside a cell is quoted; csv-stringify only does so unasked for its default LF.
    quote_record_delimiter: true,
  });
}
