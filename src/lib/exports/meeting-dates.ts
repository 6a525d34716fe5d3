import type { ArchiveIndex } from '../archive-index.ts';
import type { Entry } from '../archive-types.ts';
import type { Meeting } from '../../schemas/index.ts';
import { copenhagenDateTime, latestDate } from './time.ts';

/**
 * The dates the exports put on meetings, in one place so that the feeds, the calendar and OParl
 * agree. The content has no clock time for publication, so a publication date counts from local
 * midnight in Copenhagen.
 */

/** The date the minutes were last issued: their document date, or a later correction's date. */
export function minutesRevised(m: Meeting): string | undefined {
  if (!m.publication) return undefined;
  return latestDate([m.publication.documentDate, ...m.corrections.map((c) => c.date)]);
}

/**
 * The last date the record tells of a meeting, for a date that must not come from the build clock
 * (a calendar DTSTAMP, a feed entry for a meeting without minutes): the minutes (or their latest
 * correction), else the meeting that planned it, else the meeting's own date.
 */
export function meetingRecordedDate(index: ArchiveIndex, m: Meeting): string {
  const planned = m.plannedAt && index.meetings.get(m.plannedAt.meeting)?.data.date;
  return minutesRevised(m) ?? latestDate([planned]) ?? m.date!;
}

/** RFC 3339 start of a dated meeting (its start time, or local midnight when no time is known). */
export function meetingStartDateTime(meeting: Entry<Meeting>): string {
  if (!meeting.data.date) throw new Error(`${meeting.file}: mødet ${meeting.id} har ingen dato`);
  return copenhagenDateTime(meeting.data.date, meeting.data.start ?? '00:00');
}

/** When a meeting's record last changed, as RFC 3339: its minutes' latest date, else its date. */
export function meetingUpdatedDateTime(meeting: Entry<Meeting>): string {
  const revised = minutesRevised(meeting.data);
  return revised ? copenhagenDateTime(revised) : meetingStartDateTime(meeting);
}

/**
 * The archive's latest change as far as the content tells: the date of the newest minutes (or
 * correction), else of the latest meeting. Feeds with no entries and the bulk download are dated
 * by it, so the build stays deterministic and never dates anything by its own clock.
 */
export function archiveUpdatedDate(index: ArchiveIndex): string {
  return latestDate(index.data.meetings.map((m) => minutesRevised(m.data)))
    ?? latestDate(index.data.meetings.map((m) => m.data.date))
    ?? '1970-01-01';
}

/** archiveUpdatedDate as RFC 3339 (local midnight in Copenhagen). */
export function archiveUpdatedDateTime(index: ArchiveIndex): string {
  return copenhagenDateTime(archiveUpdatedDate(index));
}

/** RFC 3339 date-times compare correctly as instants only with one offset; compare as instants. */
export function latestDateTime(values: string[]): string | undefined {
  return [...values].sort((a, b) => Date.parse(a) - Date.parse(b) || a.localeCompare(b)).at(-1);
}
