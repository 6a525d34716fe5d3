import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../src/lib/integrity.ts';
import { smallArchive, MEETING_1_BODY } from '../fixtures/archive.ts';

const check = (archive = smallArchive()) => checkIntegrity(archive, { publicDir: 'public' });

describe('integrity: Indstilling and outcome', () => {
  it('accepts the small archive', () => {
    expect(check()).toEqual([]);
  });

  it('refuses "som indstillet" where the item has no Indstilling, naming file, field and fix', () => {
    const archive = smallArchive();
    const d3 = archive.decisions.find((d) => d.id === 'd3')!;
    d3.data = { ...d3.data, outcome: 'som indstillet' };
    const problems = check(archive);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: d3.file, field: 'outcome', value: 'som indstillet' });
    expect(problems[0].fix).toMatch(/uden indstilling/);
  });

  it('refuses "uden indstilling" where the item has one', () => {
    const archive = smallArchive();
    const d1 = archive.decisions.find((d) => d.id === 'd1')!;
    d1.data = { ...d1.data, outcome: 'uden indstilling' };
    expect(check(archive).map((p) => [p.file, p.field])).toEqual([[d1.file, 'outcome']]);
  });

  it('refuses a component inside an Indstilling, with the line in the meeting file', () => {
    const archive = smallArchive();
    const m1 = archive.meetings.find((m) => m.id === 'm1')!;
    m1.body = MEETING_1_BODY.replace('at rådet godkender', 'at rådet <Note>se bilag</Note> godkender');
    m1.bodyStartLine = 30;
    const problems = check(archive);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: m1.file, line: 33, field: '<Afsnit pkt={1} type="indstilling">' });
    expect(problems[0].message).toMatch(/<Note>/);
  });
});
