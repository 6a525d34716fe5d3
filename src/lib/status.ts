import type { ArchiveIndex } from './archive-index.ts';
import type { DatedStatus } from '../schemas/index.ts';
import { describeSource, type DescribedSource } from './provenance.ts';
import { formatDate } from './dates.ts';

/**
 * A status as a reader sees it: the word, and the record and day it rests on. Pages, the
 * follow-up register and the exports all describe a status through statusClaim, so no page can
 * show a status without its date and source, and none derives one from the build's clock.
 */
export interface StatusClaim {
  /** The status word in lower case, "åben", "planlagt" … or "ukendt". */
  status: string;
  /** The day the status took effect; undefined for "ukendt". */
  date?: string;
  /** The record that says it; undefined for "ukendt". */
  source?: DescribedSource;
  /** One line: "åben pr. 18. november 2025 ifølge referatet af 18. november 2025, pkt. 2, Referat". */
  text: string;
}

/** Said of a status the records do not give. */
const UNKNOWN_STATUS_TEXT = 'ukendt – arkivet har ingen oplysning om status';

/** Meeting date by id, for naming a source by its meeting's date. */
export const meetingDateOf = (index: ArchiveIndex) => (id: string) => index.meetings.get(id)?.data.date;

/** Describe one dated status. */
function datedStatusClaim(index: ArchiveIndex, entry: DatedStatus): StatusClaim {
  const source = describeSource(entry.source, meetingDateOf(index));
  return { status: entry.status, date: entry.date, source, text: `${entry.status} pr. ${formatDate(entry.date)} ifølge ${source.text}` };
}

/** Describe the current status of a status history (its last entry), or "ukendt". */
export function statusClaim(index: ArchiveIndex, history: ReadonlyArray<DatedStatus>): StatusClaim {
  const last = history.at(-1);
  return last ? datedStatusClaim(index, last) : { status: 'ukendt', text: UNKNOWN_STATUS_TEXT };
}
