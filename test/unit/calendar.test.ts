import { describe, expect, it } from 'vitest';
import { isPastMeeting } from '../../src/lib/calendar.ts';
import { meetingWhen } from '../../src/lib/meeting-text.ts';
import { meetingSchema, type Meeting } from '../../src/schemas/index.ts';

const m = (extra: Record<string, unknown>): Meeting => meetingSchema.parse({ body: 'raad', title: 't', ...extra });

describe('isPastMeeting', () => {
  it('a dated meeting has passed from the next day', () => {
    expect(isPastMeeting(m({ date: '2025-12-01' }), '2025-12-01')).toBe(false);
    expect(isPastMeeting(m({ date: '2025-12-01' }), '2025-12-02')).toBe(true);
  });

  it('a meeting known by week has passed once the ISO week is over', () => {
    const week5 = m({ approximately: { year: 2026, week: 5, text: 'uge 5' } });
    expect(isPastMeeting(week5, '2026-02-01')).toBe(false); // Sunday of week 5
    expect(isPastMeeting(week5, '2026-02-02')).toBe(true); // Monday of week 6
    expect(isPastMeeting(week5, '2025-12-31')).toBe(false); // still 2025 (ISO week 1 of 2026 starts 29 Dec)
  });

  it('a meeting known by month has passed once the month is over', () => {
    const august = m({ approximately: { year: 2026, month: 8, text: 'Slut august (fx uge 35)' } });
    expect(isPastMeeting(august, '2026-08-31')).toBe(false);
    expect(isPastMeeting(august, '2026-09-01')).toBe(true);
  });

  it('a meeting known only by year has passed once the year is over', () => {
    const august = m({ approximately: { year: 2026, text: 'Slut august (fx uge 35)' } });
    expect(isPastMeeting(august, '2026-12-31')).toBe(false);
    expect(isPastMeeting(august, '2027-01-01')).toBe(true);
  });
});

describe('meetingWhen for the calendar', () => {
  it('says "dato fastsættes" for a meeting known by week or by the records\' words', () => {
    expect(meetingWhen(m({ approximately: { year: 2026, week: 5, text: 'x' } }))).toBe('uge 5, 2026 (dato fastsættes)');
    expect(meetingWhen(m({ approximately: { year: 2026, text: 'Slut august (fx uge 35)' } }))).toBe('Slut august (fx uge 35), 2026 (dato fastsættes)');
  });
});
