import { z } from 'astro/zod';
import { isoDate, editorialNote, slug } from './common.ts';
import { claimBasisSchema, claimBasesSchema } from './provenance.ts';

/**
 * A figure (budget, target) that belongs to a matter, as data: the number and its unit, the
 * period it covers, the wording as the records write it, and where they write it. A figure that
 * is part of another (`partOf`) is checked against it: the parts must add up to the total as
 * precisely as the total is written (src/lib/provenance-rules.ts).
 */
export const figureSchema = z.strictObject({
  /** Id within the matter, so that parts can name their total, e.g. "i-alt". */
  id: slug.optional(),
  /** What the figure is, in the archive's words, e.g. "Afsat til etablering og udvikling af variantdatabasen". */
  label: z.string().min(1),
  /** The number, e.g. 15.42 for "15,42 mio. kr.". */
  amount: z.number(),
  /** The unit as written, e.g. "mio. kr." or "genomer". */
  unit: z.string().min(1),
  /** The years the figure covers, when the records give them ("over strategiens tre år (2025-27)"). */
  period: z.strictObject({ from: z.number().int(), to: z.number().int() }).optional(),
  /** The figure exactly as written in the paragraph its basis names, e.g. "15,42 mio. kr.". */
  wording: z.string().min(1),
  /** Id of the figure (in the same matter) this one is a part of. */
  partOf: slug.optional(),
  /** Where the records give the figure. */
  basis: claimBasisSchema.optional(),
});

/** One step in a matter's history. */
export const matterEventSchema = z.strictObject({
  /** Date of the step; left out when only a meeting is known. */
  date: isoDate.optional(),
  /** Id of the body that dealt with the matter. */
  body: z.string().min(1),
  /** Id of the meeting, when the step happened (or is to happen) at one in the archive. */
  meeting: z.string().min(1).optional(),
  /** Agenda item number at that meeting. */
  item: z.number().int().positive().optional(),
  /** The records' reference, e.g. "pkt. 11/25". */
  reference: z.string().min(1).optional(),
  /** What happened, in the records' words: whole sentences of the paragraph its basis names. */
  text: z.string().min(1),
  /** Where the records say it. */
  basis: claimBasisSchema.optional(),
});

/** A matter's fields that are claims needing a basis (when filled in). */
export const matterClaims = ['responsible', 'areas'] as const;

/** A matter (sag): one subject followed across meetings and bodies (OParl Paper + Consultation). */
export const matterSchema = z.strictObject({
  /** Title of the matter. */
  title: z.string().min(1),
  /** What the matter is about: the archive's summary, shown as such (never as a quote). */
  summary: z.string().min(1),
  /** Ids of organisations leading or responsible. */
  responsible: z.array(z.string().min(1)).default([]),
  /** Ids of work-programme areas the matter touches. */
  areas: z.array(z.string().min(1)).default([]),
  /** Budgets and figures. */
  figures: z.array(figureSchema).default([]),
  /** The history, oldest first. */
  events: z.array(matterEventSchema).min(1),
  /** Where the records say who is responsible and which areas the matter touches. */
  basis: claimBasesSchema(matterClaims).optional(),
  /** Editorial notes. */
  notes: z.array(editorialNote).default([]),
});

export type Matter = z.infer<typeof matterSchema>;
