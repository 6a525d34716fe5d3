import type { ArchiveIndex } from './archive-index.ts';
import type { FollowUp, Owner } from '../schemas/index.ts';
import { isRealIsoDate } from '../schemas/common.ts';
import { todayIso } from './dates.ts';
import { paths } from './urls.ts';

/**
 * The date a follow-up is due: its own due date, or else the date of the meeting it is due at.
 * Undefined when the records give neither (or the meeting has no date yet).
 */
export function dueDateOf(f: FollowUp, meetingDate: (id: string) => string | undefined): string | undefined {
  if (f.dueDate) return f.dueDate;
  return f.dueMeeting ? meetingDate(f.dueMeeting) : undefined;
}

/**
 * The deadline has passed on `today` (YYYY-MM-DD) while the archive's latest record of the
 * follow-up still says open. Only the follow-up register uses this, and says it as what it is:
 * a fact about the calendar and the archive, dated, never a judgement that someone is late
 * (the archive cannot know what happened after its last record). Due today has not passed.
 */
export function deadlinePassed(f: FollowUp, dueDate: string | undefined, today: string): boolean {
  return f.status === 'åben' && dueDate !== undefined && dueDate < today;
}

/**
 * The build's calendar date: BUILD_DATE (YYYY-MM-DD) when set, so a build can be repeated
 * exactly; otherwise today (UTC). Used only where a page says "pr. <date>" (the register, the
 * calendar, the front page); pages about a meeting, decision, person, organisation, body, matter
 * or programme never depend on it (test/slow/build/build-date.test.ts).
 */
export function buildDate(env: Record<string, string | undefined> = process.env, now = new Date()): string {
  const set = env.BUILD_DATE;
  if (set === undefined || set === '') return todayIso(now);
  if (!isRealIsoDate(set)) throw new Error(`BUILD_DATE="${set}" er ikke en gyldig dato. Skriv den som ÅÅÅÅ-MM-DD, fx 2025-12-01, eller fjern variablen.`);
  return set;
}

let once: string | undefined;
/** The build's date, worked out once so that every page of one build agrees (even across midnight). */
export function siteBuildDate(): string {
  once ??= buildDate();
  return once;
}

/** An owner's name: a person's, an organisation's or a body's, or "Sekretariatet for <body>". */
export function ownerName(index: ArchiveIndex, o: Owner): string {
  if (o.type === 'person') return index.people.get(o.id)?.data.name ?? o.id;
  if (o.type === 'organisation') return index.organisations.get(o.id)?.data.name ?? o.id;
  const body = index.bodies.get(o.id)?.data.name ?? o.id;
  return o.type === 'secretariat' ? `Sekretariatet for ${body}` : body;
}

/** An owner's name and page. */
export function ownerLink(index: ArchiveIndex, o: Owner): { text: string; path: string } {
  const path = o.type === 'person' ? paths.person(o.id) : o.type === 'organisation' ? paths.organisation(o.id) : paths.body(o.id);
  return { text: ownerName(index, o), path };
}
