import { describe, expect, it } from 'vitest';
import { tableCsv, tableJson, tables, csvHeader } from '../../../../src/lib/exports/tables.ts';
import { SITE } from '../../../fixtures/archive.ts';
import { absoluteUrl } from '../../../../src/lib/urls.ts';
import { parseCsv } from '../../../support/csv.ts';
import { contentIndex } from '../../../support/content.ts';

describe('the data files', () => {
  const index = contentIndex();

  it('write decisions as CSV a Danish spreadsheet opens, which parses back to the same rows as the JSON', () => {
    const csv = parseCsv(tableCsv('beslutninger', index, SITE));
    const json = JSON.parse(tableJson('beslutninger', index, SITE));
    expect(json.count).toBe(index.data.decisions.length);
    expect(csv.rows.length).toBe(json.items.length);
    expect(csv.header).toEqual(csvHeader(tables[0].columns));
    const row = csv.rows.find((r) => r.id === '2025-11-18-2b')!;
    const item = json.items.find((r: { id: string }) => r.id === '2025-11-18-2b');
    expect(row.dato).toBe('18-11-2025');
    expect(row.dato_iso).toBe('2025-11-18');
    expect(item.date).toBe('2025-11-18');
    expect(row.organ).toBe('Fagligt råd for genomisk medicin');
    expect(row.prioritering).toBe('1: 2026-2028/D, 2: 2026-2028/B, 3: 2026-2028/A, 4: 2026-2028/F, 5: 2026-2028/C, 6: 2026-2028/E, 7: 2026-2028/H');
    expect(item.priorities[0]).toEqual({ rank: 1, area: '2026-2028/D' });
    expect(row.tekst).toBe(item.text);
    expect(row.url).toBe('https://arkiv.example.dk/beslutninger/2025-11-18-2b/');
  });

  it('write follow-ups with owners by name and due dates', () => {
    const csv = parseCsv(tableCsv('opfoelgning', index, SITE));
    const json = JSON.parse(tableJson('opfoelgning', index, SITE));
    expect(csv.rows.length).toBe(index.data.followUps.length);
    const row = csv.rows.find((r) => r.id === '2025-11-18-3-bestyrelsen')!;
    expect(row.ansvarlige).toBe('Nationalt Genom Center');
    expect(row.grundlag).toBe('Nationalt Genom Center: Kilde: referatet af 18. november 2025, pkt. 3, Videre proces, afsnit 1');
    expect(row.frist).toBe('12-12-2025');
    expect(row.frist_iso).toBe('2025-12-12');
    expect(row.frist_møde).toBe('2025-12-12-bestyrelsen');
    expect(row.status).toBe('åben');
    const sec = json.items.find((r: { id: string }) => r.id === '2025-11-18-6-indkaldelse');
    expect(sec.owners).toEqual([{ type: 'secretariat', id: 'fagligt-raad', name: 'Sekretariatet for Fagligt råd for genomisk medicin' }]);
    expect(sec.basis).toEqual([{ claim: 'Sekretariatet for Fagligt råd for genomisk medicin', basis: 'kilde',
      text: 'Kilde: referatet af 18. november 2025, pkt. 6, Referat, afsnit 2', url: absoluteUrl(SITE, '/moeder/2025-11-18/#punkt-6-referat-2') }]);
    expect(sec.dueDate).toBeNull();
  });

  it('write meetings, with a week for those not yet dated', () => {
    const csv = parseCsv(tableCsv('moeder', index, SITE));
    expect(csv.rows.map((r) => r.id)).toEqual(index.meetingsChronological.map((m) => m.id));
    const week = csv.rows.find((r) => r.id === '2026-uge-05')!;
    expect(week.dato).toBe('');
    expect(week.uge).toBe('2026-W05');
    const held = csv.rows.find((r) => r.id === '2025-11-18')!;
    expect(held.referat).toBe('ja');
    expect(held.sagsnummer).toBe('EMN-2025-00300');
    expect(held.dokumentdato).toBe('20-03-2026');
    expect(held.beslutninger.split(', ')).toContain('2025-11-18-2a');
  });

  it('leave plain text, including a dash inside a cell, as it is', () => {
    const row = parseCsv(tableCsv('beslutninger', index, SITE)).rows.find((r) => r.id === '2025-11-18-2b')!;
    expect(row.titel.startsWith("'")).toBe(false);
    expect(tableCsv('moeder', index, SITE)).toContain(';18-11-2025;2025-11-18;');
  });
});
