import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { builtPages, readPage, requireDist } from '../support/site.ts';
import { parseAtom, parseJsonFeed } from '../support/feeds.ts';
import { parseCalendar } from '../support/ical.ts';
import { parseCsv } from '../support/csv.ts';
import { oparlErrors, oparlObjects, urlsUnder, isOparlList, type Json } from '../support/oparl.ts';
import { contentArchive } from '../support/content.ts';
import { SITE_URL, BASE_PATH } from '../../src/site.config.ts';
import { FEED_LIMIT } from '../../src/lib/exports/feeds.ts';

/**
 * The open-data files as built by "npm run build": they exist, parse with real parsers, point to
 * pages that exist, and hold exactly the published content (no draft).
 */
const dist = requireDist();
const siteRoot = SITE_URL + BASE_PATH; // "https://…/" or "https://…/raadsarkiv/"
const read = (rel: string) => readFileSync(join(dist, rel), 'utf8');
const pages = new Set(builtPages());

/** Absolute URL → file in dist (pages end in "/"), or undefined when outside the site. */
function distPath(url: string): string | undefined {
  if (!url.startsWith(siteRoot)) return undefined;
  const rel = decodeURI(url.slice(siteRoot.length).split('#')[0]);
  return rel === '' || rel.endsWith('/') ? join(rel, 'index.html') : rel;
}

/** A link must resolve to a built file. */
function expectResolves(url: string, from: string) {
  const rel = distPath(url);
  expect(rel, `${from}: ${url} is under ${siteRoot}`).toBeDefined();
  expect(existsSync(join(dist, rel!)), `${from} links to ${url}, which was not built`).toBe(true);
}

/** The published content: drafts left out the way getArchive() leaves them out. */
function published() {
  const a = contentArchive();
  const meetings = a.meetings.filter((m) => !m.data.draft);
  const ids = new Set(meetings.map((m) => m.id));
  return {
    meetings,
    drafts: a.meetings.filter((m) => m.data.draft).map((m) => m.id),
    decisions: a.decisions.filter((d) => !d.data.draft && ids.has(d.data.meeting)),
    followUps: a.followUps.filter((f) => ids.has(f.data.meeting)),
    areas: a.programmes.flatMap((p) => p.data.areas.map((x) => `${p.id}-${x.letter.toLowerCase()}`)),
    /** Keys of every feed (src/lib/exports/feeds.ts): /feeds/<key>.xml and .json. */
    feeds: [
      'referater', 'beslutninger',
      ...a.programmes.flatMap((p) => p.data.areas.map((x) => `omraade/${p.id}-${x.letter.toLowerCase()}`)),
      ...a.bodies.map((b) => `organ/${b.id}`), ...a.matters.map((m) => `sag/${m.id}`), ...a.people.map((p) => `person/${p.id}`),
    ],
  };
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => readdirSync(d).forEach((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : out.push(relative(dir, join(d, n)).split('\\').join('/'))));
  walk(dir);
  return out.sort();
}

/** A feed holds the newest FEED_LIMIT entries: all of `expected` while there are no more. */
function expectFeedIds(actual: string[], expected: string[]) {
  if (expected.length <= FEED_LIMIT) expect(actual.sort()).toEqual([...expected].sort());
  else {
    expect(actual.length).toBe(FEED_LIMIT);
    for (const id of actual) expect(expected).toContain(id);
  }
}

const meetingPages = [...pages].filter((p) => /^\/moeder\/[^/]+\/$/.test(p)).map((p) => p.split('/')[2]).sort();

