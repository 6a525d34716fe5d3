import { describe, it, expect } from 'vitest';
import { claimBasisSchema, sourceRefSchema } from '../../src/schemas/provenance.ts';
import { describeSource, isEditorial } from '../../src/lib/provenance.ts';

const dates: Record<string, string> = { 'm-1': '2030-03-04' };
const meetingDate = (id: string) => dates[id];

describe('claim basis schema', () => {
  it('takes a source or an editorial reason, never both or neither', () => {
    expect(claimBasisSchema.safeParse({ source: { meeting: 'm-1', item: 2 } }).success).toBe(true);
    expect(claimBasisSchema.safeParse({ editorial: 'Arkivets læsning af pkt. 2.' }).success).toBe(true);
    expect(claimBasisSchema.safeParse({}).success).toBe(false);
    expect(claimBasisSchema.safeParse({ source: { meeting: 'm-1' }, editorial: 'x' }).success).toBe(false);
    expect(claimBasisSchema.safeParse({ editorial: '' }).success).toBe(false);
  });

  it('a source names one document, and a paragraph only within a section', () => {
    expect(sourceRefSchema.safeParse({}).success).toBe(false);
    expect(sourceRefSchema.safeParse({ meeting: 'm-1', document: { title: 'E-mail', date: '2030-01-02' } }).success).toBe(false);
    expect(sourceRefSchema.safeParse({ meeting: 'm-1', item: 2, paragraph: 3 }).success).toBe(false);
    expect(sourceRefSchema.safeParse({ document: { title: 'E-mail', date: '2030-01-02' }, item: 2 }).success).toBe(false);
    expect(sourceRefSchema.safeParse({ document: { title: 'E-mail', date: '2030-01-02', url: 'javascript:alert(1)' } }).success).toBe(false);
  });
});

describe('describeSource', () => {
  it('names the minutes by date and links to the paragraph', () => {
    expect(describeSource({ meeting: 'm-1', item: 2, section: 'referat', paragraph: 5 }, meetingDate)).toEqual({
      text: 'referatet af 4. marts 2030, pkt. 2, Referat, afsnit 5',
      path: '/moeder/m-1/#punkt-2-referat-5',
    });
  });

  it('links to the narrowest part it names', () => {
    expect(describeSource({ meeting: 'm-1', item: 3 }, meetingDate).path).toBe('/moeder/m-1/#punkt-3');
    expect(describeSource({ meeting: 'm-1', item: 3, section: 'videre-proces' }, meetingDate).path).toBe('/moeder/m-1/#punkt-3-videre-proces');
    expect(describeSource({ meeting: 'm-1', section: 'hoved', paragraph: 2 }, meetingDate).path).toBe('/moeder/m-1/#hoved-2');
    expect(describeSource({ meeting: 'm-2' }, meetingDate)).toEqual({ text: 'referatet af mødet m-2', path: '/moeder/m-2/' });
  });

  it('describes an outside document by title, date and its own reference', () => {
    expect(describeSource({ document: { title: 'Bestyrelsens referat', date: '2030-05-06', reference: 'pkt. 9/30', url: 'https://example.org/r' } }, meetingDate))
      .toEqual({ text: 'Bestyrelsens referat (6. maj 2030), pkt. 9/30', url: 'https://example.org/r' });
  });

  it('tells an editorial reading from a sourced claim', () => {
    expect(isEditorial({ editorial: 'Arkivets læsning.' })).toBe(true);
    expect(isEditorial({ source: { meeting: 'm-1' } })).toBe(false);
  });
});
