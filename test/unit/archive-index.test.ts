import { describe, expect, it } from 'vitest';
import {
  buildIndex, itemKey, meetingsForPerson, followUpsForPerson, type ArchiveIndex,
} from '../../src/lib/archive-index.ts';
import { membershipCoversMeeting } from '../../src/lib/people.ts';
import { smallArchive } from '../fixtures/archive.ts';

const ids = (list: Array<{ id: string }> | undefined) => (list ?? []).map((e) => e.id);
const items = (list: ArchiveIndex['itemsByArea'] extends Map<string, infer V> ? V | undefined : never) =>
  (list ?? []).map((r) => itemKey(r.meeting.id, r.item.number));

describe('buildIndex: decisions', () => {
  const index = buildIndex(smallArchive());

  it('lists decisions newest meeting first, then by item and id', () => {
    expect(ids(index.decisionsNewestFirst)).toEqual(['d2', 'd1', 'd3']);
  });

  it('maps areas and matters to the decisions that name them, oldest first', () => {
    expect(ids(index.decisionsByArea.get('p/A'))).toEqual(['d1']);
    expect(ids(index.decisionsByArea.get('p/B'))).toEqual(['d1']);
    expect(ids(index.decisionsByMatter.get('s1'))).toEqual(['d1']);
    expect(ids(index.decisionsByMatter.get('s2'))).toEqual(['d2']);
    expect(index.decisionsByArea.has('p/C')).toBe(false);
  });

  it('takes the ranking from the decision the programme names, as data', () => {
    expect(index.rankByArea.get('p/B')).toMatchObject({ rank: 1, decision: { id: 'd1' } });
    expect(index.rankByArea.get('p/A')?.rank).toBe(2);
  });

  it("finds an item's Indstilling in the meeting's MDX, and only where there is one", () => {
    const rec = index.recommendationByItem.get(itemKey('m1', 1));
    expect(rec?.text).toBe('Det indstilles,\n\nat rådet godkender **programmet**.');
    expect(rec?.line).toBe(4);
    expect(index.recommendationByItem.has(itemKey('m1', 2))).toBe(false);
    expect(index.recommendationByItem.has(itemKey('m2', 1))).toBe(false);
  });
});

describe('buildIndex: agenda items, matters, programmes', () => {
  const index = buildIndex(smallArchive());

  it('maps areas and matters to agenda items, oldest meeting first', () => {
    expect(items(index.itemsByArea.get('p/A'))).toEqual(['m1#1']);
    expect(items(index.itemsByMatter.get('s2'))).toEqual(['m1#2', 'm2#1']);
  });

  it('maps areas and organisations to matters, and matters to their programme', () => {
    expect(ids(index.mattersByArea.get('p/B'))).toEqual(['s1']);
    expect(index.mattersByArea.has('p/A')).toBe(false);
    expect(ids(index.mattersByOrganisation.get('org-a'))).toEqual(['s1']);
    expect(ids(index.programmesByMatter.get('s1'))).toEqual(['p']);
  });

  it('groups amendments by area', () => {
    expect(index.amendmentsByArea.get('p/A')?.map((a) => a.text)).toEqual(['Ret A.']);
    expect(index.amendmentsByArea.has('p/B')).toBe(false);
  });
});

describe('buildIndex: follow-ups', () => {
  const index = buildIndex(smallArchive());

  it('reaches areas through the agenda item and through the decision', () => {
    // f1: item m1#1 names A, its decision d1 names A and B. f4: same item, no decision.
    expect(index.areasByFollowUp.get('f1')).toEqual(['p/A', 'p/B']);
    expect(index.areasByFollowUp.get('f4')).toEqual(['p/A']);
    expect(index.areasByFollowUp.get('f2')).toEqual([]);
    expect(ids(index.followUpsByArea.get('p/B'))).toEqual(['f1']);
  });

  it('belongs to its own matters and to its decision\'s', () => {
    expect(index.mattersByFollowUp.get('f1')).toEqual(['s1']);
    expect(index.mattersByFollowUp.get('f3')).toEqual(['s2']);
    expect(ids(index.followUpsByMatter.get('s2'))).toEqual(['f2', 'f3']);
  });

  it('keeps both directions in step', () => {
    for (const [areaId, list] of index.followUpsByArea) for (const f of list) expect(index.areasByFollowUp.get(f.id)).toContain(areaId);
    for (const [fid, areas] of index.areasByFollowUp) for (const a of areas) expect(ids(index.followUpsByArea.get(a))).toContain(fid);
    for (const [matterId, list] of index.followUpsByMatter) for (const f of list) expect(index.mattersByFollowUp.get(f.id)).toContain(matterId);
    for (const [fid, matters] of index.mattersByFollowUp) for (const m of matters) expect(ids(index.followUpsByMatter.get(m))).toContain(fid);
  });
});

describe('people', () => {
  const index = buildIndex(smallArchive());

  it('lists attendance at held meetings of their bodies, including where the list does not name them', () => {
    expect(meetingsForPerson(index, 'chair').map((r) => [r.meeting.id, r.status])).toEqual([['m1', 'present'], ['m2', 'present']]);
    expect(meetingsForPerson(index, 'sec').map((r) => [r.meeting.id, r.status])).toEqual([['m1', 'secretariat'], ['m2', 'notListed']]);
  });

  it('leaves out meetings after a membership ended, and planned meetings', () => {
    expect(meetingsForPerson(index, 'left').map((r) => [r.meeting.id, r.status])).toEqual([['m1', 'absent']]);
  });

  it('finds follow-ups owned directly and through body, secretariat and organisation, each route once', () => {
    const owned = (id: string) => followUpsForPerson(index, id).map((o) => [o.followUp.id, o.via.map((v) => `${v.type}:${v.id}`)]);
    expect(owned('chair')).toEqual([['f1', ['person:chair']], ['f3', ['body:raad']]]);
    expect(owned('sec')).toEqual([['f2', ['secretariat:raad']], ['f4', ['person:sec', 'organisation:org-b']]]);
    // Carl left the council on 1 February 2025: f3 (agreed 1 March) is not his; f4 (10 January, Org B) is.
    expect(owned('left')).toEqual([['f4', ['organisation:org-b']]]);
  });

  it('counts a meeting known only by week as covered when the membership overlaps its year', () => {
    const m3 = index.meetings.get('m3')!.data;
    expect(membershipCoversMeeting({ body: 'raad', role: 'medlem', organisation: 'org-a', to: '2025-12-31' }, m3)).toBe(false);
    expect(membershipCoversMeeting({ body: 'raad', role: 'medlem', organisation: 'org-a', from: '2026-06-01' }, m3)).toBe(true);
  });
});
