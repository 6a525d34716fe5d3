import type { ArchiveIndex } from './archive-index.ts';
import type { Entry } from './archive-types.ts';
import type { Decision, Matter, Meeting, WorkProgramme } from '../schemas/index.ts';
import { formatDate } from './dates.ts';
import { meetingWhen } from './meeting-text.ts';
import { meetingYear } from './meetings.ts';
import { areaTitle } from './links.ts';

/**
 * What the search index knows about a page beyond its text: the filters of /soeg/ (type, year,
 * body, focus area) and the date shown with each result. <SearchMeta> renders it as Pagefind
 * attributes; these functions compute it from the cross-reference index for each kind of page.
 */

/** The values of the "type" filter, as the search page shows them. */
export const searchTypes = ['møde', 'beslutning', 'arbejdsprogram', 'sag', 'person', 'organisation', 'organ'] as const;
export type SearchType = (typeof searchTypes)[number];

/**
 * The filter keys, which are also the URL parameters of /soeg/ (?q=…&type=møde&år=2025). Pagefind's
 * filter pane shows a key with a capital first letter as the group's heading, so they are Danish.
 */
export const searchFilters = ['type', 'år', 'organ', 'indsatsområde'] as const;

/**
 * The meeting page's headings carry ids "<section>-titel" inside the element whose id is the
 * published anchor (<Punkt>: section#punkt-2 > h2#punkt-2-titel; <DecisionSummary>:
 * section#beslutning-<id> > h3#beslutning-<id>-titel; see src/lib/urls.ts). Pagefind links
 * sub-results to the heading; we link to the published anchor of the item or decision.
 */
export function publishedAnchor(url: string): string {
  return url.replace(/#((?:punkt-\d+|beslutning-[a-z0-9-]+?))-titel$/, '#$1');
}

/**
 * A sub-result's title: a section of an agenda item ("Sagsfremstilling", "Opfølgning") is named
 * with its item, "Pkt. 2: Sagsfremstilling", since every item has one.
 */
export function subResultTitle(url: string, title: string): string {
  const section = /#punkt-(\d+)-(?!titel$)[^#]+$/.exec(url);
  return section ? `Pkt. ${section[1]}: ${title}` : title;
}

export interface SearchInfo {
  type: SearchType;
  /** The year the page belongs to (a meeting's, or a decision's meeting's). */
  year?: number;
  /** Name of the body (Organ) whose meeting or record it is. */
  body?: string;
  /** Focus areas as labels, "D – Jura". */
  areas?: string[];
  /** The date shown with the result: "18. november 2025". */
  date?: string;
}

/** "2026-2028/D" → "D – Jura". Throws on an unknown area (the integrity check rules them out). */
export function areaLabel(index: ArchiveIndex, areaId: string): string {
  const ref = index.areas.get(areaId);
  if (!ref) throw new Error(`Søgning: ukendt indsatsområde "${areaId}"`);
  return areaTitle(ref);
}

/** Area ids → sorted, distinct labels. */
export function areaLabels(index: ArchiveIndex, areaIds: Iterable<string>): string[] {
  return [...new Set([...areaIds].map((id) => areaLabel(index, id)))].sort((a, b) => a.localeCompare(b, 'da'));
}

/** The date of a meeting as shown with a result; undated meetings say when they are expected. */
export function meetingDateLabel(m: Meeting): string {
  return m.date ? formatDate(m.date) : meetingWhen(m);
}

/** A meeting page: its year, body, date and every area its items and decisions concern. */
export function meetingSearchInfo(index: ArchiveIndex, meeting: Entry<Meeting>): SearchInfo {
  const m = meeting.data;
  const decisions = index.decisionsByMeeting.get(meeting.id) ?? [];
  const areas = [
    ...m.agenda.flatMap((item) => item.areas),
    ...decisions.flatMap((d) => [...d.data.areas, ...(d.data.priorities ?? []).map((p) => p.area)]),
  ];
  return {
    type: 'møde',
    year: meetingYear(m),
    body: index.bodies.get(m.body)!.data.name,
    areas: areaLabels(index, areas),
    date: meetingDateLabel(m),
  };
}

/** A decision page: the year, body and date of its meeting, and the areas it touches. */
export function decisionSearchInfo(index: ArchiveIndex, decision: Entry<Decision>): SearchInfo {
  const meeting = index.meetings.get(decision.data.meeting)!.data;
  const d = decision.data;
  return {
    type: 'beslutning',
    year: meetingYear(meeting),
    body: index.bodies.get(meeting.body)!.data.name,
    areas: areaLabels(index, [...d.areas, ...(d.priorities ?? []).map((p) => p.area)]),
    date: meetingDateLabel(meeting),
  };
}

/** A matter page: the areas it touches (a matter spans meetings, bodies and years). */
export function matterSearchInfo(index: ArchiveIndex, matter: Entry<Matter>): SearchInfo {
  return { type: 'sag', areas: areaLabels(index, matter.data.areas) };
}

/** A work programme page: its body and all its areas. */
export function programmeSearchInfo(index: ArchiveIndex, programme: Entry<WorkProgramme>): SearchInfo {
  const p = programme.data;
  return {
    type: 'arbejdsprogram',
    body: index.bodies.get(p.body)!.data.name,
    areas: areaLabels(index, p.areas.map((a) => `${programme.id}/${a.letter}`)),
  };
}

/** A sub-result as Pagefind returns it: a heading with an id on the page, and the hits under it. */
export interface SubResult { title: string; url: string; excerpt: string; locations?: number[] }

/**
 * The sub-results worth showing under a result: without the one for the page's top (Pagefind
 * lists the text before the first heading as a sub-result with the page's own URL), at most
 * `max`, choosing those with the most hits but keeping the page's order.
 */
export function displaySubResults(pageUrl: string, subResults: SubResult[], max: number): SubResult[] {
  const parts = subResults[0]?.url === pageUrl ? subResults.slice(1) : subResults;
  if (parts.length <= max) return parts;
  const best = new Set([...parts].sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0)).slice(0, max));
  return parts.filter((part) => best.has(part));
}
