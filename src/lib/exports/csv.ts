/**
 * CSV for Danish spreadsheets: UTF-8 with a byte-order mark (so Excel reads æ, ø, å right),
 * semicolon as separator (a Danish Excel's list separator, since the comma is the decimal sign),
 * CRLF line ends, and quoting per RFC 4180: a field with a separator, quote or line break is
 * quoted, with quotes doubled.
 */
export const CSV_SEPARATOR = ';';
export const BOM = '\uFEFF';

export function csvField(value: string): string {
  return /[";\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(header: string[], rows: string[][]): string {
  return BOM + [header, ...rows].map((r) => r.map(csvField).join(CSV_SEPARATOR)).join('\r\n') + '\r\n';
}
