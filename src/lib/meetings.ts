import type { Meeting } from '../schemas/index.ts';

/**
 * Facts about one meeting that pages, exports and rules share. Each is defined here once; the
 * index (src/lib/archive-index.ts) applies them to every meeting.
 */

/**
 * The archive holds the meeting's minutes, and so the meeting page has them with one anchor per
 * agenda item. Whether the meeting was held is its status's business (a dated, sourced claim);
 * the minutes being here does not depend on it.
 */
export const hasMinutes = (m: Meeting) => m.publication !== undefined;

/** The meeting's year: from its date, or from the week or month the records give. */
export const meetingYear = (m: Meeting): number => (m.date ? Number(m.date.slice(0, 4)) : m.approximately!.year);

/** Sort key for a meeting: its date, or its year and week, or its year (after its dated days). */
export function meetingSortKey(m: Meeting): string {
  if (m.date) return m.date;
  const a = m.approximately!;
  return a.week ? `${a.year}-W${String(a.week).padStart(2, '0')}` : `${a.year}-Z`;
}
