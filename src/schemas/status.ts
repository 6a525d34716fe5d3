import { z } from 'astro/zod';
import { isoDate } from './common.ts';
import { sourceRefSchema } from './provenance.ts';

/**
 * Statuses in time. The archive never states a status as a bare fact: each one is a dated entry
 * with the record that says it ("åben ifølge referatet af 18. november 2025"), and an entry's
 * status holds from its date until the next entry. With no entry the status is "ukendt" — the
 * honest default; the build clock never moves a status.
 */

/** The status of anything whose records say nothing about it yet. */
export const UNKNOWN_STATUS = 'ukendt';

export const followUpStatuses = ['åben', 'udført', 'bortfaldet'] as const;
export const meetingStatuses = ['planlagt', 'afholdt', 'aflyst'] as const;

/** One dated status: what the records say, when they say it, and where. */
export function datedStatusSchema<const T extends readonly [string, ...string[]]>(statuses: T) {
  return z.strictObject({
    /** The status from `date` on. */
    status: z.enum(statuses),
    /** The day the status took effect according to the source (e.g. the meeting that agreed it). */
    date: isoDate,
    /** Where the records say it: a meeting's minutes in the archive, or an outside document (an e-mail, another body's minutes). */
    source: sourceRefSchema,
  });
}

/** A status history, oldest first; the last entry is the current status. Empty means "ukendt". */
export function statusHistorySchema<const T extends readonly [string, ...string[]]>(statuses: T) {
  return z.array(datedStatusSchema(statuses)).default([]);
}

/** The current status: the last entry's, or "ukendt" when the records give none. */
export function currentStatus<S extends string>(history: ReadonlyArray<{ status: S }>): S | typeof UNKNOWN_STATUS {
  return history.length ? history[history.length - 1].status : UNKNOWN_STATUS;
}

export type DatedStatus<S extends string = string> = { status: S; date: string; source: z.infer<typeof sourceRefSchema> };
