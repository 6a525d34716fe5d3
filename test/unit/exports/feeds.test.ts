import { describe, expect, it } from 'vitest';
import { allFeeds, feedByKey, feedKey, renderFeed, FEED_LIMIT } from '../../../src/lib/exports/feeds.ts';
import type { ArchiveIndex } from '../../../src/lib/archive-index.ts';
import { smallIndex, indexWith, meetingEntry, SITE } from '../../fixtures/archive.ts';
import { atom, decisionsFeed, instant, minutesFeed, parseAtom, parseJsonFeed } from '../../support/feeds.ts';


describe('the minutes feed', () => {
  const index = smallIndex();
  const feed = parseAtom(minutesFeed(index, SITE));

  it('has one entry per meeting with published minutes, id = the meeting page, dated by the document date', () => {
    expect(feed.entries.map((e) => e.id)).toEqual(['https://arkiv.example.dk/moeder/m1/']);
    expect(feed.id).toBe('https://arkiv.example.dk/feeds/referater.xml');
    expect(feed.links.find((l) => l.rel === 'alternate')?.href).toBe('https://arkiv.example.dk/moeder/');
    expect(instant(feed.entries[0].published)).toBe(instant('2025-01-20T00:00:00+01:00'));
    expect(instant(feed.updated)).toBe(instant('2025-01-20T00:00:00+01:00'));
    expect(feed.entries[0].content).toContain('Pkt. 1: Program');
  });

  it('carries the newest FEED_LIMIT minutes, newest first', () => {
    const extra = Array.from({ length: FEED_LIMIT + 20 }, (_, i) => {
      const date = new Date(Date.UTC(2030, 0, 1 + i)).toISOString().slice(0, 10);
      return meetingEntry(date, {
        body: 'raad', title: `Møde ${date}`, status: 'afholdt', date,
        publication: { documentType: 'NOTAT', publisher: 'org-a', documentDate: date, caseNumber: 'EMN-2030-00001', documentNumber: '1', namedInHeader: 'sec' },
      });
    });
    const f = parseAtom(minutesFeed(indexWith({ meetings: extra }), SITE));
    expect(f.entries.length).toBe(FEED_LIMIT);
    expect(f.entries[0].id).toBe(`https://arkiv.example.dk/moeder/${extra.at(-1)!.id}/`);
    expect(f.entries.at(-1)!.id).toBe(`https://arkiv.example.dk/moeder/${extra[20].id}/`);
    expect(f.updated).toBe(f.entries[0].updated);
  });

  it('keeps hostile text as text in Atom and JSON Feed: mark-up, CDATA ends, characters XML forbids', () => {
    const title = 'Møde om "A & B" <script>x</script> ]]> slut\u0001';
    const idx = indexWith({ meetings: [meetingEntry('2027-01-05', {
      body: 'raad', title, status: 'afholdt', date: '2027-01-05',
      agenda: [{ number: 1, title: 'Punkt <b>fed</b> & ]]>', presenters: [], areas: [], matters: [], attachments: [] }],
      publication: { documentType: 'NOTAT', publisher: 'org-a', documentDate: '2027-01-10', caseNumber: 'EMN-2027-00001', documentNumber: '1', namedInHeader: 'sec' },
    })] });
    const e = parseAtom(minutesFeed(idx, SITE)).entries.find((x) => x.id.endsWith('/2027-01-05/'))!;
    expect(e.title).toBe('Møde om "A & B" <script>x</script> ]]> slut');
    expect(e.content).toContain('Pkt. 1: Punkt <b>fed</b> & ]]>');
    const j = parseJsonFeed(renderFeed(idx, SITE, feedByKey(idx, feedKey.minutes), 'json')).items.find((x) => x.id.endsWith('/2027-01-05/'))!;
    expect(j.title).toBe('Møde om "A & B" <script>x</script> ]]> slut');
    expect(j.content_html).toContain('Pkt. 1: Punkt &lt;b&gt;fed&lt;/b&gt; &amp; ]]&gt;');
  });
});

describe('the decisions feed', () => {
  const index = smallIndex();
  const feed = parseAtom(decisionsFeed(index, SITE));

  it('has every decision, id = its permanent URL, published = its meeting date', () => {
    expect(feed.entries.map((e) => e.id).sort()).toEqual(['d1', 'd2', 'd3'].map((id) => `https://arkiv.example.dk/beslutninger/${id}/`));
    const d1 = feed.entries.find((x) => x.id.endsWith('/beslutninger/d1/'))!;
    expect(instant(d1.published)).toBe(instant('2025-01-10T00:00:00+01:00'));
    expect(d1.title).toBe('D1');
    expect(d1.categories.map((c) => c.term)).toContain('prioritering');
  });

  it('refuses a decision whose meeting has no date, naming the file', () => {
    const idx = indexWith({
      meetings: [meetingEntry('2027-uge-05', { body: 'raad', title: 'Planlagt', status: 'planlagt', approximately: { year: 2027, week: 5, text: 'uge 5' } })],
      decisions: [{ id: '2027-uge-05-1', file: 'content/moeder/2027-uge-05/beslutninger/2027-uge-05-1.mdx', body: 'Tekst.', data: { meeting: '2027-uge-05', item: 1, title: 'X', kind: 'besluttet', outcome: 'uden indstilling', areas: [], matters: [], notes: [], draft: false } }],
    });
    expect(() => decisionsFeed(idx, SITE)).toThrow(/2027-uge-05-1\.mdx.*ikke har en dato/);
  });
});