describe('feeds', () => {
  const content = published();

  it('the minutes feed has every published minutes and links to their pages', () => {
    const feed = parseAtom(read('feeds/referater.xml'));
    expect(feed.id).toBe(`${siteRoot}feeds/referater.xml`);
    expectFeedIds(feed.entries.map((e) => e.id), content.meetings.filter((m) => m.data.publication).map((m) => `${siteRoot}moeder/${m.id}/`));
    for (const e of feed.entries) for (const l of e.links) expectResolves(l.href, 'referater.xml');
  });

  it('the decisions feed has every published decision', () => {
    const feed = parseAtom(read('feeds/beslutninger.xml'));
    expectFeedIds(feed.entries.map((e) => e.id), content.decisions.map((d) => `${siteRoot}beslutninger/${d.id}/`));
    for (const e of feed.entries) for (const l of e.links) expectResolves(l.href, 'beslutninger.xml');
  });

  it('every feed exists as Atom and JSON Feed with the same entries, and nothing else is in feeds/', () => {
    const expected = content.feeds.flatMap((k) => [`${k}.json`, `${k}.xml`]).sort();
    expect(filesUnder(join(dist, 'feeds'))).toEqual(expected);
    for (const key of content.feeds) {
      const atom = parseAtom(read(`feeds/${key}.xml`));
      const json = parseJsonFeed(read(`feeds/${key}.json`));
      expect(json.items.map((i) => i.id), key).toEqual(atom.entries.map((e) => e.id));
      for (const e of atom.entries) for (const l of e.links) expectResolves(l.href, `${key}.xml`);
      for (const url of [json.home_page_url!, ...json.items.map((i) => i.url!)]) expectResolves(url, `${key}.json`);
    }
  });

  const alternates = (path: string, type = 'application\\/atom\\+xml') =>
    [...readPage(path).matchAll(new RegExp(`<link rel="alternate" type="${type}" title="[^"]+" href="([^"]+)"`, 'g'))].map((m) => m[1]);

  it('are announced with <link rel="alternate"> on the page each follows, as Atom and JSON Feed', () => {
    expect(alternates('/')).toEqual([`${BASE_PATH}feeds/referater.xml`, `${BASE_PATH}feeds/beslutninger.xml`]);
    expect(alternates('/', 'application\\/feed\\+json')).toEqual([`${BASE_PATH}feeds/referater.json`, `${BASE_PATH}feeds/beslutninger.json`]);
    expect(alternates('/moeder/')).toEqual([`${BASE_PATH}feeds/referater.xml`]);
    const a = contentArchive();
    const pagesWithFeeds: Array<[string, string]> = [
      ...a.bodies.map((b): [string, string] => [`/organer/${b.id}/`, `organ/${b.id}`]),
      ...a.matters.map((m): [string, string] => [`/sager/${m.id}/`, `sag/${m.id}`]),
      ...a.people.map((p): [string, string] => [`/personer/${p.id}/`, `person/${p.id}`]),
      ...a.programmes.flatMap((p) => p.data.areas.map((x): [string, string] => [`/arbejdsprogram/${p.id}/${x.letter.toLowerCase()}/`, `omraade/${p.id}-${x.letter.toLowerCase()}`])),
    ];
    for (const [page, key] of pagesWithFeeds) {
      expect(alternates(page), page).toEqual([`${BASE_PATH}feeds/${key}.xml`]);
      expect(alternates(page, 'application\\/feed\\+json'), page).toEqual([`${BASE_PATH}feeds/${key}.json`]);
    }
    for (const href of [...alternates('/'), ...alternates('/moeder/')]) expect(existsSync(join(dist, href.slice(BASE_PATH.length)))).toBe(true);
  });
});

describe('kalender.ics', () => {
  it('has every dated published meeting, linked to its page, in Copenhagen time', () => {
    const { events, timezones } = parseCalendar(read('kalender.ics'));
    expect(timezones).toEqual(['Europe/Copenhagen']);
    const host = new URL(SITE_URL).host;
    expect(events.map((e) => e.uid).sort()).toEqual(published().meetings.filter((m) => m.data.date).map((m) => `${m.id}@${host}`).sort());
    for (const e of events) {
      expectResolves(e.url!, e.uid);
      if (!e.allDay) expect(e.zone).toBe('Europe/Copenhagen');
    }
  });
});

