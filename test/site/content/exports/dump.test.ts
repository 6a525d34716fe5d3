import { describe, expect, it } from 'vitest';
import { dumpName } from '../../../../src/lib/exports/dump.ts';
import { indexWith } from '../../../fixtures/archive.ts';
import { contentIndex, contentArchive } from '../../../support/content.ts';


describe('the bulk download', () => {
  it('is named by the newest minutes, and a correction moves the date', () => {
    expect(dumpName(contentIndex())).toBe('raadsarkivet-2026-03-20.zip');
    const data = contentArchive();
    const m = data.meetings.find((x) => x.id === '2025-11-18')!;
    const corrected = { ...m, data: { ...m.data, corrections: [{ section: 'hoved' as const, before: 'Stavfejl', after: 'Stavefejl', date: '2026-04-02', decidedAt: { document: { title: 'E-mail fra sekretariatet', date: '2026-04-02' } } }] } };
    expect(dumpName(indexWith({}, { ...data, meetings: data.meetings.map((x) => (x === m ? corrected : x)) }))).toBe('raadsarkivet-2026-04-02.zip');
  });
});