describe('the focus-area feeds', () => {
  const index = smallIndex();
  const areaFeed = (idx: ArchiveIndex, areaId: string) => parseAtom(atom(idx, SITE, feedKey.area(areaId)));

  it('exist for every area, with keys like omraade/p-a', () => {
    expect(allFeeds(index).map((f) => f.key).filter((k) => k.startsWith('omraade/')).sort()).toEqual(['omraade/p-a', 'omraade/p-b']);
  });

  it('leave out agenda items of meetings known only by week', () => {
    const idx = indexWith({ meetings: [meetingEntry('2027-uge-09', {
      body: 'raad', title: 'Planlagt møde', status: 'planlagt', approximately: { year: 2027, week: 9, text: 'uge 9' },
      agenda: [{ number: 1, title: 'Jura', presenters: [], areas: ['p/A'], matters: [], attachments: [] }],
    })] });
    const entries = areaFeed(idx, 'p/A').entries;
    expect(entries.map((e) => e.id)).toContain('https://arkiv.example.dk/moeder/m1/#punkt-1');
    expect(entries.some((e) => e.id.includes('2027-uge-09'))).toBe(false);
  });

  it('give each item of a dated meeting without minutes its own id, linking to the meeting page (it has no item anchors yet)', () => {
    const item = (number: number) => ({ number, title: `Punkt ${number}`, presenters: [], areas: ['p/A'], matters: [], attachments: [] });
    const idx = indexWith({ meetings: [meetingEntry('2027-03-02', {
      body: 'raad', title: 'Planlagt møde', status: 'planlagt', date: '2027-03-02', agenda: [item(1), item(2)],
    })] });
    const planned = areaFeed(idx, 'p/A').entries.filter((e) => e.id.includes('/moeder/2027-03-02/'));
    expect(planned.map((e) => e.id).sort()).toEqual(['https://arkiv.example.dk/moeder/2027-03-02/#punkt-1', 'https://arkiv.example.dk/moeder/2027-03-02/#punkt-2']);
    for (const e of planned) expect(e.links.find((l) => !l.rel || l.rel === 'alternate')?.href).toBe('https://arkiv.example.dk/moeder/2027-03-02/');
    // Where the minutes exist, the link goes to the item itself.
    const held = areaFeed(idx, 'p/A').entries.find((e) => e.id === 'https://arkiv.example.dk/moeder/m1/#punkt-1')!;
    expect(held.links.find((l) => !l.rel || l.rel === 'alternate')?.href).toBe('https://arkiv.example.dk/moeder/m1/#punkt-1');
  });
});

describe('feeds to follow a body, a matter or a person', () => {
  const index = smallIndex();
  const ids = (key: string) => parseAtom(atom(index, SITE, key)).entries.map((e) => e.id);

  it("a body's feed has its dated meetings and the decisions made there, and no other body's", () => {
    const feed = ids(feedKey.body('raad'));
    for (const id of ['moeder/m1/', 'moeder/m2/', 'beslutninger/d1/', 'beslutninger/d2/', 'beslutninger/d3/']) expect(feed).toContain(`https://arkiv.example.dk/${id}`);
    expect(feed).not.toContain('https://arkiv.example.dk/moeder/m3/');
    expect(ids(feedKey.body('board'))).not.toContain('https://arkiv.example.dk/moeder/m1/');
  });

  it('shows a decision the same in every feed that lists it, and each site with its own addresses', () => {
    const entry = (site: typeof SITE, key: string) => parseAtom(atom(index, site, key)).entries.find((e) => e.id.endsWith('/beslutninger/d1/'))!;
    expect(entry(SITE, feedKey.body('raad'))).toEqual(entry(SITE, feedKey.decisions));
    const other = { siteUrl: 'https://andet.example.dk', base: '/arkiv/' };
    expect(entry(other, feedKey.body('raad')).id).toBe('https://andet.example.dk/arkiv/beslutninger/d1/');
    expect(entry(other, feedKey.decisions)).toEqual(entry(other, feedKey.body('raad')));
  });

  it('dates a planned meeting without minutes by the record that planned it, not by the build', () => {
    const idx = indexWith({ meetings: [meetingEntry('2027-03-02', {
      body: 'raad', title: 'Planlagt møde', status: 'planlagt', date: '2027-03-02', start: '10:00', plannedAt: { meeting: 'm1', item: 2 },
    })] });
    const e = parseAtom(atom(idx, SITE, feedKey.body('raad'))).entries.find((x) => x.id.endsWith('/moeder/2027-03-02/'))!;
    expect(instant(e.updated)).toBe(instant('2025-01-10T00:00:00+01:00'));
  });
});
