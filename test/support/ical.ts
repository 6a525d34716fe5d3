import ICAL from 'ical.js';
import { expect } from 'vitest';

export interface ParsedEvent {
  uid: string;
  summary: string;
  location: string | null;
  description: string;
  url: string | null;
  allDay: boolean;
  /** DTSTART's zone id ("Europe/Copenhagen", or "floating" for a date). */
  zone: string | undefined;
  /** Local start as written: "2025-11-18T10:00:00" or "2025-12-12". */
  start: string;
  end: string | null;
  /** Start as a UTC instant, resolved with the calendar's own VTIMEZONE. */
  startUtc: string;
  status: string | null;
  stamp: string;
}

/**
 * Parse an iCalendar text with ical.js and check the framing: CRLF line ends only, no line
 * longer than 75 octets, one VTIMEZONE for Europe/Copenhagen, a DTSTAMP and UID on every event.
 */
export function parseCalendar(text: string): { events: ParsedEvent[]; timezones: string[] } {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(/[^\r]\n/.test(text), 'bare LF').toBe(false);
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
  const cal = new ICAL.Component(ICAL.parse(text));
  expect(cal.name).toBe('vcalendar');
  expect(cal.getFirstPropertyValue('version')).toBe('2.0');
  expect(cal.getFirstPropertyValue('prodid')).toBeTruthy();
  const timezones = cal.getAllSubcomponents('vtimezone').map((z) => String(z.getFirstPropertyValue('tzid')));
  const events = cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    const stamp = v.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp, 'DTSTAMP').toBeTruthy();
    expect(stamp.zone?.tzid).toBe('UTC');
    return {
      uid: e.uid,
      summary: e.summary,
      location: e.location,
      description: e.description,
      url: (v.getFirstPropertyValue('url') as string | null) ?? null,
      allDay: e.startDate.isDate,
      zone: e.startDate.zone?.tzid,
      start: e.startDate.toString(),
      end: e.endDate ? e.endDate.toString() : null,
      startUtc: e.startDate.toJSDate().toISOString(),
      status: (v.getFirstPropertyValue('status') as string | null) ?? null,
      stamp: stamp.toString(),
    };
  });
  expect(new Set(events.map((e) => e.uid)).size, 'unique UIDs').toBe(events.length);
  return { events, timezones };
}
