import { describe, expect, it } from 'vitest';
import { builtPages, readPage } from '../support/site.ts';
import { contentArchive } from '../support/content.ts';
import { SITE_URL, BASE_PATH } from '../../src/site.config.ts';

/**
 * The structured data on the built pages: every JSON-LD block parses, is schema.org, has the
 * properties its type needs, and every URL in it is absolute and points into the site where it
 * means the site. The rules follow schema.org and the properties search engines require.
 */
const siteRoot = SITE_URL + BASE_PATH;
type Node = Record<string, unknown>;

function blocksOf(page: string): Node[] {
  return [...readPage(page).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]) as Node);
}

/** Every node of a block, nested ones included. */
function nodes(value: unknown): Node[] {
  if (Array.isArray(value)) return value.flatMap(nodes);
  if (typeof value !== 'object' || value === null) return [];
  const node = value as Node;
  return [node, ...Object.values(node).flatMap(nodes)];
}

/** Every string under a URL-valued key, anywhere in the block. */
function urls(value: unknown): string[] {
  return nodes(value).flatMap((n) => Object.entries(n).filter(([k, v]) => ['url', '@id', 'urlTemplate', 'sameAs'].includes(k) && typeof v === 'string').map(([, v]) => v as string));
}

const REQUIRED: Record<string, string[]> = {
  // eventStatus only where the records give a status (src/lib/exports/json-ld.ts).
  Event: ['name', 'startDate', 'organizer', 'url', 'identifier'],
  WebPage: ['url', 'name'],
  WebSite: ['name', 'url', 'potentialAction'],
  Organization: ['name'],
  CreativeWork: ['name', 'url'],
  SearchAction: ['target', 'query-input'],
  VirtualLocation: ['url'],
  Place: ['name'],
};

const pages = builtPages().filter((p) => p.endsWith('/'));
const withData = pages.filter((p) => blocksOf(p).length > 0);

describe('JSON-LD', () => {
  it('is on the home page, every dated meeting page and every decision page', () => {
    const a = contentArchive();
    const expected = ['/', ...a.meetings.filter((m) => !m.data.draft).map((m) => `/moeder/${m.id}/`), ...a.decisions.filter((d) => !d.data.draft).map((d) => `/beslutninger/${d.id}/`)];
    for (const p of expected) expect(withData, p).toContain(p);
  });

  it.each(withData)('%s: parses, is schema.org, has the required properties, absolute URLs', (page) => {
    for (const block of blocksOf(page)) {
      expect(block['@context']).toBe('https://schema.org');
      for (const node of nodes(block['@graph'])) {
        const type = node['@type'] as string | undefined;
        if (!type) continue;
        for (const prop of REQUIRED[type] ?? []) expect(node[prop], `${page}: ${type}.${prop}`).toBeDefined();
        if (type === 'Event' || type === 'CreativeWork') {
          for (const d of ['startDate', 'endDate', 'dateCreated', 'dateModified', 'datePublished']) {
            if (node[d] !== undefined) expect(node[d], `${page}: ${type}.${d}`).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?$/);
          }
        }
      }
      for (const u of urls(block)) expect(u, page).toMatch(/^https:\/\//);
    }
  });

  it('the meeting of 18 November 2025 is a virtual Event with start, end and organizer', () => {
    const event = nodes(blocksOf('/moeder/2025-11-18/')).find((n) => n['@type'] === 'Event')!;
    expect(event.startDate).toBe('2025-11-18T10:00:00+01:00');
    expect(event.endDate).toBe('2025-11-18T13:00:00+01:00');
    expect((event.location as Node)['@type']).toBe('VirtualLocation');
    expect(event.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect((event.organizer as Node).url).toBe(`${siteRoot}organer/fagligt-raad/`);
    expect(event.url).toBe(`${siteRoot}moeder/2025-11-18/`);
  });

  it('a decision has its id as identifier and its meeting as isPartOf (the minutes) and about (the Event)', () => {
    const work = nodes(blocksOf('/beslutninger/2025-11-18-2a/')).find((n) => n['@id'] === `${siteRoot}beslutninger/2025-11-18-2a/`)!;
    expect(work.identifier).toBe('2025-11-18-2a');
    expect((work.isPartOf as Node).url).toBe(`${siteRoot}moeder/2025-11-18/`);
    expect((work.about as Node)['@id']).toBe(`${siteRoot}moeder/2025-11-18/#moede`);
  });

  it('the home page names the site, its organisation and a search action to /soeg/?q=', () => {
    const all = nodes(blocksOf('/'));
    const site = all.find((n) => n['@type'] === 'WebSite')!;
    const action = site.potentialAction as Node;
    expect((action.target as Node).urlTemplate).toBe(`${siteRoot}soeg/?q={search_term_string}`);
    expect(action['query-input']).toBe('required name=search_term_string');
    expect(all.some((n) => n['@type'] === 'Organization')).toBe(true);
  });
});
