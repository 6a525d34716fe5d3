import { z } from 'astro/zod';
import { isoDate, clockTime, editorialNote } from './common.ts';
import { claimBasesSchema, sourceRefSchema, sourceSections } from './provenance.ts';
import { statusHistorySchema, meetingStatuses, currentStatus } from './status.ts';

/** One person's attendance line, as the participant list writes it. */
export const attendeeSchema = z.strictObject({
  /** Id of the person. */
  person: z.string().min(1),
  /** Id of the organisation the participant list names beside the person. */
  organisation: z.string().min(1),
  /** Words in brackets after the name in the source, e.g. "formand" or "sekretariatet". */
  label: z.string().min(1).optional(),
});

/** Who took part, grouped as the minutes group them. */
export const attendanceSchema = z.strictObject({
  /** Heading of the participant list in the source, e.g. "Fagligt råd". */
  heading: z.string().min(1).optional(),
  /** Members present. */
  present: z.array(attendeeSchema).default([]),
  /** The secretariat present. */
  secretariat: z.array(attendeeSchema).default([]),
  /** Absent with notice (afbud). */
  absent: z.array(attendeeSchema).default([]),
  /** Guests and presenters who are not members; not checked against memberships. */
  guests: z.array(attendeeSchema).default([]),
});

/** An attachment (bilag) to an agenda item. */
export const attachmentSchema = z.strictObject({
  /** The attachment's number within the meeting, e.g. 1 for "Bilag 1". */
  number: z.number().int().positive(),
  /** Title as the minutes write it. */
  title: z.string().min(1),
  /**
   * Path of the published file under public/, e.g. "bilag/2025-11-18/bilag-1.pdf".
   * Left out when the attachment is not published; the page then says so.
   */
  file: z.string().min(1).optional(),
});

/** One agenda item, as the Dagsorden lists it. */
export const agendaItemSchema = z.strictObject({
  /** The item number ("Pkt. 2"). */
  number: z.number().int().positive(),
  /** Title exactly as the Dagsorden writes it, including any "v/…" presenter text. */
  title: z.string().min(1),
  /** Start of the item's time slot. */
  start: clockTime.optional(),
  /** End of the item's time slot. */
  end: clockTime.optional(),
  /** Ids of the people who present the item. */
  presenters: z.array(z.string().min(1)).default([]),
  /** Ids of work-programme areas the item concerns, e.g. ["2026-2028/A"]. */
  areas: z.array(z.string().min(1)).default([]),
  /** Ids of matters (sager) the item belongs to. */
  matters: z.array(z.string().min(1)).default([]),
  /** Attachments to the item. */
  attachments: z.array(attachmentSchema).default([]),
  /** Where the records say which areas the item concerns. */
  basis: claimBasesSchema(['areas']).optional(),
});

/** Publication metadata from the minutes' header. */
export const publicationSchema = z.strictObject({
  /** Document type printed at the top, e.g. "NOTAT". */
  documentType: z.string().min(1),
  /** Issuing organisation's id, e.g. "danske-regioner". */
  publisher: z.string().min(1),
  /** Date printed on the document (may be later than the meeting). */
  documentDate: isoDate,
  /** Case number, e.g. "EMN-2025-00300". */
  caseNumber: z.string().regex(/^EMN-\d{4}-\d{5}$/, { message: 'skal være et sagsnummer som EMN-2025-00300' }),
  /** Document number, e.g. "1844818". */
  documentNumber: z.string().regex(/^\d+$/, { message: 'skal være et dokumentnummer (kun tal), fx 1844818' }),
  /**
   * Id of the person whose name the header prints. The header gives no role (author, minute-taker
   * or sender), so the archive states none.
   */
  namedInHeader: z.string().min(1),
});

/** When a planned meeting is known only by its week (or only roughly), in the records' words. */
export const approximateTimeSchema = z.strictObject({
  /** ISO year of the week. */
  year: z.number().int().min(1900).max(2200),
  /** ISO week number, when decided. */
  week: z.number().int().min(1).max(53).optional(),
  /** Month (1–12), when the records give only the month ("Slut august" → 8). */
  month: z.number().int().min(1).max(12).optional(),
  /** The records' own words, e.g. "Slut august (fx uge 35)". */
  text: z.string().min(1),
});

/**
 * A correction to published minutes: which words of which item and section were replaced by
 * which, and where and when that was decided. Shown as a visible diff on the meeting page and in
 * the minutes feed (src/lib/minutes.ts).
 */
