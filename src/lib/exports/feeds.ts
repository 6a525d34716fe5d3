import { Feed, type Item } from 'feed';
import { followUpsForPerson, itemKey, ownerKey, type ArchiveIndex } from '../archive-index.ts';
import { hasMinutes } from '../meetings.ts';
import { areaTitle, itemPath } from '../links.ts';
import { decisionKindLabel } from '../vocabulary.ts';
import type { Entry } from '../archive-types.ts';
import type { AgendaItem, Decision, FollowUp, Meeting } from '../../schemas/index.ts';
import { paths, areaSlug, absoluteUrl } from '../urls.ts';
import { formatDate } from '../dates.ts';
import { meetingWhen, meetingForm } from '../meeting-text.ts';
import { SITE_NAME, CONTACT_EMAIL } from '../../site.config.ts';
import { oncePerSite, type ExportSite } from './site.ts';
import { mdxToPlainText } from './text.ts';
import { copenhagenDateTime } from './time.ts';
import { correctionsFeedHtml } from '../minutes.ts';
import { escapeHtml as escapeHtmlText } from '../html.ts';
import { statusClaim } from '../status.ts';
import { ownerName } from '../follow-ups.ts';
import {
  minutesRevised, meetingStartDateTime, meetingUpdatedDateTime, meetingRecordedDate, archiveUpdatedDateTime, latestDateTime,
} from './meeting-dates.ts';

/**
 * The feeds, written by the `feed` library as Atom 1.0 (RFC 4287) and as JSON Feed from the same
 * entries: new minutes, new decisions, and one feed per focus area, body, matter and person. Ids
 * are the entries' permanent URLs, which never change once published. A decision is dated by its
 * meeting; an entry is "updated" when its minutes were issued or corrected. A feed carries the
 * newest FEED_LIMIT entries (a feed tells what is new; the full lists are the JSON and CSV files),
 * so its size stays the same however large the archive grows; only those entries are rendered.
 */

export const FEED_LIMIT = 100;

export type FeedFormat = 'atom' | 'json';

export const FEED_MEDIA_TYPE: Record<FeedFormat, string> = { atom: 'application/atom+xml', json: 'application/feed+json' };

/** An entry's text is plain text; how it is written is up to the format. */
export interface FeedEntry {
  id: string;
  title: string;
  updated: string;
  published?: string;
  link: string;
  summary?: string;
  content?: string;
  /** Content that is HTML already (a correction's diff); written after `content`. */
  contentHtml?: string;
  /** Ids (a decision's kind, an area id): safe as XML attribute values. */
  categories?: string[];
}

/** An entry to be: its id and date for ordering, and how to render it if it makes the cut. */
export interface Candidate {
  id: string;
  updated: string;
  entry: () => FeedEntry;
}

/** A feed of the archive: its key ("referater", "organ/bestyrelsen"), what it follows, and its entries. */
export interface FeedRef {
  key: string;
  title: string;
  /** What it follows, for lists of feeds: "Nye referater", a body's or a person's name. */
  label: string;
  subtitle: string;
  /** Site-relative path of the HTML page the feed follows. */
  alternate: string;
  candidates: (index: ArchiveIndex, site: ExportSite) => Candidate[];
}

/** The key of each kind of feed; its files are /feeds/<key>.xml and /feeds/<key>.json. */
export const feedKey = {
  minutes: 'referater',
  decisions: 'beslutninger',
  area: (areaId: string) => `omraade/${areaSlug(areaId)}`,
  body: (bodyId: string) => `organ/${bodyId}`,
  matter: (matterId: string) => `sag/${matterId}`,
  person: (personId: string) => `person/${personId}`,
};

/** XML 1.0 forbids these characters even escaped; the library passes them through, so they go here. */
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const clean = (text: string) => text.replace(INVALID_XML_CHARS, '');

const escapeHtml = (text: string) => escapeHtmlText(clean(text));

/** Plain text as HTML: paragraphs (blank-line separated) become <p>, line breaks <br>. */
function textToHtml(text: string): string {
  return text.split(/\n\s*\n/).map((p) => `<p>${p.split('\n').map(escapeHtml).join('<br>')}</p>`).join('');
}

/** The newest FEED_LIMIT candidates, newest first; ties broken by id so that the build is deterministic. */
function newest(candidates: Candidate[]): Candidate[] {
  const unique = [...new Map(candidates.map((c) => [c.id, c])).values()];
  return unique
    .map((c) => ({ c, t: Date.parse(c.updated) }))
    .sort((a, b) => b.t - a.t || a.c.id.localeCompare(b.c.id))
    .slice(0, FEED_LIMIT)
    .map(({ c }) => c);
}

