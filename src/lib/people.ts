import type { ArchiveIndex } from './archive-index.ts';
import type { Membership } from '../schemas/index.ts';
import { formatDate } from './dates.ts';

/** Danish role names as shown on pages. */
export const roleLabel: Record<Membership['role'], string> = {
  forperson: 'Forperson',
  medlem: 'Medlem',
  sekretariat: 'Sekretariatet',
  oplægsholder: 'Oplægsholder',
  gæst: 'Gæst',
};

/** "fra 1. januar 2026", "til 31. december 2027", "1. januar 2026 – 31. december 2027", or "". */
export function membershipPeriod(m: Membership): string {
  if (m.from && m.to) return `${formatDate(m.from)} – ${formatDate(m.to)}`;
  if (m.from) return `fra ${formatDate(m.from)}`;
  if (m.to) return `til ${formatDate(m.to)}`;
  return '';
}

/** People sorted by name the Danish way (æ, ø, å last). */
export function peopleSorted(index: ArchiveIndex) {
  return [...index.data.people].sort((a, b) => a.data.name.localeCompare(b.data.name, 'da'));
}
