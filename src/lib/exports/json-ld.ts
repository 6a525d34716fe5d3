import type {
  CreativeWork, Event, EventStatusType, Graph, Organization, Place, VirtualLocation, WebPage, WebSite, WithActionConstraints, SearchAction,
} from 'schema-dts';
import type { ArchiveIndex } from '../archive-index.ts';
import type { Entry } from '../archive-types.ts';
import type { Decision, Meeting } from '../../schemas/index.ts';
import { paths, absoluteUrl } from '../urls.ts';
import { SITE_NAME, SITE_DESCRIPTION, CONTACT_EMAIL } from '../../site.config.ts';
import type { ExportSite } from './site.ts';
import { mdxToPlainText } from './text.ts';
import { copenhagenDateTime } from './time.ts';
import { meetingRecordedDate } from './meeting-dates.ts';

/**
 * Structured data for search engines (schema.org as JSON-LD), typed with schema-dts: the site
 * (Organization and WebSite with a search action), meeting pages (Event) and decision pages.
 * Each page's block is a @graph whose WebPage (or the decision itself) carries dateModified from
 * the content; the sitemap reads its lastmod from there, so it never comes from the build clock.
 * Every URL is absolute. Only what the records say is stated: a meeting without a known place
 * has no location, one without a date has no block at all (an Event needs a start date).
 */

/** Fragment ids, so that blocks on different pages can point to each other. */
const ORGANIZATION_ID = '#organisation';
const WEBSITE_ID = '#websted';
const EVENT_ID = '#moede';
const MINUTES_ID = '#referat';

/** The body whose minutes the archive holds: the site's organisation (like OParl's mainOrganization). */
function publisher(index: ArchiveIndex, site: ExportSite): Organization {
  const home = absoluteUrl(site, paths.home());
  const owners = index.bodiesWithMinutes;
  const body = owners.length === 1 ? owners[0] : undefined;
  const parent = body?.data.organisation ? index.organisations.get(body.data.organisation) : undefined;
  return {
    '@type': 'Organization',
    '@id': home + ORGANIZATION_ID,
    name: body?.data.name ?? SITE_NAME,
    url: body ? absoluteUrl(site, paths.body(body.id)) : home,
    email: CONTACT_EMAIL,
    ...(parent ? { parentOrganization: { '@type': 'Organization', name: parent.data.name, url: absoluteUrl(site, paths.organisation(parent.id)) } } : {}),
  };
}

