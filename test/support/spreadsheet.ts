import * as XLSX from 'xlsx';
import { expect } from 'vitest';

export interface SpreadsheetCell {
  /** The text or number the spreadsheet shows. */
  value: string | number | boolean | undefined;
  /** The formula the spreadsheet would evaluate, if it took the cell for one. */
  formula: string | undefined;
}

/**
 * Open a CSV file the way a spreadsheet does, with SheetJS's CSV reader: like Excel it takes a
 * cell that starts with "=" for a formula. Rows of cells, header row first.
 */
export function openInSpreadsheet(csv: string): SpreadsheetCell[][] {
  expect(csv.charCodeAt(0), 'byte-order mark').toBe(0xfeff);
  const book = XLSX.read(csv.slice(1), { type: 'string', FS: ';', raw: false });
  const sheet = book.Sheets[book.SheetNames[0]];
  const range = XLSX.utils.decode_range(sheet['!ref']!);
  const rows: SpreadsheetCell[][] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const row: SpreadsheetCell[] = [];
    for (let c = range.s.c; c <= range.e.c; c++) {
      const cell = sheet[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
      row.push({ value: cell?.v as SpreadsheetCell['value'], formula: cell?.f });
    }
    rows.push(row);
  }
  return rows;
}
