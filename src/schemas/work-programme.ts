import { z } from 'astro/zod';
import { isoDate, editorialNote } from './common.ts';
import { claimBasisSchema } from './provenance.ts';

/** A lettered focus area (indsatsområde) of the work programme. */
export const focusAreaSchema = z.strictObject({
  /** The area's letter, as the programme numbers them: "A", "B" … */
  letter: z.string().regex(/^[A-Z]$/, { message: 'skal være ét stort bogstav, fx D' }),
  /** Title exactly as the records write it. */
  title: z.string().min(1),
  /** Description in the programme's words; left out where the archive does not hold it. */
  description: z.string().min(1).optional(),
});

/** An amendment to an area agreed at a meeting. */
export const amendmentSchema = z.strictObject({
  /** Letter of the area amended. */
  area: z.string().regex(/^[A-Z]$/, { message: 'skal være indsatsområdets bogstav (ét stort bogstav), fx D' }),
  /** Id of the meeting. */
  meeting: z.string().min(1),
  /** Agenda item number. */
  item: z.number().int().positive(),
  /** The amendment in the minutes' words: whole sentences of the paragraph its basis names. */
  text: z.string().min(1),
  /** The paragraph of the minutes that records the amendment. */
  basis: claimBasisSchema.optional(),
});

/** A version of the programme on its way from draft to approval. */
export const programmeVersionSchema = z.strictObject({
  /** Stage of the version. */
  stage: z.enum(['udkast', 'godkendt af rådet', 'forelagt bestyrelsen', 'godkendt af bestyrelsen']),
  /** Date of the stage. */
  date: isoDate,
  /** Id of the body concerned. */
  body: z.string().min(1),
  /** Id of the meeting where it happened (or is to happen), if any. */
  meeting: z.string().min(1).optional(),
  /** What the records say of this stage: whole sentences of the paragraph its basis names. */
  text: z.string().min(1),
  /** Where the records say the stage was reached. A stage the records only announce is not a version. */
  basis: claimBasisSchema.optional(),
});

/** The multi-year work programme. The file name is the period, e.g. "2026-2028". */
export const workProgrammeSchema = z.strictObject({
  /** Full title as the records write it. */
  title: z.string().min(1),
  /** First year of the period. */
  from: z.number().int(),
  /** Last year of the period. */
  to: z.number().int(),
  /** Id of the body that owns the programme. */
  body: z.string().min(1),
  /** Id of the matter that follows the programme across meetings. */
  matter: z.string().min(1),
  /** The focus areas. */
  areas: z.array(focusAreaSchema).min(1),
  /** Id of the decision holding the council's ranking of the areas. */
  ranking: z.string().min(1).optional(),
  /** The council's remark on the ranking, in its words. */
  rankingRemark: z.string().min(1).optional(),
  /** Amendments agreed per area. */
  amendments: z.array(amendmentSchema).default([]),
  /** Versions and their stages. */
  versions: z.array(programmeVersionSchema).default([]),
  /** Editorial notes. */
  notes: z.array(editorialNote).default([]),
});

export type WorkProgramme = z.infer<typeof workProgrammeSchema>;
export type FocusArea = z.infer<typeof focusAreaSchema>;
