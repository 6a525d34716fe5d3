import { describe, expect, it } from 'vitest';
import {
  statusLabel, roleLabel, sourceSectionLabel, followUpSourceLabel, decisionKindLabel, outcomeLabel,
  stageLabel, organisationClassificationLabel, organisationEventLabel, organisationEventSeenFromOtherLabel, bodyClassificationLabel, meetingFormLabel, capitalise,
} from '../../src/lib/vocabulary.ts';
import {
  decisionKinds, membershipRoles, organisationEventKinds, sourceSections, followUpStatuses, meetingStatuses, UNKNOWN_STATUS,
  decisionSchema, followUpSchema, organisationSchema, bodySchema, meetingSchema, programmeVersionSchema,
} from '../../src/schemas/index.ts';

/**
 * The types already refuse a table without a word for every enum value; this also refuses a word
 * for a value the schema no longer has, and an empty word.
 */
const optionsOf = (schema: unknown): string[] => {
  // zod 4: a ZodEnum has .options; an optional one wraps it.
  const s = schema as { options?: string[]; unwrap?: () => unknown };
  return s.options ?? (s.unwrap ? optionsOf(s.unwrap()) : []);
};
const shape = (schema: unknown): Record<string, unknown> => {
  const s = schema as { shape?: Record<string, unknown>; in?: unknown; def?: { in?: unknown } };
  return s.shape ?? shape(s.in ?? s.def?.in);
};

describe('the vocabulary', () => {
  const cases: Array<[string, Record<string, unknown>, readonly string[]]> = [
    ['status', statusLabel, [...meetingStatuses, ...followUpStatuses, UNKNOWN_STATUS]],
    ['role', roleLabel, membershipRoles],
    ['source section', sourceSectionLabel, sourceSections],
    ['follow-up source', followUpSourceLabel, optionsOf(shape(followUpSchema).source)],
    ['decision kind', decisionKindLabel, decisionKinds],
    ['outcome', outcomeLabel, optionsOf(shape(decisionSchema).outcome)],
    ['stage', stageLabel, optionsOf(shape(programmeVersionSchema).stage)],
    ['organisation classification', organisationClassificationLabel, optionsOf(shape(organisationSchema).classification)],
    ['body classification', bodyClassificationLabel, optionsOf(shape(bodySchema).classification)],
    ['meeting form', meetingFormLabel, optionsOf(shape(meetingSchema).form)],
    ['organisation event', organisationEventLabel, organisationEventKinds],
    ['organisation event seen from the other', organisationEventSeenFromOtherLabel, organisationEventKinds],
  ];
  it.each(cases)('has exactly one non-empty word for each %s the schema allows', (_name, table, values) => {
    expect(values.length).toBeGreaterThan(0);
    expect(Object.keys(table).sort()).toEqual([...values].sort());
    for (const word of Object.values(table)) expect(typeof word === 'function' || (typeof word === 'string' && word.trim() !== '')).toBe(true);
  });

  it('capitalises the first letter only, Danish letters included', () => {
    expect(capitalise('åben')).toBe('Åben');
    expect(capitalise('taget til efterretning')).toBe('Taget til efterretning');
  });
});
