import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/lib/archive-index.ts';
import { hasMinutes, meetingYear } from '../../src/lib/meetings.ts';
import { bodySchema, organisationSchema, personSchema, workProgrammeSchema, meetingSchema } from '../../src/schemas/index.ts';
import { smallArchive } from '../fixtures/archive.ts';

/** The relations the index holds so that pages never scan the entry lists (docs/code-map.md). */
const ids = (list: Array<{ id: string }> | undefined) => (list ?? []).map((e) => e.id);

function archiveWithRelations() {
  const data = smallArchive();
  const raad = data.bodies.find((b) => b.id === 'raad')!;
  raad.data = bodySchema.parse({ ...raad.data, reportsTo: 'board', organisation: 'org-a' });
  const orgB = data.organisations.find((o) => o.id === 'org-b')!;
  orgB.data = organisationSchema.parse({
    ...orgB.data, partOf: 'org-a',
    history: [{ date: '2025-01-01', event: 'indgår i', organisation: 'org-a', source: { meeting: 'm1', section: 'hoved' } }],
  });
  // Names whose order tells Danish collation (Ø before Å, both after Z) from code points (Å before
  // Ø) and from the root collation (Å with A): the chair's sorts last, so "chair first" shows.
  const chair = data.people.find((x) => x.id === 'chair')!;
  chair.data = personSchema.parse({ ...chair.data, name: 'Åse Formand' });
  data.people.push({ ...chair, id: 'oejvind', file: 'content/personer/oejvind.yaml', data: personSchema.parse({ name: 'Øjvind Medlem', memberships: [{ body: 'raad', role: 'medlem', organisation: 'org-b' }] }) });
  const p = data.programmes[0];
  data.programmes.push({ ...p, id: 'q', file: 'content/arbejdsprogram/q.mdx', data: workProgrammeSchema.parse({ ...p.data, title: 'Næste', from: 2029, to: 2031, ranking: undefined, amendments: [] }) });
  return data;
}

describe('the index: relations pages used to work out themselves', () => {
  const index = buildIndex(archiveWithRelations());

  it('meetings by year (newest year first, each year oldest first) and by body', () => {
    expect([...index.meetingsByYear.keys()]).toEqual([2026, 2025]);
    expect(ids(index.meetingsByYear.get(2025))).toEqual(['m1', 'm2']);
    expect(ids(index.meetingsByYear.get(2026))).toEqual(['m3']);
    expect(ids(index.meetingsByBody.get('raad'))).toEqual(['m1', 'm2', 'm3']);
    expect(index.meetingsByBody.get('board')).toBeUndefined();
  });

  it('the latest minutes: the newest meeting with a publication (m2 has none)', () => {
    expect(index.latestMinutes?.id).toBe('m1');
  });

  it("a body's memberships, chair first and then by name; an organisation's, by name", () => {
    const names = (list: typeof index.membershipsByBody extends Map<string, infer V> ? V | undefined : never) =>
      (list ?? []).map((r) => `${r.person.data.name}/${r.membership.role}`);
    expect(names(index.membershipsByBody.get('raad'))).toEqual(['Åse Formand/forperson', 'Bo Sekretær/sekretariat', 'Carl Tidligere/medlem', 'Øjvind Medlem/medlem']);
    expect(names(index.membershipsByOrganisation.get('org-b'))).toEqual(['Bo Sekretær/sekretariat', 'Carl Tidligere/medlem', 'Øjvind Medlem/medlem']);
  });

  it('bodies reporting to a body, bodies under an organisation, parts of an organisation', () => {
    expect(ids(index.bodiesReportingTo.get('board'))).toEqual(['raad']);
    expect(ids(index.bodiesByOrganisation.get('org-a'))).toEqual(['raad']);
    expect(ids(index.organisationParts.get('org-a'))).toEqual(['org-b']);
    expect(index.organisationParts.get('org-b')).toBeUndefined();
  });

  it("events in other organisations' histories that name an organisation", () => {
    expect((index.historyNaming.get('org-a') ?? []).map((r) => `${r.organisation.id}: ${r.event.event}`)).toEqual(['org-b: indgår i']);
    expect(index.historyNaming.get('org-b')).toBeUndefined();
  });

  it('follow-ups by current status, by id', () => {
    expect(ids(index.followUpsByStatus.get('åben'))).toEqual(['f1', 'f2', 'f3', 'f4']);
    expect(index.followUpsByStatus.get('udført')).toBeUndefined();
  });

  it('the current work programme is the newest approved one (else the newest), not one named in the code', () => {
    expect(index.currentProgramme?.id).toBe('q');
    const data = archiveWithRelations();
    const approval = { stage: 'godkendt af rådet', date: '2025-01-10', body: 'raad', meeting: 'm1', text: 'Godkendt.' };
    const p = data.programmes.find((x) => x.id === 'p')!;
    p.data = workProgrammeSchema.parse({ ...p.data, versions: [approval] });
    // q (2029–2031) is newer but no record approves it: the menu stays with p.
    expect(buildIndex(data).currentProgramme?.id).toBe('p');
  });

  it('lists sorted by name the Danish way', () => {
    expect(index.peopleByName.map((p) => p.data.name)).toEqual(['Bo Sekretær', 'Carl Tidligere', 'Øjvind Medlem', 'Åse Formand']);
    expect(ids(index.mattersByTitle)).toEqual(['s1', 's2']);
    expect(ids(index.bodiesByName)).toEqual(['board', 'raad']);
  });
});

describe('meeting facts', () => {
  const meeting = (data: Record<string, unknown>) => meetingSchema.parse({ body: 'raad', title: 'M', agenda: [], ...data });
  const publication = { documentType: 'NOTAT', publisher: 'org-a', documentDate: '2025-01-20', caseNumber: 'EMN-2025-00001', documentNumber: '1', namedInHeader: 'sec' };

  it('a meeting has minutes when the archive holds them, whatever its status says (unknown included)', () => {
    expect(hasMinutes(meeting({ date: '2025-01-10', publication }))).toBe(true);
    expect(hasMinutes(meeting({ date: '2025-01-10' }))).toBe(false);
  });

  it("a meeting's year comes from its date, or from the week or month the records give", () => {
    expect(meetingYear(meeting({ date: '2025-01-10' }))).toBe(2025);
    expect(meetingYear(meeting({ approximately: { year: 2026, week: 5, text: 'uge 5' } }))).toBe(2026);
  });
});
