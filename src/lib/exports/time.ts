/**
 * Dates and times for feeds and OParl. The content stores local Danish dates and
 * clock times ("2025-11-18", "10:00"); exports need them with the Europe/Copenhagen offset.
 * The offset is computed from the EU summer-time rule (in force in Denmark since 1996) rather than
 * with Intl, so that the output is the same on every Node build; a unit test compares it with Intl.
 */

/** Day of the month of the last Sunday of `month` (1–12) in `year`. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** Milliseconds since the epoch of a wall-clock time read as UTC (a helper, not a real instant). */
function wallClockMs(date: string, time: string): number {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  return Date.UTC(y, mo - 1, d, h, mi);
}

/**
 * Offset of Europe/Copenhagen in minutes (60 or 120) at a local date and time. Summer time runs
 * from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC. A local time
 * in the hour skipped in March counts as winter time; one in the hour repeated in October as
 * summer time (the earlier of the two).
 */
export function copenhagenOffsetMinutes(date: string, time = '00:00'): 60 | 120 {
  const year = Number(date.slice(0, 4));
  const summerStartUtc = Date.UTC(year, 2, lastSunday(year, 3), 1);
  const summerEndUtc = Date.UTC(year, 9, lastSunday(year, 10), 1);
  const asSummerUtc = wallClockMs(date, time) - 120 * 60_000;
  return asSummerUtc >= summerStartUtc && asSummerUtc < summerEndUtc ? 120 : 60;
}

/** RFC 3339 date-time with the Copenhagen offset: ("2025-11-18", "10:00") → "2025-11-18T10:00:00+01:00". */
export function copenhagenDateTime(date: string, time = '00:00'): string {
  const offset = copenhagenOffsetMinutes(date, time);
  return `${date}T${time}:00+${String(offset / 60).padStart(2, '0')}:00`;
}

/** "2025-11-18" → "18-11-2025", the date form Danish spreadsheets read as a date. */
export function danishNumericDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}-${m}-${y}`;
}

/** The latest of some ISO dates (YYYY-MM-DD sorts as text). */
export function latestDate(dates: Array<string | undefined>): string | undefined {
  return dates.filter((d): d is string => Boolean(d)).sort().at(-1);
}
