import type { Meeting, Membership } from '../schemas/index.ts';
import { formatDate } from './dates.ts';

/** Is the membership in force on `date` (YYYY-MM-DD)? Open ends count as in force. */
export function membershipCovers(m: Membership, date: string): boolean {
  return (!m.from || m.from <= date) && (!m.to || date <= m.to);
}

/** Does a membership cover a meeting? A meeting known only by week or year counts by its year. */
export function membershipCoversMeeting(ms: Membership, m: Meeting): boolean {
  if (m.date) return membershipCovers(ms, m.date);
  const year = m.approximately!.year;
  return (!ms.from || ms.from <= `${year}-12-31`) && (!ms.to || `${year}-01-01` <= ms.to);
}

/** Roles that make a person part of a body's work (not a guest or a speaker at one meeting). */
export const isBodyRole = (ms: Membership) => ms.role !== 'gæst' && ms.role !== 'oplægsholder';

/** "fra 1. januar 2026", "til 31. december 2027", "1. januar 2026 – 31. december 2027", or "". */
export function membershipPeriod(m: Membership): string {
  if (m.from && m.to) return `${formatDate(m.from)} – ${formatDate(m.to)}`;
  if (m.from) return `fra ${formatDate(m.from)}`;
  if (m.to) return `til ${formatDate(m.to)}`;
  return '';
}
