import { describe, expect, it } from 'vitest';
import { calendar } from '../../../../src/lib/exports/ical.ts';
import { SITE } from '../../../fixtures/archive.ts';
import { parseCalendar } from '../../../support/ical.ts';
import { contentIndex } from '../../../support/content.ts';

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

  it('stamps each event with a date from the record, so the build is deterministic', () => {
    expect(events.find((e) => e.uid === '2025-11-18@arkiv.example.dk')!.stamp).toBe('2026-03-19T23:00:00Z');
    expect(calendar(index, SITE)).toBe(calendar(contentIndex(), SITE));
  });
});
