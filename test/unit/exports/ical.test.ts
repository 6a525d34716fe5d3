import { describe, expect, it } from 'vitest';
import { calendar } from '../../../src/lib/exports/ical.ts';
import { smallIndex, indexWith, meetingEntry, SITE } from '../../fixtures/archive.ts';
import { parseCalendar } from '../../support/ical.ts';

describe('the calendar', () => {
  const index = smallIndex();
  const { events, timezones } = parseCalendar(calendar(index, SITE));

  it('has every dated meeting and leaves out a meeting known only by week; all-day events need no time zone', () => {
    expect(events.map((e) => e.uid).sort()).toEqual(['m1@arkiv.example.dk', 'm2@arkiv.example.dk']);
    expect(index.meetings.get('m3')!.data.approximately?.week).toBe(5);
    expect(timezones).toEqual([]);
  });

  it('makes a dated meeting without a clock time an all-day event', () => {
    const m1 = events.find((e) => e.uid === 'm1@arkiv.example.dk')!;
    expect(m1).toMatchObject({ allDay: true, start: '2025-01-10', end: '2025-01-11', location: null, url: 'https://arkiv.example.dk/moeder/m1/', summary: 'Møde 1' });
  });

  it('resolves summer time through its VTIMEZONE, gives the place, and escapes text', () => {
    const idx = indexWith({ meetings: [
      meetingEntry('2026-05-12', {
        body: 'raad', title: 'Møde; punkt 1, 2 og 3 \\ "særligt"\nanden linje', status: 'planlagt',
        date: '2026-05-12', start: '10:00', end: '14:00', form: 'fysisk', location: 'Aarhus, lokale 2; bygning 1',
      }),
      meetingEntry('2026-06-02', { body: 'raad', title: 'Aflyst møde', status: 'aflyst', date: '2026-06-02' }),
    ] });
    const parsed = parseCalendar(calendar(idx, SITE)).events;
    const e = parsed.find((x) => x.uid === '2026-05-12@arkiv.example.dk')!;
    expect(e.startUtc).toBe('2026-05-12T08:00:00.000Z');
    expect(e.summary).toBe('Møde; punkt 1, 2 og 3 \\ "særligt"\nanden linje');
    expect(e.location).toBe('Aarhus, lokale 2; bygning 1');
    expect(parsed.find((x) => x.uid === '2026-06-02@arkiv.example.dk')!.status).toBe('CANCELLED');
  });
});

describe('the calendar is the same wherever it is built', () => {
  it('does not depend on the time zone of the machine that builds', () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const utc = calendar(smallIndex(), SITE);
      process.env.TZ = 'America/New_York';
      expect(calendar(smallIndex(), SITE)).toBe(utc);
      process.env.TZ = 'Asia/Tokyo';
      expect(calendar(smallIndex(), SITE)).toBe(utc);
    } finally {
      if (before === undefined) delete process.env.TZ; else process.env.TZ = before;
    }
  });
});
