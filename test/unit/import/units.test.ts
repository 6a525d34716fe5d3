import { describe, expect, it } from 'vitest';
import { parseMinutes, toBlocks, presenterNamesOf, NotMinutesError } from '../../../src/lib/import/parse.ts';
import { htmlToText } from '../../../src/lib/import/html-to-text.ts';
import { scalar } from '../../../src/lib/import/mdx.ts';
import { renderLine } from '../../../src/lib/import/escape.ts';
import { findDanishDate, parseNumericDate } from '../../../src/lib/import/text.ts';
import { slugify } from '../../../src/lib/id-names.ts';
import { minutes } from '../../support/import.ts';

describe('text helpers', () => {
  it('makes ids the way the content does', () => {
    expect(slugify('Henrik Ancher Sørensen')).toBe('henrik-ancher-soerensen');
    expect(slugify('Lægevidenskabelige Selskaber')).toBe('laegevidenskabelige-selskaber');
    expect(slugify('Københavns Universitet')).toBe('koebenhavns-universitet');
  });
  it('reads Danish dates and refuses impossible ones', () => {
    expect(findDanishDate('møde 18. november 2025 kl. 10')).toBe('2025-11-18');
    expect(parseNumericDate('20-03-2026')).toBe('2026-03-20');
    expect(parseNumericDate('31-02-2026')).toBeUndefined();
  });
});

describe('parseMinutes', () => {
  it('reads header, agenda, attendance and items of minutes in the template', () => {
    const p = parseMinutes(minutes(['Rådet godkendte noget.']));
    expect(p.header).toMatchObject({ documentType: 'NOTAT', publisherName: 'DANSKE REGIONER', documentDate: '2026-03-02', caseNumber: 'EMN-2026-00012', documentNumber: '1900001', authorName: 'Catherina Bozorgi' });
    expect(p).toMatchObject({ date: '2026-02-03', start: '10:00', end: '13:00', form: 'virtuelt' });
    expect(p.agenda).toEqual([
      { number: 1, title: 'Godkendelse af noget v/Inge Søkilde', start: '10:00', end: '11:00', presenterNames: ['Inge Søkilde'] },
      { number: 2, title: 'Eventuelt', start: '11:00', end: '11:05', presenterNames: [] },
    ]);
    expect(p.attendance.heading).toBe('Fagligt råd');
    expect(p.attendance.present.map((a) => [a.name, a.organisationName, a.label])).toEqual([
      ['Ole Halfdan Larsen', 'Region Midtjylland', 'formand'], ['Inge Søkilde', 'Region Nordjylland', undefined],
    ]);
    expect(p.attendance.absent).toHaveLength(1);
    expect(p.items.map((i) => [i.number, i.title, i.sections.map((s) => s.type)])).toEqual([
      [1, 'Godkendelse af noget', ['indstilling', 'referat']], [2, 'Eventuelt', []],
    ]);
    expect(p.items[1].intro).toEqual([{ kind: 'paragraph', text: 'Ingen punkter.' }]);
    expect(p.unplaced).toEqual([]);
  });

  it('does not take a sentence starting with "Pkt. 2" for the heading of item 2', () => {
    const p = parseMinutes(minutes(['Pkt. 2 blev behandlet under pkt. 1.']));
    expect(p.items.map((i) => i.number)).toEqual([1, 2]);
    expect(p.items[0].sections[1].blocks).toEqual([{ kind: 'paragraph', text: 'Pkt. 2 blev behandlet under pkt. 1.' }]);
  });

  it('refuses text that is not minutes, in Danish', () => {
    expect(() => parseMinutes('Kære alle\n\nHer er invitationen til julefrokosten.\n')).toThrow(NotMinutesError);
    expect(() => parseMinutes('Kære alle\n\nHer er invitationen til julefrokosten.\n')).toThrow(/ligner ikke et referat/);
    expect(() => parseMinutes('')).toThrow(/tom/);
  });

  it('refuses minutes without a meeting date in the title', () => {
    expect(() => parseMinutes(minutes([], { title: 'Referat fra møde i fagligt råd' }))).toThrow(/Mødets dato blev ikke fundet/);
  });

  it('keeps lines it cannot place, with where they stood', () => {
    const text = minutes([]).replace('Afbud:', 'Mødeleder var Ole.\n\nAfbud:').replace('EMN-2026-00012', 'EMN-2026-00012\n\nFortroligt indtil videre');
    const p = parseMinutes(text);
    expect(p.unplaced).toEqual([
      { where: 'Dokumentets hoved (før Dagsorden)', lines: ['Fortroligt indtil videre'] },
      { where: 'Deltagere og afbud', lines: ['Mødeleder var Ole.'] },
    ]);
  });

  it('finds presenters after v/, without the organisation or title text being lost from the title', () => {
    expect(presenterNamesOf('Orientering v/Inge Søkilde, Region Nordjylland')).toEqual(['Inge Søkilde', 'Region Nordjylland']);
    expect(presenterNamesOf('Velkomst v/forperson Ole Halfdan Larsen')).toEqual(['forperson Ole Halfdan Larsen']);
    expect(presenterNamesOf('Eventuelt')).toEqual([]);
  });
});