export function siteJsonLd(index: ArchiveIndex, site: ExportSite): Graph {
  const home = absoluteUrl(site, paths.home());
  const search: WithActionConstraints<SearchAction> = {
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl(site, paths.search())}?q={search_term_string}` },
    'query-input': 'required name=search_term_string',
  };
  const website: WebSite = {
    '@type': 'WebSite',
    '@id': home + WEBSITE_ID,
    name: SITE_NAME,
    description: SITE_DESCRIPTION,
    url: home,
    inLanguage: 'da',
    publisher: { '@id': home + ORGANIZATION_ID },
    potentialAction: search,
  };
  return { '@context': 'https://schema.org', '@graph': [publisher(index, site), website] };
}

/** The event's status; none when the records give none ("ukendt"), rather than a guess. */
function eventStatus(m: Meeting): { eventStatus?: EventStatusType } {
  if (m.status === 'ukendt') return {};
  return { eventStatus: m.status === 'aflyst' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled' };
}

/** Where the meeting is held, as far as the records say: online (the meeting page), a place, or nothing. */
function eventLocation(m: Meeting, pageUrl: string): { location?: Place | VirtualLocation; eventAttendanceMode?: Event['eventAttendanceMode'] } {
  if (m.form === 'virtuelt') {
    return { location: { '@type': 'VirtualLocation', url: pageUrl }, eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode' };
  }
  if (m.location) {
    return { location: { '@type': 'Place', name: m.location, address: m.location }, eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode' };
  }
  return {};
}

/** The Event of a dated meeting, for its own page and for the decisions made there. */
function meetingEvent(index: ArchiveIndex, site: ExportSite, meeting: Entry<Meeting>): Event {
  const m = meeting.data;
  const url = absoluteUrl(site, paths.meeting(meeting.id));
  const body = index.bodies.get(m.body);
  return {
    '@type': 'Event',
    '@id': url + EVENT_ID,
    identifier: meeting.id,
    name: m.title,
    url,
    inLanguage: 'da',
    startDate: m.start ? copenhagenDateTime(m.date!, m.start) : m.date!,
    ...(m.start && m.end ? { endDate: copenhagenDateTime(m.date!, m.end) } : {}),
    ...eventStatus(m),
    ...eventLocation(m, url),
    organizer: { '@type': 'Organization', name: body?.data.name ?? m.body, url: absoluteUrl(site, paths.body(m.body)) },
    ...(m.theme ? { about: m.theme } : {}),
  };
}

/** The date a meeting page last changed as far as the content tells (its minutes, else its record). */
const meetingModified = (index: ArchiveIndex, m: Meeting) => meetingRecordedDate(index, m);

/** A meeting page: the WebPage (with dateModified) and, for a dated meeting, its Event. */
export function meetingJsonLd(index: ArchiveIndex, site: ExportSite, meeting: Entry<Meeting>): Graph {
  const url = absoluteUrl(site, paths.meeting(meeting.id));
  const m = meeting.data;
  const page: WebPage = {
    '@type': 'WebPage',
    '@id': url,
    url,
    name: m.title,
    inLanguage: 'da',
    isPartOf: { '@id': absoluteUrl(site, paths.home()) + WEBSITE_ID },
    ...(m.date ? { dateModified: meetingModified(index, m), mainEntity: { '@id': url + EVENT_ID } } : {}),
  };
  return { '@context': 'https://schema.org', '@graph': m.date ? [page, meetingEvent(index, site, meeting)] : [page] };
}

/**
 * A decision page. schema.org has no type for a body's decision; Legislation would claim legal
 * force that an advisory council's decisions do not have, so it is a CreativeWork: its kind as
 * genre, the decision id as identifier, part of the meeting's minutes and about the meeting.
 */
export function decisionJsonLd(index: ArchiveIndex, site: ExportSite, decision: Entry<Decision>): Graph | undefined {
  const meeting = index.meetings.get(decision.data.meeting);
  if (!meeting?.data.date) return undefined;
  const d = decision.data;
  const url = absoluteUrl(site, paths.decision(decision.id));
  const meetingUrl = absoluteUrl(site, paths.meeting(meeting.id));
  const minutes: CreativeWork = {
    '@type': 'CreativeWork',
    '@id': meetingUrl + MINUTES_ID,
    name: meeting.data.title,
    url: meetingUrl,
    ...(meeting.data.publication ? { datePublished: meeting.data.publication.documentDate } : {}),
  };
  const work: CreativeWork = {
    '@type': 'CreativeWork',
    '@id': url,
    identifier: decision.id,
    name: d.title,
    url,
    inLanguage: 'da',
    genre: d.kind,
    text: mdxToPlainText(decision.body),
    dateCreated: meeting.data.date,
    dateModified: meetingModified(index, meeting.data),
    isPartOf: minutes,
    about: meetingEvent(index, site, meeting),
    sameAs: absoluteUrl(site, paths.meetingDecision(meeting.id, decision.id)),
    publisher: { '@id': absoluteUrl(site, paths.home()) + ORGANIZATION_ID },
  };
  return { '@context': 'https://schema.org', '@graph': [work] };
}

/**
 * JSON for a <script type="application/ld+json"> element: "<" is escaped so that no text from the
 * content can close the element ("</script>") or open a comment; the JSON means the same.
 */
export function jsonLdScriptText(data: Graph): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
