import type { ArchiveIndex } from './archive-index.ts';
import type { DatedStatus, FollowUp, Meeting } from '../schemas/index.ts';

/** A dated status of a meeting or a follow-up, as the schemas allow it. */
type KnownDatedStatus = DatedStatus<Exclude<Meeting['status'] | FollowUp['status'], 'ukendt'>>;
import { describeSource, type DescribedSource } from './provenance.ts';
import { formatDate } from './dates.ts';
import { emptyText, statusLabel } from './vocabulary.ts';

/**
 * A status as a reader sees it: the word, and the record and day it rests on. Pages, the
 * follow-up register and the exports all describe a status through statusClaim, so no page can
 * show a status without its date and source, and none derives one from the build's clock.
 */
export interface StatusClaim {
  /** The stored status, "åben", "planlagt" … or "ukendt". */
  status: string;
  /** The status as the site says it, lower case (src/lib/vocabulary.ts). */
  word: string;
  /** The day the status took effect; undefined for "ukendt". */
  date?: string;
  /** The record that says it; undefined for "ukendt". */
  source?: DescribedSource;
  /** One line: "åben pr. 18. november 2025 ifølge referatet af 18. november 2025, pkt. 2, Referat". */
  text: string;
}

/** Meeting date by id, for naming a source by its meeting's date. */
export const meetingDateOf = (index: ArchiveIndex) => (id: string) => index.meetings.get(id)?.data.date;

/** Describe one dated status. */
function datedStatusClaim(index: ArchiveIndex, entry: KnownDatedStatus): StatusClaim {
  const source = describeSource(entry.source, meetingDateOf(index));
  const word = statusLabel[entry.status];
  return { status: entry.status, word, date: entry.date, source, text: `${word} pr. ${formatDate(entry.date)} ifølge ${source.text}` };
}

/** Describe the current status of a status history (its last entry), or "ukendt". */
export function statusClaim(index: ArchiveIndex, history: ReadonlyArray<KnownDatedStatus>): StatusClaim {
  const last = history.at(-1);
  return last ? datedStatusClaim(index, last) : { status: 'ukendt', word: statusLabel.ukendt, text: emptyText.unknownStatus };
}
