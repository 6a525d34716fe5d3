/** All content schemas, one per file; this index only re-exports them. */
export * from './common.ts';
export * from './organisation.ts';
export * from './body.ts';
export * from './person.ts';
export * from './meeting.ts';
export * from './decision.ts';
export * from './work-programme.ts';
export * from './matter.ts';
export * from './follow-up.ts';
export * from './provenance.ts';
export * from './status.ts';