/** Per archive and site, each feed's chosen entries (by feed key), rendered once for both formats. */
const chosenPerSite = oncePerSite(() => new Map<string, FeedEntry[]>());
/**
 * Per archive and site, each entry by its id, rendered once for every feed it is in: a decision
 * is in the decisions feed and in its body's, areas', matter's and people's feeds. Every feed
 * makes an id's candidate with the same function from the same records (meetingCandidate,
 * decisionCandidate, itemCandidates, followUpCandidates), and the index does not change during a
 * build, so the same id is the same entry in every feed.
 */
const entriesPerSite = oncePerSite(() => new Map<string, FeedEntry>());

function chosenEntries(index: ArchiveIndex, site: ExportSite, ref: FeedRef): FeedEntry[] {
  const chosen = chosenPerSite(index, site);
  const rendered = entriesPerSite(index, site);
  let entries = chosen.get(ref.key);
  if (!entries) {
    entries = newest(ref.candidates(index, site)).map((c) => {
      let entry = rendered.get(c.id);
      if (!entry) {
        entry = c.entry();
        rendered.set(c.id, entry);
      }
      return entry;
    });
    chosen.set(ref.key, entries);
  }
  return entries;
}

/**
 * One feed in one format. Atom's entry title and summary are written as HTML by the library, so
 * plain text is escaped for Atom; JSON Feed's title and summary are plain text and its content HTML.
 */
export function renderFeed(index: ArchiveIndex, site: ExportSite, ref: FeedRef, format: FeedFormat): string {
  const chosen = chosenEntries(index, site, ref);
  const updated = chosen[0]?.updated ?? archiveUpdatedDateTime(index);
  const self = absoluteUrl(site, paths.feed(ref.key, format));
  const feed = new Feed({
    id: self,
    title: clean(ref.title),
    description: clean(ref.subtitle),
    link: absoluteUrl(site, ref.alternate),
    feedLinks: { atom: absoluteUrl(site, paths.feed(ref.key, 'atom')), json: absoluteUrl(site, paths.feed(ref.key, 'json')) },
    feed: self,
    language: 'da',
    updated: new Date(updated),
    author: { name: SITE_NAME, email: CONTACT_EMAIL },
    generator: SITE_NAME,
  });
  const asText = format === 'json' ? clean : escapeHtml;
  for (const e of chosen) {
    const item: Item = {
      id: e.id,
      title: asText(e.title),
      link: e.link,
      date: new Date(e.updated),
      published: e.published ? new Date(e.published) : undefined,
      description: e.summary ? asText(e.summary) : undefined,
      content: e.content || e.contentHtml ? (e.content ? textToHtml(e.content) : '') + clean(e.contentHtml ?? '') : undefined,
      category: e.categories?.map((term) => ({ term, name: term })),
    };
    feed.addItem(item);
  }
  return (format === 'atom' ? feed.atom1() : feed.json1()) + '\n';
}

/** A meeting's body, time and form in one line: "Fagligt råd for genomisk medicin · 18. november 2025, kl. 10.00–13.00 · virtuelt møde". */
function meetingLine(index: ArchiveIndex, m: Meeting): string {
  return [index.bodies.get(m.body)?.data.name, meetingWhen(m), meetingForm(m)].filter(Boolean).join(' · ');
}

const agendaText = (m: Meeting) => (m.agenda.length ? ['Dagsorden:', ...m.agenda.map((a) => `Pkt. ${a.number}: ${a.title}`)].join('\n') : '');

/**
 * A dated meeting: its minutes once published (updated when issued or corrected), else the
 * meeting as planned or cancelled (dated by the record that told of it, never by the build).
 */
function meetingCandidate(index: ArchiveIndex, site: ExportSite, meeting: Entry<Meeting>): Candidate {
  const url = absoluteUrl(site, paths.meeting(meeting.id));
  const m = meeting.data;
  if (!m.publication) {
    const updated = copenhagenDateTime(meetingRecordedDate(index, m));
    return {
      id: url,
      updated,
      entry: () => ({
        id: url, title: m.title, updated, link: url,
        summary: `${meetingLine(index, m)} · Status: ${statusClaim(index, m.statusHistory).text}`,
        content: agendaText(m) || undefined,
      }),
    };
  }
  return { id: url, updated: meetingUpdatedDateTime(meeting), entry: () => renderMinutesEntry(index, site, meeting, url) };
}

