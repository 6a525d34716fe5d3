import { describe, expect, it } from 'vitest';
import { dueDateOf, deadlinePassed, buildDate } from '../../src/lib/follow-ups.ts';
import { followUpSchema, type FollowUp } from '../../src/schemas/index.ts';

const opened = { status: 'åben', date: '2025-11-18', source: { meeting: 'm', item: 1, section: 'referat' } };
/** A follow-up, open from 18 November 2025 unless `statusHistory` says otherwise. */
const f = (extra: Record<string, unknown>): FollowUp => followUpSchema.parse({ text: 'x', meeting: 'm', item: 1, source: 'referat', statusHistory: [opened], ...extra });
const dates: Record<string, string> = { bestyrelsen: '2025-12-12' };
const meetingDate = (id: string) => dates[id];

describe('due dates', () => {
  it('takes the own due date first, else the due meeting\'s date, else none', () => {
    expect(dueDateOf(f({ dueDate: '2025-11-21', dueMeeting: 'bestyrelsen' }), meetingDate)).toBe('2025-11-21');
    expect(dueDateOf(f({ dueMeeting: 'bestyrelsen' }), meetingDate)).toBe('2025-12-12');
    expect(dueDateOf(f({ dueMeeting: 'uge-5' }), meetingDate)).toBeUndefined();
    expect(dueDateOf(f({}), meetingDate)).toBeUndefined();
  });
});

describe('deadlinePassed (the register\'s dated, neutral remark)', () => {
  it('holds only when the latest status is open and the due date lies before the build date', () => {
    expect(deadlinePassed(f({}), '2025-12-12', '2025-12-13')).toBe(true);
    expect(deadlinePassed(f({}), '2025-12-12', '2025-12-12')).toBe(false);
    expect(deadlinePassed(f({}), '2025-12-12', '2025-12-11')).toBe(false);
  });

  it('never holds when closed, of unknown status, or without a due date', () => {
    expect(deadlinePassed(f({ statusHistory: [opened, { status: 'udført', date: '2025-12-01', source: { document: { title: 'E-mail fra sekretariatet', date: '2025-12-01' } } }] }), '2025-12-12', '2026-01-01')).toBe(false);
    expect(deadlinePassed(f({ statusHistory: [opened, { status: 'bortfaldet', date: '2025-12-12', source: { meeting: 'bestyrelsen' } }] }), '2025-12-12', '2026-01-01')).toBe(false);
    expect(deadlinePassed(f({ statusHistory: [] }), '2025-12-12', '2026-01-01')).toBe(false);
    expect(deadlinePassed(f({}), undefined, '2026-01-01')).toBe(false);
  });
});

describe('buildDate', () => {
  it('uses BUILD_DATE when set, else today (UTC), and refuses a bad date', () => {
    expect(buildDate({ BUILD_DATE: '2025-12-01' })).toBe('2025-12-01');
    expect(buildDate({}, new Date('2026-03-04T23:30:00Z'))).toBe('2026-03-04');
    expect(() => buildDate({ BUILD_DATE: '2025-02-30' })).toThrow(/BUILD_DATE="2025-02-30"/);
  });
});
