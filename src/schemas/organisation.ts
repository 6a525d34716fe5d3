import { z } from 'astro/zod';
import { isoDate, editorialNote } from './common.ts';
import { claimBasesSchema, sourceRefSchema } from './provenance.ts';

/** An organisation's fields that are claims needing a basis (when filled in). */
export const organisationClaims = ['classification', 'partOf'] as const;

/** A name the organisation had before, up to and including `until`; shown on pages about that time. */
export const formerNameSchema = z.strictObject({
  /** The name as the records of that time write it. */
  name: z.string().min(1),
  /** Its abbreviation then, if any. */
  shortName: z.string().min(1).optional(),
  /** Last day the name was in use. */
  until: isoDate,
  /** Where the records say so. */
  source: sourceRefSchema,
});

/**
 * What happened to an organisation, as the records say: it was set up, closed, merged with
 * another, taken into another, or continued as a successor. The other organisation is named by
 * id when the archive has it, else by name. "When" is a day, or only a year when the source gives
 * no more ("i 2027").
 */
export const organisationEventKinds = ['oprettet', 'nedlagt', 'lagt sammen med', 'indgår i', 'overgår til'] as const;
export const organisationEventSchema = z.strictObject({
  /** The day it takes effect. */
  date: isoDate.optional(),
  /** The year, when the source gives no day. */
  year: z.number().int().min(1900).max(2200).optional(),
  /** What happened. */
  event: z.enum(organisationEventKinds),
  /** Id of the other organisation (merged with, taken into, successor). */
  organisation: z.string().min(1).optional(),
  /** The other organisation's name, when the archive has no entry for it, e.g. "Digital Sundhed Danmark". */
  name: z.string().min(1).optional(),
  /** Where the records say it. */
  source: sourceRefSchema,
}).refine((e) => (e.date === undefined) !== (e.year === undefined), {
  message: 'en begivenhed skal have enten date (en dag) eller year (kun året), ikke begge',
}).refine((e) => e.event === 'oprettet' || e.event === 'nedlagt' || e.organisation !== undefined || e.name !== undefined, {
  message: 'skal nævne den anden organisation: organisation (id) eller name (navn)',
});

/** An organisation that people represent: a region, an agency, a university, a society. */
export const organisationSchema = z.strictObject({
  /** The organisation's name as the records write it, e.g. "Region Midtjylland". */
  name: z.string().min(1),
  /** Abbreviation used in the records, e.g. "NGC". */
  shortName: z.string().min(1).optional(),
  /** What kind of organisation it is; used for grouping on the organisations page. */
  classification: z.enum(['region', 'statslig myndighed', 'universitet', 'videnskabelige selskaber', 'interesseorganisation']),
  /** Id of an organisation this one is part of, e.g. NGC under Sundhedsdatastyrelsen. */
  partOf: z.string().min(1).optional(),
  /** Where the records say what kind of organisation it is and what it is part of. */
  basis: claimBasesSchema(organisationClaims).optional(),
  /** Earlier names, oldest first; `name` is the name after the last of them. */
  formerNames: z.array(formerNameSchema).default([]),
  /** The organisation's history: set up, merged, taken into, succeeded; oldest first. */
  history: z.array(organisationEventSchema).default([]),
  /** Facts the records give about the organisation, each with the date of the record. */
  notes: z.array(editorialNote).default([]),
});

export type Organisation = z.infer<typeof organisationSchema>;
export type OrganisationEvent = z.infer<typeof organisationEventSchema>;
