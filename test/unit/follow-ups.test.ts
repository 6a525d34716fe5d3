import { describe, expect, it } from 'vitest';
import { dueDateOf, isOverdue, buildDate } from '../../src/lib/follow-ups.ts';
import { followUpSchema, type FollowUp } from '../../src/schemas/index.ts';

const f = (extra: Partial<FollowUp>): FollowUp => followUpSchema.parse({ text: 'x', meeting: 'm', item: 1, source: 'referat', ...extra });
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

describe('isOverdue (past due on the build date)', () => {
  it('is late only when open and the due date lies before the build date', () => {
    expect(isOverdue(f({}), '2025-12-12', '2025-12-13')).toBe(true);
    expect(isOverdue(f({}), '2025-12-12', '2025-12-12')).toBe(false);
    expect(isOverdue(f({}), '2025-12-12', '2025-12-11')).toBe(false);
  });

  it('is never late when closed or without a due date', () => {
    expect(isOverdue(f({ status: 'udført', closedAt: 'x' }), '2025-12-12', '2026-01-01')).toBe(false);
    expect(isOverdue(f({ status: 'bortfaldet', closedAt: 'x' }), '2025-12-12', '2026-01-01')).toBe(false);
    expect(isOverdue(f({}), undefined, '2026-01-01')).toBe(false);
  });
});

describe('buildDate', () => {
  it('uses BUILD_DATE when set, else today (UTC), and refuses a bad date', () => {
    expect(buildDate({ BUILD_DATE: '2025-12-01' })).toBe('2025-12-01');
    expect(buildDate({}, new Date('2026-03-04T23:30:00Z'))).toBe('2026-03-04');
    expect(() => buildDate({ BUILD_DATE: '2025-02-30' })).toThrow(/BUILD_DATE="2025-02-30"/);
  });
});
