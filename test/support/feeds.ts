import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';
import { decodeEntities } from './html-scan.ts';
import { feedByKey, feedKey, renderFeed } from '../../src/lib/exports/feeds.ts';
import type { ArchiveIndex } from '../../src/lib/archive-index.ts';
import type { ExportSite } from '../../src/lib/exports/site.ts';

/** RFC 3339 date-time with seconds and an explicit offset (or Z). */
export const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export interface ParsedEntry {
  id: string;
  title: string;
  updated: string;
  published?: string;
  links: Array<{ rel?: string; href: string; type?: string }>;
  categories: Array<{ term: string; label?: string }>;
  summary?: string;
  content?: string;
}

export interface ParsedFeed {
  id: string;
  title: string;
  updated: string;
  links: Array<{ rel?: string; href: string; type?: string }>;
  authors: string[];
  entries: ParsedEntry[];
}

/** An Atom text construct as text: type="html" is HTML (tags dropped, entities decoded), else plain. */
const text = (v: unknown): string => {
  if (typeof v !== 'object' || v === null) return String(v ?? '');
  const node = v as Record<string, unknown>;
  const raw = String(node['#text'] ?? '');
  return node['@_type'] === 'html' ? htmlToText(raw) : raw;
};

/** HTML of a feed entry as text: paragraphs become blank-line separated, <br> a line break. */
export function htmlToText(html: string): string {
  return decodeEntities(html.replace(/<\/p>\s*<p>/g, '\n\n').replace(/<br>/g, '\n').replace(/<[^>]+>/g, ''));
}
const links = (v: unknown) => ((v as Array<Record<string, string>> | undefined) ?? []).map((l) => ({ rel: l['@_rel'], href: l['@_href'], type: l['@_type'] }));

/**
 * Parse an Atom feed with a real XML parser and check what RFC 4287 requires: the feed's id,
 * title, updated, a self link and an author (here on the feed); each entry's id, title, updated
 * and an alternate link. Dates must be RFC 3339; ids must be unique absolute URLs.
 */
export function parseAtom(xml: string): ParsedFeed {
  const valid = XMLValidator.validate(xml);
  expect(valid, JSON.stringify(valid)).toBe(true);
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    isArray: (name) => ['entry', 'link', 'author', 'category'].includes(name),
    // Keep the text of CDATA sections and elements as written; entities are decoded by `text`.
    cdataPropName: false,
    processEntities: true,
  }).parse(xml);
  const feed = doc.feed;
  expect(feed, 'root element <feed>').toBeDefined();
  expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
  const parsed: ParsedFeed = {
    id: text(feed.id),
    title: text(feed.title),
    updated: text(feed.updated),
    links: links(feed.link),
    authors: ((feed.author as Array<Record<string, unknown>> | undefined) ?? []).map((a) => text(a.name)),
    entries: ((feed.entry as Array<Record<string, unknown>> | undefined) ?? []).map((e) => ({
      id: text(e.id),
      title: text(e.title),
      updated: text(e.updated),
      published: e.published === undefined ? undefined : text(e.published),
      links: links(e.link),
      categories: ((e.category as Array<Record<string, string>> | undefined) ?? []).map((c) => ({ term: c['@_term'], label: c['@_label'] })),
      summary: e.summary === undefined ? undefined : text(e.summary),
      content: e.content === undefined ? undefined : text(e.content),
    })),
  };
  expect(parsed.id).toMatch(/^https?:\/\//);
  expect(parsed.title).not.toBe('');
  expect(parsed.updated).toMatch(RFC3339);
  const self = parsed.links.find((l) => l.rel === 'self');
  expect(self?.href, 'link rel=self').toBe(parsed.id);
  expect(parsed.authors.length, 'feed author').toBeGreaterThan(0);
  for (const e of parsed.entries) {
    expect(e.id).toMatch(/^https?:\/\//);
    expect(e.title).not.toBe('');
    expect(e.updated, e.id).toMatch(RFC3339);
    if (e.published) expect(e.published).toMatch(RFC3339);
    expect(e.links.find((l) => (l.rel ?? 'alternate') === 'alternate')?.href, `${e.id} alternate link`).toMatch(/^https?:\/\//);
    expect(Date.parse(e.updated)).toBeLessThanOrEqual(Date.parse(parsed.updated));
  }
  expect(new Set(parsed.entries.map((e) => e.id)).size, 'unique entry ids').toBe(parsed.entries.length);
  return parsed;
}

export interface JsonFeed {
  version: string;
  title: string;
  home_page_url?: string;
  feed_url?: string;
  items: Array<{ id: string; url?: string; title?: string; content_html?: string; summary?: string; date_published?: string; date_modified?: string; tags?: string[] }>;
}

/**
 * Parse a JSON Feed (version 1) and check what the specification requires: version, title and
 * items, each item with an id and content; URLs absolute, dates RFC 3339, ids unique.
 */
export function parseJsonFeed(json: string): JsonFeed {
  const feed = JSON.parse(json) as JsonFeed;
  expect(feed.version).toBe('https://jsonfeed.org/version/1');
  expect(feed.title).not.toBe('');
  expect(Array.isArray(feed.items)).toBe(true);
  for (const url of [feed.home_page_url, feed.feed_url]) expect(url).toMatch(/^https?:\/\//);
  for (const item of feed.items) {
    expect(typeof item.id).toBe('string');
    expect(typeof item.content_html === 'string' || typeof (item as { content_text?: string }).content_text === 'string', `${item.id} content`).toBe(true);
    expect(item.url).toMatch(/^https?:\/\//);
    for (const d of [item.date_published, item.date_modified]) if (d !== undefined) expect(d).toMatch(RFC3339);
  }
  expect(new Set(feed.items.map((i) => i.id)).size, 'unique item ids').toBe(feed.items.length);
  return feed;
}

/** A feed of an index as Atom XML, by its key. */
export const atom = (index: ArchiveIndex, site: ExportSite, key: string) => renderFeed(index, site, feedByKey(index, key), 'atom');
export const minutesFeed = (index: ArchiveIndex, site: ExportSite) => atom(index, site, feedKey.minutes);
export const decisionsFeed = (index: ArchiveIndex, site: ExportSite) => atom(index, site, feedKey.decisions);
/** The same instant, whatever offset it is written with. */
export const instant = (rfc3339: string | undefined) => new Date(rfc3339!).toISOString();
