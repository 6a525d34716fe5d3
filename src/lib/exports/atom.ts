import type { ArchiveIndex, AreaRef } from '../archive-index.ts';
import type { Entry } from '../archive-types.ts';
import type { Decision, Meeting } from '../../schemas/index.ts';
import { paths, itemAnchor } from '../urls.ts';
import { formatDate } from '../dates.ts';
import { meetingWhen, meetingForm } from '../meeting-text.ts';
import { SITE_NAME, CONTACT_EMAIL } from '../../site.config.ts';
import { absoluteUrl, type ExportSite } from './site.ts';
import { mdxToPlainText } from './text.ts';
import { copenhagenDateTime } from './time.ts';
import { correctionsFeedHtml } from '../minutes.ts';
import {
  minutesRevised, meetingStartDateTime, meetingUpdatedDateTime, archiveUpdatedDateTime, latestDateTime,
} from './meeting-dates.ts';

/**
 * Atom 1.0 feeds (RFC 4287): new minutes, new decisions, and one per focus area. Ids are the
 * entries' permanent URLs, which never change once published; dates are RFC 3339 with the
 * Europe/Copenhagen offset. A decision is dated by its meeting; an entry is "updated" when its
 * minutes were issued or corrected. A feed carries the newest FEED_LIMIT entries (a feed tells
 * what is new; the full lists are the JSON and CSV files), so its size stays the same however
 * large the archive grows; only those entries are rendered.
 */

export const FEED_LIMIT = 100;

export interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  published?: string;
  link: string;
  summary?: string;
  content?: string;
  /** HTML content (escaped into type="html"); used instead of `content` when set. */
  contentHtml?: string;
  authors?: string[];
  categories?: Array<{ term: string; label?: string }>;
}

export interface AtomFeed {
  title: string;
  subtitle?: string;
  /** Absolute URL of the feed itself; also its id. */
  self: string;
  /** Absolute URL of the HTML page the feed follows. */
  alternate: string;
  /** Used when there are no entries. */
  fallbackUpdated: string;
  entries: Candidate[];
}

/** An entry to be: its id and date for ordering, and how to render it if it makes the cut. */
export interface Candidate {
  id: string;
  updated: string;
  entry: () => AtomEntry;
}

