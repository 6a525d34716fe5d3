import { z } from 'astro/zod';
import { isoDate, editorialNote } from './common.ts';
import { claimBasisSchema } from './provenance.ts';

/** The roles a person can hold in a body. "forperson" is the council's word; the minutes also say "formand". */
export const membershipRoles = ['forperson', 'medlem', 'sekretariat', 'oplægsholder', 'gæst'] as const;

/** A person's membership of a body over a period; a person's role on a date comes from these. */
export const membershipSchema = z.strictObject({
  /** Id of the body. */
  body: z.string().min(1),
  /** The role held in the body. */
  role: z.enum(membershipRoles),
  /** Id of the organisation the person represents in the body. */
  organisation: z.string().min(1),
  /** First day of the membership; left out when the records do not say (member before the first record). */
  from: isoDate.optional(),
  /** Last day of the membership; left out while it lasts. */
  to: isoDate.optional(),
  /** Where the records give the role and the organisation represented. */
  basis: claimBasisSchema.optional(),
});

/** A person named in the records. */
export const personSchema = z.strictObject({
  /** The person's full name as the records write it most fully. */
  name: z.string().min(1),
  /**
   * Other spellings and short forms found in the records ("Lillian Ousager", "Inge Søkilde"),
   * so that text and imports can be matched to this person. The source's words stay as written.
   */
  otherNames: z.array(z.string().min(1)).default([]),
  /** Memberships of bodies; attendance is checked against these. */
  memberships: z.array(membershipSchema).default([]),
  /** Editorial notes, e.g. about spellings that differ in the source. */
  notes: z.array(editorialNote).default([]),
});

export type Membership = z.infer<typeof membershipSchema>;
export type Person = z.infer<typeof personSchema>;
