import { describe, expect, it } from 'vitest';
import { copenhagenOffsetMinutes, copenhagenDateTime, danishNumericDate, latestDate } from '../../../src/lib/exports/time.ts';

/** The offset Intl (full ICU) gives for a UTC instant in Europe/Copenhagen, in minutes. */
const copenhagen = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', timeZoneName: 'longOffset' });
function intlOffset(utcMs: number): number {
  const name = copenhagen
    .formatToParts(new Date(utcMs)).find((p) => p.type === 'timeZoneName')!.value; // "GMT+01:00"
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name)!;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

describe('Europe/Copenhagen offset', () => {
  it('agrees with Intl for every day 2020–2032 at 00:00, 10:00 and 23:30 local time', () => {
    let checked = 0;
    for (let t = Date.UTC(2020, 0, 1); t < Date.UTC(2033, 0, 1); t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      for (const time of ['00:00', '10:00', '23:30']) {
        const offset = copenhagenOffsetMinutes(date, time);
        const [h, mi] = time.split(':').map(Number);
        const utc = t + (h * 60 + mi - offset) * 60_000;
        expect(intlOffset(utc), `${date} ${time}`).toBe(offset);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(14_000);
  });

  it('switches on the last Sundays of March and October', () => {
    expect(copenhagenOffsetMinutes('2026-03-29', '01:59')).toBe(60);
    expect(copenhagenOffsetMinutes('2026-03-29', '03:00')).toBe(120);
    expect(copenhagenOffsetMinutes('2026-10-25', '01:59')).toBe(120);
    expect(copenhagenOffsetMinutes('2026-10-25', '03:00')).toBe(60);
  });

  it('writes RFC 3339 with the local offset', () => {
    expect(copenhagenDateTime('2025-11-18', '10:00')).toBe('2025-11-18T10:00:00+01:00');
    expect(copenhagenDateTime('2026-05-12', '10:00')).toBe('2026-05-12T10:00:00+02:00');
    expect(copenhagenDateTime('2026-03-20')).toBe('2026-03-20T00:00:00+01:00');
  });
});

describe('date helpers', () => {
  it('writes the Danish numeric date a spreadsheet reads', () => {
    expect(danishNumericDate('2025-11-18')).toBe('18-11-2025');
    expect(danishNumericDate('2026-02-03')).toBe('03-02-2026');
  });
  it('finds the latest date and ignores missing ones', () => {
    expect(latestDate(['2025-11-18', undefined, '2026-03-20', '2025-12-01'])).toBe('2026-03-20');
    expect(latestDate([undefined])).toBeUndefined();
  });
});
