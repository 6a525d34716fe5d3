import { describe, expect, it } from 'vitest';
import { BODY_KEY, type OparlObject, type OparlList } from '../../../src/lib/exports/oparl.ts';
import { smallArchive, smallIndex, indexWith, SITE, SITE_WITH_BASE } from '../../fixtures/archive.ts';
import { checkExport, oparlErrors } from '../../support/oparl.ts';


describe('the OParl export of the synthetic archive', () => {
  it('is valid OParl 1.1 throughout, with ids that are their own URLs, under the root and under a base path', () => {
    for (const site of [SITE, SITE_WITH_BASE]) {
      const files = checkExport(smallIndex(), site);
      const meetings = files.get(`body/${BODY_KEY}/meeting.json`) as OparlList;
      expect(meetings.data.map((m) => m.id).sort()).toEqual(['m1', 'm2', 'm3'].map((id) => `${site.siteUrl}${site.base}oparl/meeting/${id}.json`));
    }
  });

  it('exports a published attachment as a File of its meeting and its matter, and no File for one without a file', () => {
    const data = smallArchive();
    const m1 = data.meetings.find((x) => x.id === 'm1')!;
    const agenda = m1.data.agenda.map((a) => (a.number === 1 ? { ...a, attachments: [{ number: 1, title: 'Oplæg', file: 'bilag/m1/bilag-1.pdf' }, { number: 2, title: 'Uden fil' }] } : a));
    const idx = indexWith({}, { ...data, meetings: data.meetings.map((x) => (x === m1 ? { ...m1, data: { ...m1.data, agenda } } : x)) });
    const files = checkExport(idx, SITE_WITH_BASE);
    const f = files.get('file/m1/bilag-1.json') as OparlObject;
    expect(f).toMatchObject({
      accessUrl: 'https://example.github.io/raadsarkiv/bilag/m1/bilag-1.pdf', mimeType: 'application/pdf', fileName: 'bilag-1.pdf',
      paper: ['https://example.github.io/raadsarkiv/oparl/paper/s1.json'],
    });
    expect(files.has('file/m1/bilag-2.json')).toBe(false);
    expect(((files.get('meeting/m1.json') as OparlObject).auxiliaryFile as OparlObject[]).map((x) => x.id)).toEqual([f.id]);
  });
});

describe('the OParl export of edge cases', () => {
  it('keeps a matter step at a meeting missing from the index (a draft) without linking to it', () => {
    const data = smallArchive();
    const matter = data.matters[0];
    const withDraftStep = { ...matter, data: { ...matter.data, events: [...matter.data.events, { date: '2027-02-01', body: 'raad', meeting: '2027-02-01-kladde', item: 1, text: 'Kladde.' }] } };
    const idx = indexWith({}, { ...data, matters: data.matters.map((x) => (x === matter ? withDraftStep : x)) });
    const files = checkExport(idx, SITE);
    expect(JSON.stringify([...files])).not.toContain('2027-02-01-kladde');
  });
});

describe('the OParl validator', () => {
  it('rejects what the schemas forbid', () => {
    const id = 'https://arkiv.example.dk/oparl/agendaitem/x/1.json';
    expect(oparlErrors({ id, type: 'https://schema.oparl.org/1.1/AgendaItem', order: 1 })).toEqual([]);
    expect(oparlErrors({ id, type: 'https://schema.oparl.org/1.1/AgendaItem' })).toHaveLength(1); // order is required
    expect(oparlErrors({ id: 'not a url', type: 'https://schema.oparl.org/1.1/AgendaItem', order: 1 })).toHaveLength(1);
    expect(oparlErrors({ id, type: 'https://schema.oparl.org/1.1/Meeting', start: '18-11-2025' })).toHaveLength(1);
    expect(oparlErrors({ id, type: 'https://schema.oparl.org/1.1/Meeting', agendaItem: [{ id, type: 'https://schema.oparl.org/1.1/AgendaItem' }] })).toHaveLength(1);
  });
});