function renderMinutesEntry(index: ArchiveIndex, site: ExportSite, meeting: Entry<Meeting>, url: string): FeedEntry {
  const m = meeting.data;
  const decisions = index.decisionsByMeeting.get(meeting.id) ?? [];
  const content = [
    agendaText(m),
    decisions.length ? ['Beslutninger:', ...decisions.map((d) => `Pkt. ${d.data.item}: ${d.data.title} (${decisionKindLabel[d.data.kind].toLowerCase()})`)].join('\n') : '',
  ].filter(Boolean).join('\n\n');
  // Corrections as the meeting page shows them: a diff from src/lib/minutes.ts.
  const contentHtml = m.corrections.length ? `<h2>Rettelser efter offentliggørelsen</h2>${correctionsFeedHtml(index, site, m)}` : undefined;
  return {
    id: url,
    title: m.title,
    updated: meetingUpdatedDateTime(meeting),
    published: copenhagenDateTime(m.publication!.documentDate),
    link: url,
    summary: meetingLine(index, m),
    content: content || undefined,
    contentHtml,
    // No author of its own: the header names a person without saying in what role, so the feed's author stands.
  };
}

function decisionCandidate(index: ArchiveIndex, site: ExportSite, decision: Entry<Decision>): Candidate {
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
): FeedEntry {
  const d = decision.data;
  const body = index.bodies.get(meeting.data.body)?.data.shortName ?? meeting.data.body;
  return {
    id: url,
    title: d.title,
    published,
    updated,
    link: url,
    summary: `${decisionKindLabel[d.kind]} · ${body} ${formatDate(meeting.data.date!)}, pkt. ${d.item}`,
    content: mdxToPlainText(decision.body) || undefined,
    categories: [d.kind, ...d.areas.filter((id) => index.areas.has(id))],
  };
}

/** An agenda item of a dated meeting; items of meetings known only by week join once dated, like the calendar. */
function itemCandidates(index: ArchiveIndex, site: ExportSite, items: Array<{ meeting: Entry<Meeting>; item: AgendaItem }>): Candidate[] {
  return items.filter(({ meeting }) => meeting.data.date).map(({ meeting, item }) => {
    // The id names the item itself, so it is unique and stays the same when the minutes come; the
    // link goes to the item's anchor only where the page has the minutes (itemPath).
    const id = absoluteUrl(site, paths.meetingItem(meeting.id, item.number));
    const link = absoluteUrl(site, itemPath(index, meeting.id, item.number));
    const updated = meetingUpdatedDateTime(meeting);
    return {
      id,
      updated,
      entry: () => ({
        id,
        title: `Pkt. ${item.number}: ${item.title}`,
        published: meetingStartDateTime(meeting),
        updated,
        link,
        summary: `${meetingLine(index, meeting.data)}. ${meeting.data.title}`,
      }),
    };
  });
}

/**
 * A follow-up, dated by the meeting that agreed it, or by the later meeting that closed it. A
 * follow-up of a meeting that is not published (a draft) or has no date is left out.
 */
function followUpCandidates(index: ArchiveIndex, site: ExportSite, followUps: Entry<FollowUp>[]): Candidate[] {
  return followUps.flatMap((followUp) => {
    const f = followUp.data;
    const agreed = index.meetings.get(f.meeting);
    if (!agreed?.data.date) return [];
    const published = meetingStartDateTime(agreed);
    // A later status (closed by a meeting or a dated document) updates the entry on that day.
    const updated = latestDateTime([published, ...f.statusHistory.map((h) => copenhagenDateTime(h.date))])!;
    const url = absoluteUrl(site, paths.followUp(followUp.id));
    return [{
      id: url,
      updated,
      entry: () => ({
        id: url,
        title: `Opfølgning: ${f.text}`,
        published,
        updated,
        link: url,
        summary: [
          `Status: ${statusClaim(index, f.statusHistory).text}`,
          f.owners.length ? `Ansvarlige: ${f.owners.map((o) => ownerName(index, o)).join(', ')}` : '',
          f.dueDate ? `Frist: ${formatDate(f.dueDate)}` : '',
          `Aftalt på ${agreed.data.title}, ${formatDate(agreed.data.date!)}, pkt. ${f.item}`,
        ].filter(Boolean).join(' · '),
      }),
    }];
  });
}

const dated = (meetings: Entry<Meeting>[]) => meetings.filter((m) => m.data.date);
/** Agenda-item references (meeting, item number) as the items themselves. */
const itemsOf = (refs: Array<{ meeting: Entry<Meeting>; item: number }>) =>
  refs.flatMap(({ meeting, item }) => meeting.data.agenda.filter((a) => a.number === item).map((a) => ({ meeting, item: a })));

const feedsCache = new WeakMap<ArchiveIndex, FeedRef[]>();

/** Every feed of the archive, in a stable order (made once per archive: every page's head asks). */
export function allFeeds(index: ArchiveIndex): FeedRef[] {
  const cached = feedsCache.get(index);
  if (cached) return cached;
  const feeds = makeFeeds(index);
  feedsCache.set(index, feeds);
  return feeds;
}

