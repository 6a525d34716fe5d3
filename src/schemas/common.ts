import { z } from 'astro/zod';

/**
 * Building blocks shared by the content schemas. Dates and times are stored as strings in the
 * content ("2025-11-18", "10:00") and checked here to be real calendar dates and clock times,
 * because a typo such as 2025-11-31 must stop the build rather than become "1. december".
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True when `value` is a real date written as YYYY-MM-DD. */
export function isRealIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * A calendar date, YYYY-MM-DD. YAML parsers differ on unquoted dates (some give a Date object),
 * so a Date is accepted and turned back into the same string.
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().refine(isRealIsoDate, {
    // A date in the right form that is not in the calendar (2025-02-30) gets its own message.
    error: (issue) => (typeof issue.input === 'string' && ISO_DATE.test(issue.input)
      ? `datoen ${issue.input} findes ikke i kalenderen`
      : 'skal være en gyldig dato skrevet ÅÅÅÅ-MM-DD, fx 2025-11-18'),
  }),
);

/** A clock time, HH:MM on the 24-hour clock. */
export const clockTime = z.string().regex(CLOCK, {
  message: 'skal være et klokkeslæt skrevet TT:MM, fx 10:00',
});

/** The id rule: lower-case letters, digits and hyphens, as used in file names and URLs. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id, e.g. ole-halfdan-larsen or 2025-11-18 (src/lib/id-names.ts applies the rule to file names). */
export const slug = z.string().regex(ID_PATTERN, {
  message: 'må kun indeholde små bogstaver a-z, tal og bindestreger, fx ole-halfdan-larsen',
});

/** A reference to another entry by its id; checked against the archive by the integrity rules. */
export const ref = z.string().min(1);

/** A note by the archive's editors, shown beside the source's own words (never replacing them). */
export const editorialNote = z.string().min(1);
