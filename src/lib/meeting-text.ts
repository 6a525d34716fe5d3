import type { Meeting } from '../schemas/index.ts';
import { formatDate, formatTimeRange } from './dates.ts';

/** "18. november 2025, kl. 10.00–13.00" or "uge 5, 2026 (dato fastsættes)". */
export function meetingWhen(m: Meeting): string {
  if (m.date) {
    const time = formatTimeRange(m.start, m.end);
    return time ? `${formatDate(m.date)}, ${time}` : formatDate(m.date);
  }
  const a = m.approximately!;
  const base = a.week ? `uge ${a.week}, ${a.year} (dato fastsættes)` : `${a.text}, ${a.year} (dato fastsættes)`;
  const time = formatTimeRange(m.start, m.end);
  return time ? `${base}, ${time}` : base;
}

/** "virtuelt møde", "fysisk møde, Aarhus", or '' when the records do not say. */
export function meetingForm(m: Meeting): string {
  if (m.form === 'virtuelt') return 'virtuelt møde';
  if (m.form === 'fysisk') return m.location ? `fysisk møde, ${m.location}` : 'fysisk møde';
  return m.location ?? '';
}

/** Danish label of a meeting's status. */
export const statusLabel: Record<Meeting['status'], string> = { planlagt: 'Planlagt', afholdt: 'Afholdt', aflyst: 'Aflyst', ukendt: 'Ukendt' };