describe('toBlocks', () => {
  it('makes labelled lines before lists into sub-headings, and keeps introducing sentences as paragraphs', () => {
    const blocks = toBlocks([
      'Rådet aftalte følgende:', '', '**A: Proces**', '', '- en', '', 'Øvrige forslag:', '', '- to', '', '- tre', '',
      'Det var alt.', '', '- fem', '', 'De tre initiativer er:', '', '- fire', '', '1. D - Jura', '2. B - Værdi', '', '1. december holdes et møde.',
    ]);
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Rådet aftalte følgende:' },
      { kind: 'heading', text: 'A: Proces' },
      { kind: 'list', ordered: false, items: [{ marker: '-', indent: '', text: 'en' }] },
      { kind: 'heading', text: 'Øvrige forslag:' },
      { kind: 'list', ordered: false, items: [{ marker: '-', indent: '', text: 'to' }, { marker: '-', indent: '', text: 'tre' }] },
      { kind: 'paragraph', text: 'Det var alt.' },
      { kind: 'list', ordered: false, items: [{ marker: '-', indent: '', text: 'fem' }] },
      { kind: 'paragraph', text: 'De tre initiativer er:' },
      { kind: 'list', ordered: false, items: [{ marker: '-', indent: '', text: 'fire' }] },
      { kind: 'list', ordered: true, items: [{ marker: '1.', indent: '', text: 'D - Jura' }, { marker: '2.', indent: '', text: 'B - Værdi' }] },
      { kind: 'paragraph', text: '1. december holdes et møde.' },
    ]);
  });
});

describe('htmlToText (mammoth output)', () => {
  it('keeps paragraphs, lists, bold, italics, links and table rows', () => {
    const html = '<p>NOTAT</p><table><tr><td><p>Pkt. 1</p></td><td><p>Velkomst</p></td><td><p>10.00-10.05</p></td></tr></table>' +
      '<p>Deltagere:<em>Fagligt råd</em></p><ul><li>Ole, Region &amp; co</li><li>Inge</li></ul>' +
      '<p>Svar <strong>senest mandag </strong>via <a href="#">linket</a>.</p><ol><li>D - Jura</li><li>B - Værdi</li></ol><h2>Referat</h2>';
    expect(htmlToText(html)).toBe([
      'NOTAT', '', 'Pkt. 1\tVelkomst\t10.00-10.05', '', 'Deltagere:*Fagligt råd*', '', '- Ole, Region & co', '- Inge', '',
      'Svar **senest mandag** via [linket](#).', '', '1. D - Jura', '2. B - Værdi', '', '## Referat', '',
    ].join('\n'));
  });
});

describe('MDX and YAML output', () => {
  it('escapes what MDX would read as code or markup', () => {
    expect(renderLine('Budget {2026} < 10 mio.')).toBe('Budget &lbrace;2026&rbrace; &lt; 10 mio.');
    expect(renderLine('1. december holdes mødet')).toBe('1\\. december holdes mødet');
    expect(renderLine('# ikke en overskrift')).toBe('\\# ikke en overskrift');
  });
  it('writes ids plain and everything else quoted', () => {
    expect(scalar('ole-halfdan-larsen')).toBe('ole-halfdan-larsen');
    expect(scalar('godkendt med ændringer')).toBe('godkendt med ændringer');
    expect(scalar('2025-11-18')).toBe('"2025-11-18"');
    expect(scalar('no')).toBe('"no"');
    expect(scalar('a: b')).toBe('"a: b"');
  });
});