export const correctionSchema = z.strictObject({
  /** Agenda item the corrected words are in; left out for the header or participant list. */
  item: z.number().int().positive().optional(),
  /** Part of the minutes the corrected words are in. */
  section: z.enum(sourceSections),
  /** The words as first published, exactly. */
  before: z.string().min(1),
  /** The words as corrected, exactly; empty when the words were deleted. */
  after: z.string(),
  /** The day the correction was decided. */
  date: isoDate,
  /** Where it was decided: a meeting and item in the archive, or an outside document (an e-mail from the secretariat). */
  decidedAt: sourceRefSchema,
});

/** Where and when minutes were approved: a later meeting's item, or an outside document (a written procedure). */
export const approvalSchema = z.strictObject({
  /** The day of the approval. */
  date: isoDate,
  /** The record of the approval, e.g. { meeting: "2026-uge-05", item: 1, section: referat, paragraph: 1 }. */
  source: sourceRefSchema,
});

/** The original minutes document's file name in the meeting's original/ folder: "referat-2025-11-18.txt". */
export const originalFileName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.[A-Za-z0-9]+$/, {
  message: 'skal være et filnavn uden mapper, med endelse, fx referat-2025-11-18.txt (filen ligger i mødets mappe original/)',
});

/** A meeting of a body: planned, held or cancelled; with minutes when held and published. */
/** A meeting's fields that are claims needing a basis (when filled in): how, where and for whom it is held. */
export const meetingClaims = ['form', 'location', 'host', 'theme', 'audience'] as const;

export const meetingSchema = z.strictObject({
  /** Id of the body that meets. */
  body: z.string().min(1),
  /** Title of the minutes or of the planned meeting, as the records write it. */
  title: z.string().min(1),
  /**
   * Planlagt, afholdt or aflyst, each dated and sourced, oldest first ("planlagt ifølge
   * mødeplanen vedtaget 18. november 2025, pkt. 6"). Empty: the status is "ukendt".
   */
  statusHistory: statusHistorySchema(meetingStatuses),
  /** Meeting date; left out for a meeting known only by its week. */
  date: isoDate.optional(),
  /** Week or rough time for a planned meeting without a date. */
  approximately: approximateTimeSchema.optional(),
  /** Start time. */
  start: clockTime.optional(),
  /** End time. */
  end: clockTime.optional(),
  /** Virtual or physical; left out when the records do not say. */
  form: z.enum(['virtuelt', 'fysisk']).optional(),
  /** Place of a physical meeting, e.g. "Aarhus". */
  location: z.string().min(1).optional(),
  /** Id of the person hosting a physical meeting. */
  host: z.string().min(1).optional(),
  /** A themed meeting's theme, e.g. the genome initiatives. */
  theme: z.string().min(1).optional(),
  /** Who may attend, when restricted, in the records' words. */
  audience: z.string().min(1).optional(),
  /** Where the records say how, where and for whom the meeting is held: `basis: { form: { source: … } }`. */
  basis: claimBasesSchema(meetingClaims).optional(),
  /** Ids of the meeting and agenda item that decided this meeting was to be held. */
  plannedAt: z.strictObject({ meeting: z.string().min(1), item: z.number().int().positive() }).optional(),
  /** Header metadata of the published minutes. */
  publication: publicationSchema.optional(),
  /** Attendance; only for held meetings. */
  attendance: attendanceSchema.optional(),
  /** The agenda. Each item's text sections are in the MDX body, in <Punkt nr={…}>. */
  agenda: z.array(agendaItemSchema).default([]),
  /** Where and when these minutes were approved; left out while the archive does not know (the page says so). */
  approved: approvalSchema.optional(),
  /** Corrections made after publication; each is shown on the page as a diff. */
  corrections: z.array(correctionSchema).default([]),
  /** The original minutes document the text was made from, in original/ beside moede.mdx; published with its size and SHA-256. */
  original: originalFileName.optional(),
  /** Editorial notes on the source (inconsistencies kept as written). */
  notes: z.array(editorialNote).default([]),
  /** A draft is never published; preview builds show it with a banner. */
  draft: z.boolean().default(false),
}).transform((m) => ({ ...m, status: currentStatus(m.statusHistory) }));

export type Meeting = z.infer<typeof meetingSchema>;
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type Attendee = z.infer<typeof attendeeSchema>;
export type Correction = z.infer<typeof correctionSchema>;
