import { z } from 'astro/zod';
import { claimBasesSchema } from './provenance.ts';

/** A body's fields that are claims needing a basis (when filled in). */
export const bodyClaims = ['classification', 'organisation', 'reportsTo'] as const;

/** A body (organ) that meets, decides and follows up: the council, the board it reports to. */
export const bodySchema = z.strictObject({
  /** Full name as the records write it, e.g. "Fagligt råd for genomisk medicin". */
  name: z.string().min(1),
  /** Short name used in running text and lists, e.g. "Fagligt råd". */
  shortName: z.string().min(1),
  /** What kind of body it is (OParl's classification). */
  classification: z.enum(['råd', 'bestyrelse', 'styregruppe', 'arbejdsgruppe', 'kreds']),
  /** Id of the organisation the body belongs to, e.g. "danske-regioner". */
  organisation: z.string().min(1).optional(),
  /** Id of the body this one reports to, e.g. the board for the council. */
  reportsTo: z.string().min(1).optional(),
  /** Where the records say what kind of body it is, whose it is and whom it reports to. */
  basis: claimBasesSchema(bodyClaims).optional(),
  /** One or two sentences on the body's role, in the records' own words where possible. */
  description: z.string().min(1).optional(),
  /**
   * Whether the archive holds this body's minutes. A body only named in the records (the board,
   * the RSI circle) has its meetings listed in the calendar but no minutes here.
   */
  minutesInArchive: z.boolean().default(false),
});

export type Body = z.infer<typeof bodySchema>;
