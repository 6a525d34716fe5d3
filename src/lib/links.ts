import type { ArchiveIndex, AreaRef } from './archive-index.ts';
import type { Meeting } from '../schemas/index.ts';
import { paths } from './urls.ts';
import { formatDate } from './dates.ts';
import { hasMinutes } from './meetings.ts';

/** Link to an agenda item: its anchor on the meeting page when the minutes exist, else the meeting page. */
export function itemPath(index: ArchiveIndex, meetingId: string, item?: number): string {
  const meeting = index.meetings.get(meetingId)!;
  return item !== undefined && hasMinutes(meeting.data) ? paths.meetingItem(meetingId, item) : paths.meeting(meetingId);
}

/** A meeting's date in short form: "18. november 2025", "uge 5, 2026", "Slut august (fx uge 35), 2026". */
export function meetingDateText(m: Meeting): string {
  if (m.date) return formatDate(m.date);
  const a = m.approximately!;
  return a.week ? `uge ${a.week}, ${a.year}` : `${a.text}, ${a.year}`;
}

/** "Fagligt råd, 18. november 2025": a meeting named by body and date, for lists across bodies. */
export function meetingName(index: ArchiveIndex, m: Meeting): string {
  return `${index.bodies.get(m.body)!.data.shortName}, ${meetingDateText(m)}`;
}

/** "D – Jura": a focus area named by its letter and title. */
export const areaTitle = (ref: AreaRef) => `${ref.area.letter} – ${ref.area.title}`;
