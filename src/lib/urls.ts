import type { ExportSite } from './exports/site.ts';

/**
 * The archive's URL scheme in one place. Once published, a URL never changes, so every page and
 * every link (anchors included) is built from these functions. Paths are site-relative
 * ("/moeder/2025-11-18/"); `withBase` adds the deployment's base path, `absoluteUrl` the origin.
 */

export const paths = {
  home: () => '/',
  meetings: () => '/moeder/',
  meeting: (id: string) => `/moeder/${id}/`,
  /** A year on the meetings page. */
  meetingsInYear: (year: number) => withAnchor('/moeder/', yearAnchor(year)),
  /** An agenda item on its meeting page (only where the page has the minutes: src/lib/links.ts itemPath). */
  meetingItem: (id: string, item: number) => withAnchor(`/moeder/${id}/`, itemAnchor(item)),
  /** A typed section of an agenda item on its meeting page. */
  meetingSection: (id: string, item: number, section: string) => withAnchor(`/moeder/${id}/`, sectionAnchor(item, section)),
  /** A decision where the minutes record it. */
  meetingDecision: (meetingId: string, decisionId: string) => withAnchor(`/moeder/${meetingId}/`, decisionAnchor(decisionId)),
  /** A published attachment, by its file path under public/ ("bilag/2025-11-18/x.pdf"). */
  attachment: (file: string) => `/${file}`,
  /** The original minutes document a meeting's text was made from (src/lib/original.ts). */
  meetingOriginal: (id: string, fileName: string) => `/moeder/${id}/original/${fileName}`,
  decisions: () => '/beslutninger/',
  decision: (id: string) => `/beslutninger/${id}/`,
  /** The decision register filtered: by year, kind (slug), body id, or area id ("2026-2028/D"). */
  decisionsByYear: (year: number | string) => `/beslutninger/aar/${year}/`,
  decisionsByKind: (kindSlug: string) => `/beslutninger/type/${kindSlug}/`,
  decisionsByBody: (bodyId: string) => `/beslutninger/organ/${bodyId}/`,
  decisionsByArea: (areaId: string) => `/beslutninger/omraade/${areaSlug(areaId)}/`,
  programme: (id: string) => `/arbejdsprogram/${id}/`,
  area: (programmeId: string, letter: string) => `/arbejdsprogram/${programmeId}/${letter.toLowerCase()}/`,
  matters: () => '/sager/',
  matter: (id: string) => `/sager/${id}/`,
  people: () => '/personer/',
  person: (id: string) => `/personer/${id}/`,
  organisations: () => '/organisationer/',
  organisation: (id: string) => `/organisationer/${id}/`,
  bodies: () => '/organer/',
  body: (id: string) => `/organer/${id}/`,
  calendar: () => '/kalender/',
  followUps: () => '/opfoelgning/',
  /** One follow-up on the follow-up register. */
  followUp: (id: string) => withAnchor('/opfoelgning/', followUpAnchor(id)),
  search: () => '/soeg/',
  about: () => '/om/',
  accessibility: () => '/tilgaengelighed/',
  // Open data (src/lib/exports): files, not pages.
  openData: () => '/data/',
  dataFile: (name: string) => `/data/${name}`,
  /** A feed by its key (src/lib/exports/feeds.ts): "/feeds/referater.xml" (Atom) or ".json" (JSON Feed). */
  feed: (key: string, format: 'atom' | 'json' = 'atom') => `/feeds/${key}.${format === 'atom' ? 'xml' : 'json'}`,
  calendarFile: () => '/kalender.ics',
  oparl: (file: string) => `/oparl/${file}`,
  sitemap: () => '/sitemap-index.xml',
  robots: () => '/robots.txt',
} as const;

/** A path with an anchor: "/moeder/2025-11-18/#punkt-2". */
export const withAnchor = (path: string, anchor: string) => `${path}#${anchor}`;

/** A link to an anchor on the same page: "#punkt-2". */
export const inPage = (anchor: string) => `#${anchor}`;

/** An area id in a URL segment: "2026-2028/D" → "2026-2028-d". */
export const areaSlug = (areaId: string) => areaId.replace('/', '-').toLowerCase();

/** Anchor of a meeting's group in the decision register and on the calendar: "moede-2025-11-18". */
export const meetingAnchor = (id: string) => `moede-${id}`;

/** Anchor of a year on the meetings page: "aar-2025". */
export const yearAnchor = (year: number | string) => `aar-${year}`;

/** Anchor of an agenda item on its meeting page: "punkt-2". */
export const itemAnchor = (item: number) => `punkt-${item}`;

/** Anchor of a section of an agenda item: "punkt-2-referat". */
export const sectionAnchor = (item: number, section: string) => `punkt-${item}-${section}`;

/**
 * Anchor of one paragraph (heading, paragraph or list item, counted from 1) of a part of a
 * meeting's minutes: "punkt-2-referat-5" for an item's section, "hoved-2" for the header. A
 * source reference (src/schemas/provenance.ts) links here.
 */
export const paragraphAnchor = (section: string, paragraph: number, item?: number) =>
  item === undefined ? `${section}-${paragraph}` : `${sectionAnchor(item, section)}-${paragraph}`;

/**
 * Id of the heading inside a section whose id is `anchor`: "punkt-2-titel". Links go to the
 * section; search results point at the heading, and src/lib/search-meta.ts maps them back.
 */
export const headingAnchor = (anchor: string) => `${anchor}-titel`;

/** Anchor of a decision on its meeting page: "beslutning-2025-11-18-2a". */
export const decisionAnchor = (id: string) => `beslutning-${id}`;

/** Anchor of a follow-up on the follow-up page and on its meeting page. */
export const followUpAnchor = (id: string) => `opfoelgning-${id}`;

/** Prefix a site-relative path with the base path ("/raadsarkiv/" + "moeder/"). */
export function withBase(path: string, base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\//, '');
}

/** Site-relative path ("/moeder/2025-11-18/") → the full published address under the site's base path. */
export function absoluteUrl(site: ExportSite, path: string): string {
  return site.siteUrl.replace(/\/$/, '') + withBase(path, site.base);
}