describe('data files', () => {
  const content = published();

  it('hold exactly the published decisions, follow-ups and meetings, in JSON and CSV alike', () => {
    const cases = [
      ['beslutninger', content.decisions.map((d) => d.id)],
      ['opfoelgning', content.followUps.map((f) => f.id)],
      ['moeder', content.meetings.map((m) => m.id)],
    ] as const;
    for (const [name, ids] of cases) {
      const json = JSON.parse(read(`data/${name}.json`));
      const csv = parseCsv(read(`data/${name}.csv`));
      expect(json.items.map((r: { id: string }) => r.id).sort(), `${name}.json`).toEqual([...ids].sort());
      expect(csv.rows.map((r) => r.id).sort(), `${name}.csv`).toEqual([...ids].sort());
      expect(json.count).toBe(ids.length);
    }
  });

  it('list the same meetings as the meeting pages', () => {
    expect(JSON.parse(read('data/moeder.json')).items.map((r: { id: string }) => r.id).sort()).toEqual(meetingPages);
  });

  it('use CRLF and semicolons, Danish and ISO dates', () => {
    const text = read('data/beslutninger.csv');
    expect(text.split('\r\n')[0]).toMatch(/^\uFEFFid;møde;dato;dato_iso;/);
    for (const r of parseCsv(text).rows) {
      expect(r.dato).toMatch(/^\d{2}-\d{2}-\d{4}$/);
      expect(r.dato_iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.dato.split('-').reverse().join('-')).toBe(r.dato_iso);
    }
  });
});

describe('the OParl export', () => {
  const files = filesUnder(join(dist, 'oparl'));
  const oparlRoot = `${siteRoot}oparl/`;
  const known = new Set(files.map((f) => oparlRoot + f));

  it('has a System, one Body and its lists', () => {
    for (const f of ['system.json', 'bodies.json', 'body/raadsarkivet.json', 'body/raadsarkivet/meeting.json']) expect(files).toContain(f);
    expect(files.length).toBeGreaterThan(50);
  });

  it('validates against the OParl 1.1 schemas, object by object, with ids that are their own URLs', () => {
    for (const f of files) {
      const json = JSON.parse(read(`oparl/${f}`)) as Json;
      expect(oparlErrors(json, f)).toEqual([]);
      if (isOparlList(json)) expect(json.links.self).toBe(oparlRoot + f);
      else expect((json as { id: string }).id).toBe(oparlRoot + f);
      for (const u of urlsUnder(json, oparlRoot)) expect(known.has(u), `${f} points to ${u}`).toBe(true);
      for (const o of oparlObjects(json)) {
        expect(known.has(o.id as string), `${o.id} has its own file`).toBe(true);
        if (typeof o.web === 'string') expectResolves(o.web, f);
      }
    }
  });

  it('exports the same meetings as the site', () => {
    expect(files.filter((f) => /^meeting\/[^/]+\.json$/.test(f)).map((f) => f.slice(8, -5)).sort()).toEqual(meetingPages);
  });
});

