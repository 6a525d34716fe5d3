import { expect } from 'vitest';

/**
 * A strict reader for the archive's CSV dialect (RFC 4180 with ";" and CRLF, UTF-8 with BOM):
 * it fails on a bare LF outside quotes, on text after a closing quote and on rows whose width
 * differs from the header's, so a writer bug cannot slip through as a merely odd cell.
 */
export function parseCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  expect(text.charCodeAt(0), 'byte-order mark').toBe(0xfeff);
  const src = text.slice(1);
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let wasQuoted = false;
  while (i < src.length) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"') {
      if (field !== '' || wasQuoted) throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true; wasQuoted = true; i++; continue;
    }
    if (c === ';') { record.push(field); field = ''; wasQuoted = false; i++; continue; }
    if (c === '\r' && src[i + 1] === '\n') { record.push(field); records.push(record); record = []; field = ''; wasQuoted = false; i += 2; continue; }
    if (c === '\n' || c === '\r') throw new Error(`bare line break outside quotes at ${i}`);
    if (wasQuoted) throw new Error(`text after a closing quote at ${i}`);
    field += c; i++;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || record.length) throw new Error('last record does not end with CRLF');
  const [header, ...body] = records;
  for (const r of body) expect(r.length, `row ${r.join(';')}`).toBe(header.length);
  return { header, rows: body.map((r) => Object.fromEntries(header.map((h, k) => [h, r[k]]))) };
}
