import type { Meeting } from '../schemas/index.ts';
import { isoWeek } from './dates.ts';

/**
 * Has the meeting's time passed on `today` (YYYY-MM-DD)? A dated meeting has passed the day
 * after; one known by week, once the week is over; one known by month, once the month is over;
 * one known only by year, once the year is over.
 */
export function isPastMeeting(m: Meeting, today: string): boolean {
  if (m.date) return m.date < today;
  const a = m.approximately!;
  const now = isoWeek(today);
  if (a.week) return a.year < now.year || (a.year === now.year && a.week < now.week);
  if (a.month) return `${a.year}-${String(a.month).padStart(2, '0')}` < today.slice(0, 7);
  return a.year < Number(today.slice(0, 4));
}
