import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/lib/archive-index.ts';
import { decisionFacets, groupByMeeting } from '../../src/lib/register.ts';
import { slugify } from '../../src/lib/id-names.ts';
import { smallArchive } from '../fixtures/archive.ts';

describe('slugify', () => {
  it('turns Danish kinds into stable URL segments', () => {
    expect(slugify('godkendt med ændringer')).toBe('godkendt-med-aendringer');
    expect(slugify('taget til efterretning')).toBe('taget-til-efterretning');
    expect(slugify('Ørsted på Åen')).toBe('oersted-paa-aaen');
  });
});

describe('decisionFacets', () => {
  const index = buildIndex(smallArchive());
  const facets = decisionFacets(index);
  const facet = (key: string) => facets.find((f) => f.key === key)!;
  const summary = (key: string) => facet(key).values.map((v) => [v.slug, v.path, v.decisions.map((d) => d.id)]);

  it('offers one value per year, kind, body and area that some decision has, with its decisions newest first', () => {
    expect(summary('aar')).toEqual([['2025', '/beslutninger/aar/2025/', ['d2', 'd1', 'd3']]]);
    expect(summary('type')).toEqual([
      ['godkendt', '/beslutninger/type/godkendt/', ['d3']],
      ['prioritering', '/beslutninger/type/prioritering/', ['d1']],
      ['besluttet', '/beslutninger/type/besluttet/', ['d2']],
    ]);
    // The board has no decisions: no empty filter page for it.
    expect(summary('organ')).toEqual([['raad', '/beslutninger/organ/raad/', ['d2', 'd1', 'd3']]]);
    expect(summary('omraade')).toEqual([['p-a', '/beslutninger/omraade/p-a/', ['d1']], ['p-b', '/beslutninger/omraade/p-b/', ['d1']]]);
  });

  it('groups consecutive decisions by meeting', () => {
    expect(groupByMeeting(index.decisionsNewestFirst).map((g) => [g.meetingId, g.decisions.map((d) => d.id)])).toEqual([['m2', ['d2']], ['m1', ['d1', 'd3']]]);
  });
});
