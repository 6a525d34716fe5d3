import { ICalCalendar, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { DateTime } from 'luxon';
import type { ArchiveIndex } from '../archive-index.ts';
import type { Entry } from '../archive-types.ts';
import type { Meeting } from '../../schemas/index.ts';
import { paths, absoluteUrl } from '../urls.ts';
import { capitalise, meetingFormLabel } from '../vocabulary.ts';
import { meetingWhen } from '../meeting-text.ts';
import { SITE_NAME } from '../../site.config.ts';
import { oncePerSite, siteHost, type ExportSite } from './site.ts';
import { meetingRecordedDate } from './meeting-dates.ts';
import { copenhagenDateTime } from './time.ts';

/**
 * The calendar (RFC 5545), written by ical-generator: every dated meeting of every body.
 * Meetings known only by their week or month are left out until they have a date (a calendar
 * event needs a day; the meetings page and the JSON/CSV files carry the week or month). Times are
 * local Copenhagen time with the zone's VTIMEZONE; a dated meeting without a clock time is an
 * all-day event.
 *
 * Clock times are handed to ical-generator as Luxon DateTimes in Europe/Copenhagen: with a native
 * Date it would format a zoned time in the time zone of the machine that builds. Dates and the
 * UTC stamp are native Dates at UTC midnight, which it writes from their UTC fields (and which
 * costs a fifth of a Luxon DateTime: this is most of the calendar's build time at 2,000 meetings).
 */

const TIME_ZONE = 'Europe/Copenhagen';

const local = (date: string, time: string) => DateTime.fromISO(`${date}T${time}`, { zone: TIME_ZONE });
/** A calendar date as a Date at UTC midnight ("2025-12-12" → 2025-12-12T00:00:00Z). */
const utcDate = (date: string) => new Date(`${date}T00:00:00Z`);

/** "Virtuelt møde", the place of a physical meeting, or nothing when the records do not say. */
export function meetingLocation(m: Meeting): string | undefined {
  if (m.form === 'virtuelt') return capitalise(meetingFormLabel.virtuelt);
  return m.location;
}

function addEvent(cal: ICalCalendar, index: ArchiveIndex, site: ExportSite, meeting: Entry<Meeting>): void {
  const m = meeting.data;
  const date = m.date!;
  const url = absoluteUrl(site, paths.meeting(meeting.id));
  const description = [
    index.bodies.get(m.body)?.data.name,
    meetingWhen(m),
    m.theme && `Tema: ${m.theme}`,
    m.audience,
    m.agenda.length ? ['Dagsorden:', ...m.agenda.map((a) => `Pkt. ${a.number}: ${a.title}`)].join('\n') : undefined,
    url,
  ].filter(Boolean).join('\n\n');
  const when = m.start
    ? { start: local(date, m.start), end: m.end ? local(date, m.end) : undefined, timezone: TIME_ZONE }
    : { start: utcDate(date), end: new Date(utcDate(date).getTime() + 86_400_000), allDay: true };
  const location = meetingLocation(m);
  cal.createEvent({
    id: `${meeting.id}@${siteHost(site)}`,
    // DTSTAMP must be UTC and the build deterministic: the last date the record tells of.
    stamp: new Date(copenhagenDateTime(meetingRecordedDate(index, m))),
    ...when,
    summary: m.title,
    location: location ?? null,
    description,
    url,
    status: m.status === 'aflyst' ? ICalEventStatus.CANCELLED : null,
  });
}

/** The calendar's text; made once per build for /kalender.ics and the /data/ page's size. */
export const calendar = oncePerSite((index: ArchiveIndex, site: ExportSite): string => {
  const cal = new ICalCalendar({
    prodId: { company: SITE_NAME, product: siteHost(site), language: 'DA' },
    method: ICalCalendarMethod.PUBLISH,
    name: `${SITE_NAME}: møder`,
    // No calendar-wide zone (that would write DTSTAMP in local time); the events name theirs,
    // and the generator adds its VTIMEZONE.
    timezone: { name: null, generator: getVtimezoneComponent },
    scale: 'GREGORIAN',
    x: [['X-WR-TIMEZONE', TIME_ZONE]],
  });
  for (const m of index.meetingsChronological.filter((x) => x.data.date)) addEvent(cal, index, site, m);
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves it off.
  return cal.toString().replace(/(\r\n)?$/, '\r\n');
});
