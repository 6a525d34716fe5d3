import { z } from 'astro/zod';
import { isoDate, editorialNote } from './common.ts';
import { claimBasisSchema } from './provenance.ts';
import { statusHistorySchema, followUpStatuses, currentStatus } from './status.ts';

/** Who owns a follow-up: a person, a body, an organisation, or a body's secretariat. */
export const ownerSchema = z.strictObject({
  /** What kind of owner the id names. */
  type: z.enum(['person', 'body', 'organisation', 'secretariat']),
  /** Id of the person, body or organisation (for "secretariat": the body whose secretariat). */
  id: z.string().min(1),
  /** Where the records name this owner, or why the archive reads them as the owner. */
  basis: claimBasisSchema.optional(),
});

/** A follow-up (opfølgning): an action from Videre proces or from a decision. */
export const followUpSchema = z.strictObject({
  /** What is to be done, in the records' words. */
  text: z.string().min(1),
  /** Who is to do it; empty when the records do not say. */
  owners: z.array(ownerSchema).default([]),
  /** Id of the meeting where the follow-up was agreed. */
  meeting: z.string().min(1),
  /** Agenda item number. */
  item: z.number().int().positive(),
  /** Which section it comes from. */
  source: z.enum(['videre proces', 'referat']),
  /** Id of the decision it follows from, if any. */
  decision: z.string().min(1).optional(),
  /** Due date, when the records give one. */
  dueDate: isoDate.optional(),
  /** Id of the meeting it is due at, when the records name one. */
  dueMeeting: z.string().min(1).optional(),
  /**
   * Åben (open), udført (done) or bortfaldet (dropped), each dated and sourced, oldest first. A
   * follow-up is closed by whatever record says so: a later meeting's minutes, or an outside
   * document (an e-mail, the board's minutes). Empty: the status is "ukendt".
   */
  statusHistory: statusHistorySchema(followUpStatuses),
  /** Ids of matters it belongs to. */
  matters: z.array(z.string().min(1)).default([]),
  /** Editorial notes. */
  notes: z.array(editorialNote).default([]),
}).transform((f) => ({ ...f, status: currentStatus(f.statusHistory) }));

export type FollowUp = z.infer<typeof followUpSchema>;
export type Owner = z.infer<typeof ownerSchema>;
