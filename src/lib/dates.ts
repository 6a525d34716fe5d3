/**
 * Danish date and time formatting ("18. november 2025", "kl. 10.00–13.00"), done by hand rather
 * than with Intl so that the output is the same on every Node build (small-ICU builds differ).
 */

/** Danish month names, January first; the importer reads dates with the same names. */
export const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

function parts(isoDate: string): [number, number, number] {
  const [y, m, d] = isoDate.split('-').map(Number);
  return [y, m, d];
}

/** "2025-11-18" → "18. november 2025". */
export function formatDate(isoDate: string): string {
  const [y, m, d] = parts(isoDate);
  return `${d}. ${MONTHS[m - 1]} ${y}`;
}

/** "10:00" → "10.00" (Danish clock notation). */
export function formatTime(time: string): string {
  return time.replace(':', '.');
}

/** ("10:00", "13:00") → "kl. 10.00–13.00"; either end may be missing. */
export function formatTimeRange(start?: string, end?: string): string {
  if (start && end) return `kl. ${formatTime(start)}–${formatTime(end)}`;
  if (start) return `kl. ${formatTime(start)}`;
  return '';
}

/** ISO 8601 week number and week-year of a date. */
export function isoWeek(isoDate: string): { year: number; week: number } {
  const [y, m, d] = parts(isoDate);
  const date = new Date(Date.UTC(y, m - 1, d));
  const day = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - day);
  const yearStart = new Date(Date.UTC(date.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((date.getTime() - yearStart.getTime()) / 86400000 + 1) / 7);
  return { year: date.getUTCFullYear(), week };
}

/** Today's date (UTC) as YYYY-MM-DD; the build date against which follow-ups are "past due". */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
