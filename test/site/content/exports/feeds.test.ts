import { describe, expect, it } from 'vitest';
import { allFeeds, feedKey, renderFeed } from '../../../../src/lib/exports/feeds.ts';
import type { ArchiveIndex } from '../../../../src/lib/archive-index.ts';
import { indexWith, SITE, SITE_WITH_BASE } from '../../../fixtures/archive.ts';
import { atom, decisionsFeed, instant, minutesFeed, parseAtom, parseJsonFeed } from '../../../support/feeds.ts';
import { contentIndex, contentArchive } from '../../../support/content.ts';


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
    expect(instant(e.published)).toBe(instant('2026-03-20T00:00:00+01:00'));
    expect(instant(e.updated)).toBe(instant('2026-03-20T00:00:00+01:00'));
    expect(instant(feed.updated)).toBe(instant('2026-03-20T00:00:00+01:00'));
    expect(e.content).toContain('Pkt. 2: Godkendelse af endeligt oplæg');
  });

  it('moves "updated" to the date of a correction', () => {
    const data = contentArchive();
    const m = data.meetings.find((x) => x.id === '2025-11-18')!;
    const corrected = { ...m, data: { ...m.data, corrections: [{ section: 'hoved' as const, before: 'Stavfejl', after: 'Stavefejl', date: '2026-04-02', decidedAt: { document: { title: 'E-mail fra sekretariatet', date: '2026-04-02' } } }] } };
    const idx = indexWith({}, { ...data, meetings: data.meetings.map((x) => (x === m ? corrected : x)) });
    const xml = minutesFeed(idx, SITE);
    const e = parseAtom(xml).entries.find((x) => x.id.endsWith('/moeder/2025-11-18/'))!;
    expect(instant(e.updated)).toBe(instant('2026-04-02T00:00:00+02:00'));
    expect(instant(e.published)).toBe(instant('2026-03-20T00:00:00+01:00'));
    // The correction as the meeting page shows it: a diff, dated, with where it was decided.
    expect(e.content).toContain('Rettelser efter offentliggørelsen');
    expect(e.content).toContain('Før: Stavfejl');
    expect(e.content).toContain('Efter: Stavefejl');
    expect(xml).toMatch(/(<|&lt;)del(>|&gt;)Stavfejl(<|&lt;)\/del(>|&gt;)/);
    expect(xml).toMatch(/(<|&lt;)ins(>|&gt;)Stavefejl(<|&lt;)\/ins(>|&gt;)/);
    expect(e.content).toContain('rettet 2. april 2026 ifølge E-mail fra sekretariatet (2. april 2026)');
  });

  it('puts the base path into every URL', () => {
    const f = parseAtom(minutesFeed(index, SITE_WITH_BASE));
    expect(f.id).toBe('https://example.github.io/raadsarkiv/feeds/referater.xml');
    for (const e of f.entries) expect(e.id).toMatch(/^https:\/\/example\.github\.io\/raadsarkiv\/moeder\//);
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
      expect(e.published).toBe(new Date(`${meeting.data.date}T${meeting.data.start ?? '00:00'}:00+01:00`).toISOString());
      expect(e.title).toBe(d.data.title);
      expect(e.categories.map((c) => c.term)).toContain(d.data.kind);
    }
    const e = feed.entries.find((x) => x.id.endsWith('/2025-11-18-2a/'))!;
    expect(instant(e.published)).toBe(instant('2025-11-18T10:00:00+01:00'));
    expect(e.content).toMatch(/^Rådet godkendte arbejdsprogrammet/);
  });
});

