import { describe, expect, it } from 'vitest';
import { calendar } from '../../../src/lib/exports/ical.ts';
import { contentIndex, indexWith, meetingEntry, SITE } from '../../fixtures/archive.ts';
import { parseCalendar } from '../../support/ical.ts';

describe('the calendar', () => {
  const index = contentIndex();
  const { events, timezones } = parseCalendar(calendar(index, SITE));

  it('has every dated meeting of every body and leaves out meetings known only by week', () => {
    const dated = index.data.meetings.filter((m) => m.data.date).map((m) => `${m.id}@arkiv.example.dk`);
    expect(events.map((e) => e.uid).sort()).toEqual(dated.sort());
    expect(events.some((e) => e.uid.startsWith('2026-uge-05'))).toBe(false);
    expect(events.some((e) => e.uid.startsWith('2026-august'))).toBe(false);
    expect(new Set(index.data.meetings.filter((m) => m.data.date).map((m) => m.data.body)).size).toBeGreaterThan(1);
  });

  it('carries Europe/Copenhagen times with the time zone defined in the file', () => {
    expect(timezones).toEqual(['Europe/Copenhagen']);
    const m = events.find((e) => e.uid === '2025-11-18@arkiv.example.dk')!;
    expect(m.zone).toBe('Europe/Copenhagen');
    expect(m.start).toBe('2025-11-18T10:00:00');
    expect(m.end).toBe('2025-11-18T13:00:00');
    expect(m.startUtc).toBe('2025-11-18T09:00:00.000Z');
    expect(m.location).toBe('Virtuelt møde');
    expect(m.url).toBe('https://arkiv.example.dk/moeder/2025-11-18/');
    expect(m.summary).toBe(index.meetings.get('2025-11-18')!.data.title);
  });

  it('makes a dated meeting without a clock time an all-day event', () => {
    const b = events.find((e) => e.uid === '2025-12-12-bestyrelsen@arkiv.example.dk')!;
    expect(b.allDay).toBe(true);
    expect(b.start).toBe('2025-12-12');
    expect(b.end).toBe('2025-12-13');
    expect(b.location).toBeNull();
  });

  it('resolves summer time through its VTIMEZONE, gives the place, and escapes text', () => {
    const idx = indexWith({ meetings: [
      meetingEntry('2026-05-12', {
        body: 'fagligt-raad', title: 'Møde; punkt 1, 2 og 3 \\ "særligt"\nanden linje', status: 'planlagt',
        date: '2026-05-12', start: '10:00', end: '14:00', form: 'fysisk', location: 'Aarhus, lokale 2; bygning 1',
      }),
      meetingEntry('2026-06-02', { body: 'fagligt-raad', title: 'Aflyst møde', status: 'aflyst', date: '2026-06-02' }),
    ] });
    const parsed = parseCalendar(calendar(idx, SITE)).events;
    const e = parsed.find((x) => x.uid === '2026-05-12@arkiv.example.dk')!;
    expect(e.startUtc).toBe('2026-05-12T08:00:00.000Z');
    expect(e.summary).toBe('Møde; punkt 1, 2 og 3 \\ "særligt"\nanden linje');
    expect(e.location).toBe('Aarhus, lokale 2; bygning 1');
    expect(parsed.find((x) => x.uid === '2026-06-02@arkiv.example.dk')!.status).toBe('CANCELLED');
  });

  it('stamps each event with a date from the record, so the build is deterministic', () => {
    expect(events.find((e) => e.uid === '2025-11-18@arkiv.example.dk')!.stamp).toBe('2026-03-19T23:00:00Z');
    expect(calendar(index, SITE)).toBe(calendar(contentIndex(), SITE));
  });
});

describe('the calendar is the same wherever it is built', () => {
  it('does not depend on the time zone of the machine that builds', () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const utc = calendar(contentIndex(), SITE);
      process.env.TZ = 'America/New_York';
      expect(calendar(contentIndex(), SITE)).toBe(utc);
      process.env.TZ = 'Asia/Tokyo';
      expect(calendar(contentIndex(), SITE)).toBe(utc);
    } finally {
      if (before === undefined) delete process.env.TZ; else process.env.TZ = before;
    }
  });
});
