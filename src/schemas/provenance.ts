import { z } from 'astro/zod';
import { isoDate } from './common.ts';

/**
 * Provenance: what a typed claim rests on. The archive shows a claim (an owner, a status, an
 * organisation's parent, a stage of the programme …) as fact only when it can point at the words
 * in the records that make it; otherwise the claim is the archive's own reading and says so,
 * with the editor's reason. These schemas are the one vocabulary for both.
 */

/**
 * Parts of a meeting's minutes a source can point into. The agenda item sections are those of
 * <Afsnit type="…"> (src/lib/sections.ts); "dagsorden", "deltagere" and "hoved" are the agenda, the
 * participant list and the document's header (type, date, case number, author line).
 */
/** The typed sections of an agenda item, as `<Afsnit type="…">` names them, in the minutes' order. */
export const itemSectionTypes = ['indstilling', 'referat', 'sagsfremstilling', 'videre-proces', 'bilag'] as const;
export type ItemSectionType = (typeof itemSectionTypes)[number];

export const sourceSections = ['indstilling', 'referat', 'sagsfremstilling', 'videre-proces', 'dagsorden', 'deltagere', 'hoved'] as const;
export type SourceSection = (typeof sourceSections)[number];

/** A dated document outside the archive's minutes: an e-mail, another body's minutes, a report. */
export const externalDocumentSchema = z.strictObject({
  /** What the document is, as it calls itself, e.g. "Referat af bestyrelsesmøde 12. december 2025". */
  title: z.string().min(1),
  /** The document's date. */
  date: isoDate,
  /** Id of the organisation or body that issued it, when known. */
  issuer: z.string().min(1).optional(),
  /** The document's own reference, e.g. "pkt. 11/25" or a case number. */
  reference: z.string().min(1).optional(),
  /** Where the public can read it; only https. */
  url: z.string().regex(/^https:\/\/\S+$/, { message: 'skal være en https-adresse, fx https://www.regioner.dk/…' }).optional(),
});

/**
 * Where in the records a claim is written: one document (a meeting's minutes in the archive, or
 * an outside document), and as far down as the claim allows: agenda item, section, paragraph.
 * Paragraphs count from 1 within a section; a heading, a paragraph and a list item each count as
 * one, in reading order (the meeting page gives each its anchor, see paragraphAnchor in urls.ts).
 */
export const sourceRefSchema = z.strictObject({
  /** Id of the meeting whose minutes say it. */
  meeting: z.string().min(1).optional(),
  /** An outside document, when the claim is not in minutes the archive holds. */
  document: externalDocumentSchema.optional(),
  /** Agenda item number. */
  item: z.number().int().positive().optional(),
  /** Part of the minutes (or of the item). */
  section: z.enum(sourceSections).optional(),
  /** Paragraph within the section, from 1. */
  paragraph: z.number().int().positive().optional(),
}).refine((s) => (s.meeting === undefined) !== (s.document === undefined), {
  message: 'en kilde skal have enten meeting (et møde i arkivet) eller document (et andet dokument), ikke begge',
}).refine((s) => s.paragraph === undefined || s.section !== undefined, {
  message: 'paragraph kræver section, fx section: referat',
}).refine((s) => s.document === undefined || (s.item === undefined && s.section === undefined), {
  message: 'item og section gælder kun referater i arkivet; skriv et andet dokuments egen henvisning i document.reference',
});

/**
 * The basis of a typed claim: exactly one of `source` (the records say it) or `editorial`
 * (the archive's reading, with the editor's reason, shown as such on every page and export).
 */
export const claimBasisSchema = z.union([
  z.strictObject({
    /** Where the records say it. */
    source: sourceRefSchema,
  }),
  z.strictObject({
    /** The archive's reading: why the editors state it although no record says it in these words. */
    editorial: z.string().min(1),
  }),
], { error: 'skal have enten source (hvor kilden siger det) eller editorial (redaktionens begrundelse)' });

/**
 * The bases of an entry's scalar claims, keyed by the field that makes the claim:
 * `basis: { classification: { source: … }, partOf: { editorial: "…" } }`. An object that is itself
 * one claim (an owner, an event, a membership, a figure) carries a single `basis` instead. Which
 * claims must have one is decided by the provenance rules (src/lib/provenance-rules.ts), so that a
 * missing basis gets a message naming the file, line and field rather than a schema error.
 */
export const claimBasesSchema = <const K extends string>(fields: readonly [K, ...K[]]) =>
  z.partialRecord(z.enum(fields), claimBasisSchema);

export type SourceRef = z.infer<typeof sourceRefSchema>;
export type ClaimBasis = z.infer<typeof claimBasisSchema>;
export type ClaimBases = Partial<Record<string, ClaimBasis>>;