describe('the focus-area feeds', () => {
  const index = contentIndex();
  const areaFeed = (idx: ArchiveIndex, areaId: string) => parseAtom(atom(idx, SITE, feedKey.area(areaId)));

  it('exist for every area, with keys like omraade/2026-2028-d', () => {
    const keys = allFeeds(index).map((f) => f.key).filter((k) => k.startsWith('omraade/'));
    expect(keys).toContain('omraade/2026-2028-d');
    expect(keys.length).toBe(index.areas.size);
  });

  it('hold the decisions and agenda items that touch the area', () => {
    const feed = areaFeed(index, '2026-2028/D');
    expect(feed.id).toBe('https://arkiv.example.dk/feeds/omraade/2026-2028-d.xml');
    expect(feed.links.find((l) => l.rel === 'alternate')?.href).toBe('https://arkiv.example.dk/arbejdsprogram/2026-2028/d/');
    const expected = index.data.decisions.filter((d) => d.data.areas.includes('2026-2028/D')).map((d) => `https://arkiv.example.dk/beslutninger/${d.id}/`);
    expect(expected.length).toBeGreaterThan(0);
    for (const id of expected) expect(feed.entries.map((e) => e.id)).toContain(id);
    expect(feed.entries.map((e) => e.id)).toContain('https://arkiv.example.dk/moeder/2025-11-18/#punkt-2');
    expect(feed.entries.map((e) => e.id)).not.toContain('https://arkiv.example.dk/moeder/2025-11-18/#punkt-3');
  });
});

describe('feeds to follow a body, a matter or a person', () => {
  const index = contentIndex();
  const ids = (key: string) => parseAtom(atom(index, SITE, key)).entries.map((e) => e.id);

  it('exist for every body, matter and person, in Atom and JSON Feed with the same entries', () => {
    const keys = allFeeds(index).map((f) => f.key);
    for (const b of index.data.bodies) expect(keys).toContain(`organ/${b.id}`);
    for (const m of index.data.matters) expect(keys).toContain(`sag/${m.id}`);
    for (const p of index.data.people) expect(keys).toContain(`person/${p.id}`);
    for (const ref of allFeeds(index)) {
      const a = parseAtom(renderFeed(index, SITE, ref, 'atom'));
      const j = parseJsonFeed(renderFeed(index, SITE, ref, 'json'));
      expect(j.items.map((i) => i.id), ref.key).toEqual(a.entries.map((e) => e.id));
      expect(j.feed_url).toBe(`https://arkiv.example.dk/feeds/${ref.key}.json`);
      expect(a.id).toBe(`https://arkiv.example.dk/feeds/${ref.key}.xml`);
    }
  });

  it("a body's feed has its dated meetings, the decisions made there and its follow-ups", () => {
    const feed = ids(feedKey.body('fagligt-raad'));
    const meetings = index.data.meetings.filter((m) => m.data.body === 'fagligt-raad' && m.data.date);
    for (const m of meetings) expect(feed).toContain(`https://arkiv.example.dk/moeder/${m.id}/`);
    for (const d of index.decisionsByMeeting.get('2025-11-18') ?? []) expect(feed).toContain(`https://arkiv.example.dk/beslutninger/${d.id}/`);
    expect(feed).toContain('https://arkiv.example.dk/opfoelgning/#opfoelgning-2025-11-18-2-bestyrelsen');
    expect(ids(feedKey.body('bestyrelsen'))).not.toContain('https://arkiv.example.dk/moeder/2025-11-18/');
  });

  it("a matter's feed has its agenda items, decisions and follow-ups", () => {
    const matter = index.data.matters.find((m) => (index.decisionsByMatter.get(m.id) ?? []).length > 0)!;
    const feed = ids(feedKey.matter(matter.id));
    for (const d of index.decisionsByMatter.get(matter.id)!) expect(feed).toContain(`https://arkiv.example.dk/beslutninger/${d.id}/`);
    for (const f of index.followUpsByMatter.get(matter.id) ?? []) expect(feed).toContain(`https://arkiv.example.dk/opfoelgning/#opfoelgning-${f.id}`);
  });

  it("a person's feed has the meetings they attended, the items they presented and the follow-ups they own", () => {
    const feed = ids(feedKey.person('ole-halfdan-larsen'));
    expect(feed).toContain('https://arkiv.example.dk/moeder/2025-11-18/');
    expect(feed).toContain('https://arkiv.example.dk/moeder/2025-11-18/#punkt-1');
    const other = ids(feedKey.person('torben-hansen'));
    expect(other).not.toContain('https://arkiv.example.dk/moeder/2025-11-18/#punkt-1');
  });
});