const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlEscape(text: string): string {
  return text.replace(INVALID_XML_CHARS, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The newest FEED_LIMIT candidates, newest first; ties broken by id so that the build is deterministic. */
function newest(candidates: Candidate[]): Candidate[] {
  return candidates
    .map((c) => ({ c, t: Date.parse(c.updated) }))
    .sort((a, b) => b.t - a.t || a.c.id.localeCompare(b.c.id))
    .slice(0, FEED_LIMIT)
    .map(({ c }) => c);
}

export function renderAtom(feed: AtomFeed): string {
  const chosen = newest(feed.entries);
  const updated = chosen[0]?.updated ?? feed.fallbackUpdated;
  const entries = chosen.map((c) => c.entry());
  const x = xmlEscape;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">',
    `  <id>${x(feed.self)}</id>`,
    `  <title>${x(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${x(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${x(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(feed.alternate)}"/>`,
    `  <author><name>${x(SITE_NAME)}</name><email>${x(CONTACT_EMAIL)}</email></author>`,
    `  <generator>${x(SITE_NAME)}</generator>`,
  ];
  for (const e of entries) {
    lines.push(
      '  <entry>',
      `    <id>${x(e.id)}</id>`,
      `    <title>${x(e.title)}</title>`,
      `    <updated>${e.updated}</updated>`,
      ...(e.published ? [`    <published>${e.published}</published>`] : []),
      `    <link rel="alternate" type="text/html" href="${x(e.link)}"/>`,
      ...(e.authors ?? []).map((name) => `    <author><name>${x(name)}</name></author>`),
      ...(e.categories ?? []).map((c) => `    <category term="${x(c.term)}"${c.label ? ` label="${x(c.label)}"` : ''}/>`),
      ...(e.summary ? [`    <summary type="text">${x(e.summary)}</summary>`] : []),
      ...(e.contentHtml ? [`    <content type="html">${x(e.contentHtml)}</content>`]
        : e.content ? [`    <content type="text">${x(e.content)}</content>`] : []),
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

/** A meeting's body, time and form in one line: "Fagligt råd for genomisk medicin · 18. november 2025, kl. 10.00–13.00 · virtuelt møde". */
function meetingLine(index: ArchiveIndex, m: Meeting): string {
  return [index.bodies.get(m.body)?.data.name, meetingWhen(m), meetingForm(m)].filter(Boolean).join(' · ');
}

function minutesEntry(index: ArchiveIndex, site: ExportSite, meeting: Entry<Meeting>): Candidate {
  const url = absoluteUrl(site, paths.meeting(meeting.id));
  return { id: url, updated: meetingUpdatedDateTime(meeting), entry: () => renderMinutesEntry(index, site, meeting, url) };
}

function renderMinutesEntry(index: ArchiveIndex, site: ExportSite, meeting: Entry<Meeting>, url: string): AtomEntry {
  const m = meeting.data;
  const decisions = index.decisionsByMeeting.get(meeting.id) ?? [];
  const content = [
    m.agenda.length ? ['Dagsorden:', ...m.agenda.map((a) => `Pkt. ${a.number}: ${a.title}`)].join('\n') : '',
    decisions.length ? ['Beslutninger:', ...decisions.map((d) => `Pkt. ${d.data.item}: ${d.data.title} (${d.data.kind})`)].join('\n') : '',
  ].filter(Boolean).join('\n\n');
  // Corrections are shown as the meeting page shows them: a diff from src/lib/minutes.ts.
  const contentHtml = m.corrections.length
    ? [...content.split('\n\n').map((block) => `<p>${xmlEscape(block).replace(/\n/g, '<br>')}</p>`),
      '<h2>Rettelser efter offentliggørelsen</h2>', correctionsFeedHtml(index, site, m)].join('\n')
    : undefined;
  const author = m.publication && index.people.get(m.publication.author)?.data.name;
  return {
    id: url,
    title: m.title,
    updated: meetingUpdatedDateTime(meeting),
    published: copenhagenDateTime(m.publication!.documentDate),
    link: url,
    summary: meetingLine(index, m),
    content: content || undefined,
    contentHtml,
    authors: author ? [author] : [],
  };
}

function decisionEntry(index: ArchiveIndex, site: ExportSite, decision: Entry<Decision>): Candidate {
  const d = decision.data;
  const meeting = index.meetings.get(d.meeting);
  if (!meeting) throw new Error(`${decision.file}: beslutningens møde ${d.meeting} findes ikke i arkivet`);
  if (!meeting.data.date) {
    throw new Error(`${decision.file}: beslutningen hører til mødet ${d.meeting}, som ikke har en dato; en beslutning dateres efter sit møde. Tilføj date i ${meeting.file}.`);
  }
  const url = absoluteUrl(site, paths.decision(decision.id));
  const published = meetingStartDateTime(meeting);
  const revised = minutesRevised(meeting.data);
  const updated = latestDateTime([published, ...(revised ? [copenhagenDateTime(revised)] : [])])!;
  return { id: url, updated, entry: () => renderDecisionEntry(index, decision, meeting, url, published, updated) };
}

function renderDecisionEntry(
  index: ArchiveIndex, decision: Entry<Decision>, meeting: Entry<Meeting>, url: string, published: string, updated: string,
): AtomEntry {
  const d = decision.data;
  const body = index.bodies.get(meeting.data.body)?.data.shortName ?? meeting.data.body;
  return {
    id: url,
    title: d.title,
    published,
    updated,
    link: url,
    summary: `${d.kind} · ${body} ${formatDate(meeting.data.date!)}, pkt. ${d.item}`,
    content: mdxToPlainText(decision.body) || undefined,
    categories: [
      { term: d.kind },
      ...d.areas.flatMap((id) => {
        const area = index.areas.get(id);
        return area ? [{ term: id, label: `${area.area.letter} – ${area.area.title}` }] : [];
      }),
    ],
  };
}

/** Held meetings with published minutes. */
function meetingsWithMinutes(index: ArchiveIndex): Entry<Meeting>[] {
  return index.meetingsChronological.filter((m) => m.data.publication);
}

export function minutesFeed(index: ArchiveIndex, site: ExportSite): string {
  return renderAtom({
    title: `${SITE_NAME}: referater`,
    subtitle: 'Nye og rettede referater i arkivet.',
    self: absoluteUrl(site, paths.feedMinutes()),
    alternate: absoluteUrl(site, paths.meetings()),
    fallbackUpdated: archiveUpdatedDateTime(index),
    entries: meetingsWithMinutes(index).map((m) => minutesEntry(index, site, m)),
  });
}

export function decisionsFeed(index: ArchiveIndex, site: ExportSite): string {
  return renderAtom({
    title: `${SITE_NAME}: beslutninger`,
    subtitle: 'Nye beslutninger i arkivet, dateret efter mødet, hvor de blev truffet.',
    self: absoluteUrl(site, paths.feedDecisions()),
    alternate: absoluteUrl(site, paths.decisions()),
    fallbackUpdated: archiveUpdatedDateTime(index),
    entries: index.data.decisions.map((d) => decisionEntry(index, site, d)),
  });
}

/** One feed per focus area: its slug in the feed's URL ("2026-2028-d") and what it follows. */
export interface AreaFeedRef {
  slug: string;
  area: AreaRef;
  path: string;
  title: string;
}

export function areaFeeds(index: ArchiveIndex): AreaFeedRef[] {
  return [...index.areas.values()].map((area) => ({
    slug: `${area.programme.id}-${area.area.letter.toLowerCase()}`,
    area,
    path: paths.feedArea(area.programme.id, area.area.letter),
    title: `${SITE_NAME}: indsatsområde ${area.area.letter} – ${area.area.title}`,
  }));
}

/**
 * A focus area's feed: the decisions that touch the area and the agenda items that concern it.
 * Agenda items of meetings known only by week have no date yet and join the feed once dated,
 * like the calendar.
 */
export function areaFeed(index: ArchiveIndex, site: ExportSite, ref: AreaFeedRef): string {
  const areaId = ref.area.id;
  const decisions = index.data.decisions.filter((d) => d.data.areas.includes(areaId));
  const items = index.meetingsChronological.filter((m) => m.data.date).flatMap((meeting) =>
    meeting.data.agenda.filter((a) => a.areas.includes(areaId)).map((a): Candidate => {
      const url = absoluteUrl(site, paths.meeting(meeting.id)) + '#' + itemAnchor(a.number);
      const updated = meetingUpdatedDateTime(meeting);
      return {
        id: url,
        updated,
        entry: () => ({
          id: url,
          title: `Pkt. ${a.number}: ${a.title}`,
          published: meetingStartDateTime(meeting),
          updated,
          link: url,
          summary: `${meetingLine(index, meeting.data)}. ${meeting.data.title}`,
        }),
      };
    }));
  return renderAtom({
    title: ref.title,
    subtitle: `Beslutninger og dagsordenspunkter om indsatsområde ${ref.area.area.letter} i ${ref.area.programme.data.title}.`,
    self: absoluteUrl(site, ref.path),
    alternate: absoluteUrl(site, paths.area(ref.area.programme.id, ref.area.area.letter)),
    fallbackUpdated: archiveUpdatedDateTime(index),
    entries: [...decisions.map((d) => decisionEntry(index, site, d)), ...items],
  });
}