describe('the sitemap and robots.txt', () => {
  const parser = new XMLParser({ isArray: (n) => n === 'url' || n === 'sitemap' });
  const parse = (rel: string) => { const xml = read(rel); expect(XMLValidator.validate(xml), rel).toBe(true); return parser.parse(xml); };
  const parts = (parse('sitemap-index.xml').sitemapindex.sitemap as Array<{ loc: string }>).map((s) => s.loc);
  const urls = parts.flatMap((loc) => (parse(distPath(loc)!).urlset.url as Array<{ loc: string; lastmod?: string }>));

  it('the sitemap index and its parts list every built page by its absolute URL, and nothing else', () => {
    expect(parts.length).toBeGreaterThan(0);
    expect(urls.map((u) => u.loc).sort()).toEqual([...pages].filter((p) => p !== '/404.html').map((p) => siteRoot + p.slice(1)).sort());
    expect(read('sitemap.xml'), 'the old address keeps working').toBe(read('sitemap-index.xml'));
  });

  it('lastmod of a meeting or decision page is the content date its JSON-LD states, not the build date', () => {
    const meeting = urls.find((u) => u.loc === `${siteRoot}moeder/2025-11-18/`)!;
    const minutes = contentArchive().meetings.find((m) => m.id === '2025-11-18')!.data;
    const revised = [minutes.publication!.documentDate, ...minutes.corrections.map((c) => c.date)].sort().at(-1)!;
    expect(meeting.lastmod).toBe(`${revised}T00:00:00.000Z`);
    const decision = urls.find((u) => u.loc.startsWith(`${siteRoot}beslutninger/2025-11-18-`))!;
    expect(decision.lastmod).toBe(`${revised}T00:00:00.000Z`);
  });

  it('robots.txt points to the sitemap index', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${siteRoot}sitemap-index.xml`);
  });
});

describe('/data/', () => {
  it('documents and links every feed and file, and each link works', () => {
    const html = readPage('/data/');
    const hrefs = [...html.matchAll(/href="([^"#]+)"/g)].map((m) => m[1]).filter((h) => h.startsWith(BASE_PATH) && /\.(xml|ics|json|csv|txt)$/.test(h));
    for (const f of ['kalender.ics', 'oparl/system.json', 'sitemap-index.xml', 'robots.txt',
      ...['beslutninger', 'opfoelgning', 'moeder'].flatMap((n) => [`data/${n}.json`, `data/${n}.csv`]),
      ...published().feeds.flatMap((k) => [`feeds/${k}.xml`, `feeds/${k}.json`])]) {
      expect(hrefs, f).toContain(BASE_PATH + f);
    }
    for (const h of hrefs) expect(existsSync(join(dist, h.slice(BASE_PATH.length))), h).toBe(true);
    expect(html).toContain('dd-mm-åååå');
    expect(html).toContain('Vilkårene fastsættes af Danske Regioner');
    // Formula-like CSV cells: the page says they start with an apostrophe, and why.
    expect(html).toMatch(/id="formler"[\s\S]*apostrof[\s\S]*formel[\s\S]*OWASP/);
    for (const topic of ['Indhold:', 'Licens:', 'Hvor ofte de ændres:', 'feedlæser', 'Abonner fra internettet', 'Fra tekst/CSV']) expect(html, topic).toContain(topic);
  });
});

describe('no draft in the open data', () => {
  it('no draft meeting id appears in any open-data file', () => {
    const drafts = published().drafts;
    const outputs = ['feeds', 'data', 'oparl'].flatMap((d) => filesUnder(join(dist, d)).map((f) => `${d}/${f}`)).concat(['kalender.ics', 'sitemap-0.xml']);
    for (const id of drafts) for (const f of outputs) expect(read(f).includes(id), `${id} in ${f}`).toBe(false);
  });

  it('the exports read the content only through getArchive() (which leaves drafts out)', () => {
    const sources = [
      ...filesUnder(join(process.cwd(), 'src/lib/exports')).map((f) => `src/lib/exports/${f}`),
      'src/pages/feeds/[...file].ts',
      'src/pages/kalender.ics.ts', 'src/pages/data/[file].ts', 'src/pages/data/index.astro', 'src/pages/oparl/[...file].ts',
      'src/components/FeedLinks.astro',
    ];
    for (const f of sources) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(/astro:content|getCollection|getEntry|content-source|checkContent/);
    }
    for (const f of sources.filter((s) => s.startsWith('src/pages/') && !s.endsWith('.astro'))) {
      expect(readFileSync(f, 'utf8'), f).toMatch(/import \{ getArchive \} from '[./]+lib\/archive\.ts'/);
    }
  });
});