function makeFeeds(index: ArchiveIndex): FeedRef[] {
  const minutes: FeedRef = {
    key: feedKey.minutes,
    title: `${SITE_NAME}: referater`,
    label: 'Nye referater',
    subtitle: 'Nye og rettede referater i arkivet.',
    alternate: paths.meetings(),
    candidates: (ix, site) => ix.meetingsChronological.filter((m) => hasMinutes(m.data)).map((m) => meetingCandidate(ix, site, m)),
  };
  const decisions: FeedRef = {
    key: feedKey.decisions,
    title: `${SITE_NAME}: beslutninger`,
    label: 'Nye beslutninger',
    subtitle: 'Nye beslutninger i arkivet, dateret efter mødet, hvor de blev truffet.',
    alternate: paths.decisions(),
    candidates: (ix, site) => ix.data.decisions.map((d) => decisionCandidate(ix, site, d)),
  };
  const areas = [...index.areas.values()].map((ref): FeedRef => ({
    key: feedKey.area(ref.id),
    title: `${SITE_NAME}: indsatsområde ${areaTitle(ref)}`,
    label: areaTitle(ref),
    subtitle: `Beslutninger, dagsordenspunkter og opfølgning om indsatsområde ${ref.area.letter} i ${ref.programme.data.title}.`,
    alternate: paths.area(ref.programme.id, ref.area.letter),
    candidates: (ix, site) => [
      ...(ix.decisionsByArea.get(ref.id) ?? []).map((d) => decisionCandidate(ix, site, d)),
      ...itemCandidates(ix, site, ix.itemsByArea.get(ref.id) ?? []),
      ...followUpCandidates(ix, site, ix.followUpsByArea.get(ref.id) ?? []),
    ],
  }));
  const bodies = index.data.bodies.map((body): FeedRef => ({
    key: feedKey.body(body.id),
    title: `${SITE_NAME}: ${body.data.name}`,
    label: body.data.name,
    subtitle: `Møder, beslutninger og opfølgning i ${body.data.name}.`,
    alternate: paths.body(body.id),
    candidates: (ix, site) => {
      const meetings = ix.meetingsByBody.get(body.id) ?? [];
      return [
        ...dated(meetings).map((m) => meetingCandidate(ix, site, m)),
        ...meetings.flatMap((m) => ix.decisionsByMeeting.get(m.id) ?? []).map((d) => decisionCandidate(ix, site, d)),
        ...followUpCandidates(ix, site, [
          ...meetings.flatMap((m) => ix.followUpsByMeeting.get(m.id) ?? []),
          ...(ix.followUpsByOwner.get(ownerKey('body', body.id)) ?? []),
          ...(ix.followUpsByOwner.get(ownerKey('secretariat', body.id)) ?? []),
        ]),
      ];
    },
  }));
  const matters = index.data.matters.map((matter): FeedRef => ({
    key: feedKey.matter(matter.id),
    title: `${SITE_NAME}: ${matter.data.title}`,
    label: matter.data.title,
    subtitle: `Dagsordenspunkter, beslutninger og opfølgning i sagen „${matter.data.title}“.`,
    alternate: paths.matter(matter.id),
    candidates: (ix, site) => [
      ...itemCandidates(ix, site, ix.itemsByMatter.get(matter.id) ?? []),
      ...(ix.decisionsByMatter.get(matter.id) ?? []).map((d) => decisionCandidate(ix, site, d)),
      ...followUpCandidates(ix, site, ix.followUpsByMatter.get(matter.id) ?? []),
    ],
  }));
  const people = index.data.people.map((person): FeedRef => ({
    key: feedKey.person(person.id),
    title: `${SITE_NAME}: ${person.data.name}`,
    label: person.data.name,
    subtitle: `Møder, hvor ${person.data.name} står på deltagerlisten, punkter og beslutninger, hvor personen er oplægsholder, og opfølgning, personen er ansvarlig for.`,
    alternate: paths.person(person.id),
    candidates: (ix, site) => {
      const presented = itemsOf(ix.presentedByPerson.get(person.id) ?? []);
      return [
        ...dated((ix.attendanceByPerson.get(person.id) ?? []).map((a) => a.meeting)).map((m) => meetingCandidate(ix, site, m)),
        ...itemCandidates(ix, site, presented),
        ...presented.flatMap(({ meeting, item }) => ix.decisionsByItem.get(itemKey(meeting.id, item.number)) ?? []).map((d) => decisionCandidate(ix, site, d)),
        ...followUpCandidates(ix, site, followUpsForPerson(ix, person.id).map((p) => p.followUp)),
      ];
    },
  }));
  return [minutes, decisions, ...areas, ...bodies, ...matters, ...people];
}

/** The feed with this key; an unknown key is a programming error in a page. */
export function feedByKey(index: ArchiveIndex, key: string): FeedRef {
  const ref = allFeeds(index).find((f) => f.key === key);
  if (!ref) throw new Error(`Intet feed med nøglen ${key}`);
  return ref;
}
