import { z } from 'astro/zod';
import { editorialNote } from './common.ts';
import { claimBasesSchema } from './provenance.ts';

/** The kinds of decision the council records. */
export const decisionKinds = ['godkendt', 'godkendt med ændringer', 'taget til efterretning', 'prioritering', 'besluttet'] as const;

/** One place in a prioritised list: rank → work-programme area. */
export const priorityEntrySchema = z.strictObject({
  /** 1 is the highest priority. */
  rank: z.number().int().positive(),
  /** Id of the area, e.g. "2026-2028/D". */
  area: z.string().min(1),
});

/** A decision's fields that are claims needing a basis (when filled in). */
export const decisionClaims = ['kind', 'outcome', 'areas', 'priorities'] as const;

/**
 * A decision: a first-class, citable entry. The file name is its permanent id
 * (e.g. "2025-11-18-2a"); the MDX body holds the decision's text in the minutes' own words.
 */
export const decisionSchema = z.strictObject({
  /** Id of the meeting where the decision was made. */
  meeting: z.string().min(1),
  /** Number of the agenda item. */
  item: z.number().int().positive(),
  /** Short title for lists and feeds. */
  title: z.string().min(1),
  /** What kind of decision it is. */
  kind: z.enum(decisionKinds),
  /** How the outcome compares with the item's recommendation (Indstilling). */
  outcome: z.enum(['som indstillet', 'med ændringer', 'uden indstilling']),
  /** Ids of work-programme areas the decision touches. */
  areas: z.array(z.string().min(1)).default([]),
  /** Ids of matters the decision belongs to. */
  matters: z.array(z.string().min(1)).default([]),
  /** For a prioritisation: the ranked list, as data. */
  priorities: z.array(priorityEntrySchema).optional(),
  /** Where the records give the decision's kind, outcome, areas and ranking. */
  basis: claimBasesSchema(decisionClaims).optional(),
  /** Editorial notes. */
  notes: z.array(editorialNote).default([]),
  /** A draft decision is never published. */
  draft: z.boolean().default(false),
});

export type Decision = z.infer<typeof decisionSchema>;
