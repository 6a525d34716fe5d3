import type { Meeting } from '../schemas/index.ts';
import { formatDate, formatTimeRange } from './dates.ts';
import { meetingFormLabel } from './vocabulary.ts';

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
  if (m.form === 'virtuelt') return meetingFormLabel.virtuelt;
  if (m.form === 'fysisk') return m.location ? `${meetingFormLabel.fysisk}, ${m.location}` : meetingFormLabel.fysisk;
  return m.location ?? '';
}
