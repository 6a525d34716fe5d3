import { describe, expect, it } from 'vitest';
import { minutesFeed, decisionsFeed, areaFeeds, areaFeed, xmlEscape, FEED_LIMIT } from '../../../src/lib/exports/atom.ts';
import { contentIndex, contentArchive, indexWith, meetingEntry, SITE, SITE_WITH_BASE } from '../../support/archive-fixture.ts';
import { parseAtom } from '../../support/atom.ts';

describe('the minutes feed', () => {
  const index = contentIndex();
  const feed = parseAtom(minutesFeed(index, SITE));

  it('has one entry per meeting with published minutes, id = the meeting page', () => {
    const withMinutes = index.data.meetings.filter((m) => m.data.publication);
    expect(withMinutes.length).toBeGreaterThan(0);
    expect(feed.entries.map((e) => e.id).sort()).toEqual(withMinutes.map((m) => `https://arkiv.example.dk/moeder/${m.id}/`).sort());
    expect(feed.id).toBe('https://arkiv.example.dk/feeds/referater.xml');
    expect(feed.links.find((l) => l.rel === 'alternate')?.href).toBe('https://arkiv.example.dk/moeder/');
  });

  it('dates the minutes of 18 November 2025 by their document date, in Copenhagen time', () => {
    const e = feed.entries.find((x) => x.id.endsWith('/moeder/2025-11-18/'))!;
    expect(e.published).toBe('2026-03-20T00:00:00+01:00');
    expect(e.updated).toBe('2026-03-20T00:00:00+01:00');
    expect(feed.updated).toBe('2026-03-20T00:00:00+01:00');
    expect(e.content).toContain('Pkt. 2: Godkendelse af endeligt oplæg');
  });

  it('moves "updated" to the date of a correction', () => {
    const data = contentArchive();
    const m = data.meetings.find((x) => x.id === '2025-11-18')!;
    const correction = {
      item: 2, section: 'referat' as const, before: 'prioritering af indsatsområderne', after: 'prioriteringen af indsatsområderne',
      date: '2026-04-02', decidedAt: { document: { title: 'E-mail fra sekretariatet <rettelse>', date: '2026-04-02' } },
    };
    const corrected = { ...m, data: { ...m.data, corrections: [correction] } };
    const idx = indexWith({}, { ...data, meetings: data.meetings.map((x) => (x === m ? corrected : x)) });
    const e = parseAtom(minutesFeed(idx, SITE)).entries.find((x) => x.id.endsWith('/moeder/2025-11-18/'))!;
    expect(e.updated).toBe('2026-04-02T00:00:00+02:00');
    expect(e.published).toBe('2026-03-20T00:00:00+01:00');
    // The same diff as the meeting page (src/lib/minutes.ts): the old words in <del>, the new in <ins>, each labelled in words.
    expect(e.content).toContain('<del>prioritering af indsatsområderne</del>');
    expect(e.content).toContain('<ins>prioriteringen af indsatsområderne</ins>');
    expect(e.content).toContain('Før:');
    expect(e.content).toContain('Efter:');
    expect(e.content).toContain('Pkt. 2, Referat</strong>, rettet 2. april 2026 ifølge E-mail fra sekretariatet &lt;rettelse&gt; (2. april 2026)');
  });

  it('puts the base path into every URL', () => {
    const f = parseAtom(minutesFeed(index, SITE_WITH_BASE));
    expect(f.id).toBe('https://example.github.io/raadsarkiv/feeds/referater.xml');
    for (const e of f.entries) expect(e.id).toMatch(/^https:\/\/example\.github\.io\/raadsarkiv\/moeder\//);
  });

  it('carries the newest FEED_LIMIT minutes, newest first', () => {
    const extra = Array.from({ length: FEED_LIMIT + 20 }, (_, i) => {
      const date = new Date(Date.UTC(2030, 0, 1 + i)).toISOString().slice(0, 10);
      return meetingEntry(date, {
        body: 'fagligt-raad', title: `Møde ${date}`, status: 'afholdt', date,
        publication: { documentType: 'NOTAT', publisher: 'danske-regioner', documentDate: date, caseNumber: 'EMN-2030-00001', documentNumber: '1', author: 'catherina-bozorgi' },
      });
    });
    const f = parseAtom(minutesFeed(indexWith({ meetings: extra }), SITE));
    expect(f.entries.length).toBe(FEED_LIMIT);
    expect(f.entries[0].id).toBe(`https://arkiv.example.dk/moeder/${extra.at(-1)!.id}/`);
    expect(f.entries.at(-1)!.id).toBe(`https://arkiv.example.dk/moeder/${extra[20].id}/`);
    expect(f.updated).toBe(f.entries[0].updated);
  });

  it('escapes XML in titles', () => {
    const idx = indexWith({ meetings: [meetingEntry('2027-01-05', {
      body: 'fagligt-raad', title: 'Møde om "A & B" <test>', status: 'afholdt', date: '2027-01-05',
      publication: { documentType: 'NOTAT', publisher: 'danske-regioner', documentDate: '2027-01-10', caseNumber: 'EMN-2027-00001', documentNumber: '1', author: 'catherina-bozorgi' },
    })] });
    const f = parseAtom(minutesFeed(idx, SITE));
    expect(f.entries.find((e) => e.id.endsWith('/2027-01-05/'))!.title).toBe('Møde om "A & B" <test>');
    expect(xmlEscape('a & <b>')).toBe('a &amp; &lt;b&gt;');
  });
});

describe('the decisions feed', () => {
  const index = contentIndex();
  const feed = parseAtom(decisionsFeed(index, SITE));

  it('has every decision, id = its permanent URL, published = its meeting date and time', () => {
    expect(feed.entries.map((e) => e.id).sort()).toEqual(index.data.decisions.map((d) => `https://arkiv.example.dk/beslutninger/${d.id}/`).sort());
    for (const d of index.data.decisions) {
      const meeting = index.meetings.get(d.data.meeting)!;
      const e = feed.entries.find((x) => x.id.endsWith(`/beslutninger/${d.id}/`))!;
      expect(e.published!.slice(0, 10)).toBe(meeting.data.date);
      expect(e.title).toBe(d.data.title);
      expect(e.categories.map((c) => c.term)).toContain(d.data.kind);
    }
    const e = feed.entries.find((x) => x.id.endsWith('/2025-11-18-2a/'))!;
    expect(e.published).toBe('2025-11-18T10:00:00+01:00');
    expect(e.content).toMatch(/^Rådet godkendte arbejdsprogrammet/);
  });

  it('refuses a decision whose meeting has no date, naming the file', () => {
    const idx = indexWith({
      meetings: [meetingEntry('2027-uge-05', { body: 'fagligt-raad', title: 'Planlagt', status: 'planlagt', approximately: { year: 2027, week: 5, text: 'uge 5' } })],
      decisions: [{ id: '2027-uge-05-1', file: 'content/moeder/2027-uge-05/beslutninger/2027-uge-05-1.mdx', body: 'Tekst.', data: { meeting: '2027-uge-05', item: 1, title: 'X', kind: 'besluttet', outcome: 'uden indstilling', areas: [], matters: [], notes: [], draft: false } }],
    });
    expect(() => decisionsFeed(idx, SITE)).toThrow(/2027-uge-05-1\.mdx.*ikke har en dato/);
  });
});

describe('the focus-area feeds', () => {
  const index = contentIndex();

  it('exist for every area, with slugs like 2026-2028-d', () => {
    const refs = areaFeeds(index);
    expect(refs.map((r) => r.slug)).toContain('2026-2028-d');
    expect(refs.length).toBe(index.areas.size);
  });

  it('hold the decisions and agenda items that touch the area', () => {
    const ref = areaFeeds(index).find((r) => r.slug === '2026-2028-d')!;
    const feed = parseAtom(areaFeed(index, SITE, ref));
    expect(feed.id).toBe('https://arkiv.example.dk/feeds/omraade/2026-2028-d.xml');
    expect(feed.links.find((l) => l.rel === 'alternate')?.href).toBe('https://arkiv.example.dk/arbejdsprogram/2026-2028/d/');
    const expected = index.data.decisions.filter((d) => d.data.areas.includes('2026-2028/D')).map((d) => `https://arkiv.example.dk/beslutninger/${d.id}/`);
    expect(expected.length).toBeGreaterThan(0);
    for (const id of expected) expect(feed.entries.map((e) => e.id)).toContain(id);
    expect(feed.entries.map((e) => e.id)).toContain('https://arkiv.example.dk/moeder/2025-11-18/#punkt-2');
    expect(feed.entries.map((e) => e.id)).not.toContain('https://arkiv.example.dk/moeder/2025-11-18/#punkt-3');
  });

  it('leave out agenda items of meetings known only by week', () => {
    const idx = indexWith({ meetings: [meetingEntry('2027-uge-09', {
      body: 'fagligt-raad', title: 'Planlagt møde', status: 'planlagt', approximately: { year: 2027, week: 9, text: 'uge 9' },
      agenda: [{ number: 1, title: 'Jura', presenters: [], areas: ['2026-2028/D'], matters: [], attachments: [] }],
    })] });
    const ref = areaFeeds(idx).find((r) => r.slug === '2026-2028-d')!;
    expect(parseAtom(areaFeed(idx, SITE, ref)).entries.some((e) => e.id.includes('2027-uge-09'))).toBe(false);
  });
});
