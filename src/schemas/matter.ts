import { z } from 'astro/zod';
import { isoDate, editorialNote } from './common.ts';

/** A figure (budget, target) that belongs to a matter, in the records' words. */
export const figureSchema = z.strictObject({
  /** What the figure is, e.g. "Afsat til etablering og udvikling af variantdatabasen". */
  label: z.string().min(1),
  /** The figure as written, e.g. "15,42 mio. kr.". */
  value: z.string().min(1),
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
  /** What happened, in the records' words. */
  text: z.string().min(1),
});

/** A matter (sag): one subject followed across meetings and bodies (OParl Paper + Consultation). */
export const matterSchema = z.strictObject({
  /** Title of the matter. */
  title: z.string().min(1),
  /** What the matter is about, in the records' words. */
  summary: z.string().min(1),
  /** Ids of organisations leading or responsible. */
  responsible: z.array(z.string().min(1)).default([]),
  /** Ids of work-programme areas the matter touches. */
  areas: z.array(z.string().min(1)).default([]),
  /** Budgets and figures. */
  figures: z.array(figureSchema).default([]),
  /** The history, oldest first. */
  events: z.array(matterEventSchema).min(1),
  /** Editorial notes. */
  notes: z.array(editorialNote).default([]),
});

export type Matter = z.infer<typeof matterSchema>;
