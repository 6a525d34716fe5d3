import { z } from 'astro/zod';
import { editorialNote } from './common.ts';
import { claimBasesSchema } from './provenance.ts';

/** An organisation's fields that are claims needing a basis (when filled in). */
export const organisationClaims = ['classification', 'partOf'] as const;

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
  /** Facts the records give about the organisation, each with the date of the record. */
  notes: z.array(editorialNote).default([]),
});

export type Organisation = z.infer<typeof organisationSchema>;
