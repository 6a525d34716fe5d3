import type { ArchiveIndex } from '../archive-index.ts';
import type { Entry } from '../archive-types.ts';
import type { Meeting } from '../../schemas/index.ts';
import { paths } from '../urls.ts';
import { meetingWhen } from '../meeting-text.ts';
import { SITE_NAME } from '../../site.config.ts';
import { absoluteUrl, siteHost, type ExportSite } from './site.ts';
import { icsUtcStamp, latestDate } from './time.ts';
import { minutesRevised } from './meeting-dates.ts';

/**
 * The calendar (RFC 5545): every dated meeting of every body. Meetings known only by their week
 * (or roughly) are left out until they have a date. Times are local Copenhagen time with a
 * VTIMEZONE; a dated meeting without a clock time is an all-day event.
 */

export const TIME_ZONE = 'Europe/Copenhagen';

/** Europe/Copenhagen by the EU rule in force since 1996 (the same rule as time.ts). */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Escape a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function icsEscape(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Fold a content line so that no line is longer than 75 octets (RFC 5545 §3.1); continuation
 * lines start with a space. A UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = out.length === 0 ? 75 : 74; // a continuation line's leading space counts
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const compactDate = (isoDate: string) => isoDate.replace(/-/g, '');
const compactTime = (time: string) => time.replace(':', '') + '00';

function nextDay(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * DTSTAMP must be a UTC time and the build must be deterministic, so it is the last date the
 * record tells of: the minutes (or their latest correction), else the meeting that planned it,
 * else the meeting's own date.
 */
function stampDate(index: ArchiveIndex, m: Meeting): string {
  const planned = m.plannedAt && index.meetings.get(m.plannedAt.meeting)?.data.date;
  return minutesRevised(m) ?? latestDate([planned]) ?? m.date!;
}

/** "Virtuelt møde", the place of a physical meeting, or nothing when the records do not say. */
export function meetingLocation(m: Meeting): string | undefined {
  if (m.form === 'virtuelt') return 'Virtuelt møde';
  return m.location;
}

function event(index: ArchiveIndex, site: ExportSite, meeting: Entry<Meeting>): string[] {
  const m = meeting.data;
  const date = m.date!;
  const url = absoluteUrl(site, paths.meeting(meeting.id));
  const body = index.bodies.get(m.body);
  const description = [
    body?.data.name,
    meetingWhen(m),
    m.theme && `Tema: ${m.theme}`,
    m.audience,
    m.agenda.length ? ['Dagsorden:', ...m.agenda.map((a) => `Pkt. ${a.number}: ${a.title}`)].join('\n') : undefined,
    url,
  ].filter(Boolean).join('\n\n');
  const when = m.start
    ? [
      `DTSTART;TZID=${TIME_ZONE}:${compactDate(date)}T${compactTime(m.start)}`,
      ...(m.end ? [`DTEND;TZID=${TIME_ZONE}:${compactDate(date)}T${compactTime(m.end)}`] : []),
    ]
    : [`DTSTART;VALUE=DATE:${compactDate(date)}`, `DTEND;VALUE=DATE:${compactDate(nextDay(date))}`];
  const location = meetingLocation(m);
  return [
    'BEGIN:VEVENT',
    `UID:${meeting.id}@${siteHost(site)}`,
    `DTSTAMP:${icsUtcStamp(stampDate(index, m))}`,
    ...when,
    `SUMMARY:${icsEscape(m.title)}`,
    ...(location ? [`LOCATION:${icsEscape(location)}`] : []),
    `DESCRIPTION:${icsEscape(description)}`,
    `URL:${url}`,
    ...(m.status === 'aflyst' ? ['STATUS:CANCELLED'] : []),
    'END:VEVENT',
  ];
}

export function calendar(index: ArchiveIndex, site: ExportSite): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${icsEscape(SITE_NAME)}//${siteHost(site)}//DA`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsEscape(`${SITE_NAME}: møder`)}`,
    `X-WR-TIMEZONE:${TIME_ZONE}`,
    ...VTIMEZONE,
    ...index.meetingsChronological.filter((m) => m.data.date).flatMap((m) => event(index, site, m)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
