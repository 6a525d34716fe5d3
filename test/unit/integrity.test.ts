import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkIntegrity } from '../../src/lib/integrity.ts';
import { checkPublishing } from '../../src/lib/publishing-rules.ts';
import { validateEntries } from '../../src/lib/validate.ts';
import { parseEntry, type RawEntry } from '../../src/lib/content-source.ts';
import type { Problem } from '../../src/lib/problems.ts';
import { validArchive } from '../fixtures/archive.ts';
import { tempFolders } from '../support/temp.ts';

const temp = tempFolders();

const emptyPublic = temp('raadsarkiv-public-');
const check = (archive = validArchive(), publicDir = emptyPublic) => checkIntegrity(archive, { publicDir });

/** Exactly one problem, with the given file, field and value, whose message and fix contain the given words. */
function expectOne(problems: Problem[], expected: { file: string; field: string; value?: unknown; message: string; fix: string }) {
  expect(problems, JSON.stringify(problems, null, 2)).toHaveLength(1);
  const [p] = problems;
  expect(p.file).toBe(expected.file);
  expect(p.field).toBe(expected.field);
  if ('value' in expected) expect(p.value).toEqual(expected.value);
  expect(p.message).toContain(expected.message);
  expect(p.fix).toContain(expected.fix);
}

describe('integrity rules', () => {
  it('accepts the valid fixture archive', () => {
    expect(check()).toEqual([]);
  });

  it('rejects an unknown person and suggests the valid ones', () => {
    const a = validArchive();
    a.meetings[0].data.agenda[0].presenters = ['ana'];
    expectOne(check(a), {
      file: 'content/moeder/2025-06-01/moede.mdx', field: 'agenda[0].presenters[0]', value: 'ana',
      message: 'ukendt person: der findes ingen person med id "ana"', fix: 'Gyldige værdier: anna, bo.',
    });
  });

  it('suggests the nearest match when there are many valid ids', () => {
    const a = validArchive();
    for (let i = 0; i < 10; i++) a.people.push({ ...a.people[1], id: `person-${i}`, file: `content/personer/person-${i}.yaml` });
    a.meetings[0].data.agenda[0].presenters = ['annna'];
    const [p] = check(a);
    expect(p.fix).toMatch(/^Mente du: anna,/);
  });

  it('rejects an unknown organisation', () => {
    const a = validArchive();
    a.people[0].data.memberships[0].organisation = 'region-x';
    expectOne(check(a), { file: 'content/personer/anna.yaml', field: 'memberships[0].organisation', value: 'region-x', message: 'ukendt organisation', fix: 'danske-regioner, region-a' });
  });

  it('rejects an unknown body', () => {
    const a = validArchive();
    a.bodies[0].data.reportsTo = 'bestyrelsen';
    expectOne(check(a), { file: 'content/organer/raadet.yaml', field: 'reportsTo', value: 'bestyrelsen', message: 'ukendt organ', fix: 'raadet' });
  });

  it('rejects an unknown focus area', () => {
    const a = validArchive();
    a.decisions[0].data.areas = ['2026-2028/G'];
    expectOne(check(a), { file: 'content/moeder/2025-06-01/beslutninger/2025-06-01-2.mdx', field: 'areas[0]', value: '2026-2028/G', message: 'ukendt indsatsområde', fix: '2026-2028/A, 2026-2028/B' });
  });

  it('rejects an unknown matter', () => {
    const a = validArchive();
    a.followUps[0].data.matters = ['programmmet'];
    expectOne(check(a), { file: 'content/moeder/2025-06-01/opfoelgning/2025-06-01-2-a.yaml', field: 'matters[0]', value: 'programmmet', message: 'ukendt sag', fix: 'programmet' });
  });

  it('rejects an unknown meeting', () => {
    const a = validArchive();
    a.followUps[0].data.dueMeeting = '2025-07-01';
    expectOne(check(a), { file: 'content/moeder/2025-06-01/opfoelgning/2025-06-01-2-a.yaml', field: 'dueMeeting', value: '2025-07-01', message: 'ukendt møde', fix: '2025-06-01' });
  });

  it('rejects an unknown decision', () => {
    const a = validArchive();
    a.programmes[0].data.ranking = '2025-06-01-9';
    expectOne(check(a), { file: 'content/arbejdsprogram/2026-2028.mdx', field: 'ranking', value: '2025-06-01-9', message: 'ukendt beslutning', fix: '2025-06-01-2' });
  });

  it('rejects a duplicate id and names the first file', () => {
    const a = validArchive();
    a.decisions.push({ ...a.decisions[0], file: 'content/moeder/2025-07-01/beslutninger/2025-06-01-2.mdx' });
    const problems = check(a).filter((p) => p.field === '(id fra filnavnet)');
    expectOne(problems, {
      file: 'content/moeder/2025-07-01/beslutninger/2025-06-01-2.mdx', field: '(id fra filnavnet)', value: '2025-06-01-2',
      message: 'findes allerede i content/moeder/2025-06-01/beslutninger/2025-06-01-2.mdx', fix: 'Giv filen et navn',
    });
  });

  it('rejects a decision whose meeting does not exist', () => {
    const a = validArchive();
    a.decisions[0].data.meeting = '2025-06-02';
    const problems = check(a);
    expect(problems.map((p) => p.field)).toContain('meeting');
    const p = problems.find((x) => x.field === 'meeting')!;
    expect(p.message).toContain('ukendt møde: der findes intet møde med id "2025-06-02"');
    expect(p.fix).toContain('2025-06-01');
  });

  it('rejects a decision whose agenda item does not exist', () => {
    const a = validArchive();
    a.decisions[0].data.item = 5;
    expectOne(check(a), { file: 'content/moeder/2025-06-01/beslutninger/2025-06-01-2.mdx', field: 'item', value: 5, message: 'mødet 2025-06-01 har intet dagsordenspunkt nr. 5', fix: 'Gyldige punkter: 1, 2.' });
  });

  it('rejects attendance by someone who is not a member of the body on that date', () => {
    const a = validArchive();
    a.people[1].data.memberships[0].to = '2025-05-31';
    expectOne(check(a), {
      file: 'content/moeder/2025-06-01/moede.mdx', field: 'attendance.secretariat[0].person', value: 'bo',
      message: 'Bo Berg er ikke medlem af raadet den 2025-06-01', fix: 'attendance.guests',
    });
  });

  it('accepts a non-member listed as a guest', () => {
    const a = validArchive();
    const bo = a.meetings[0].data.attendance!.secretariat.pop()!;
    a.people[1].data.memberships = [];
    a.meetings[0].data.attendance!.guests.push(bo);
    expect(check(a)).toEqual([]);
  });

  it('rejects a missing attachment file and accepts one that exists', () => {
    const a = validArchive();
    a.meetings[0].data.agenda[1].attachments[0].file = 'bilag/2025-06-01/bilag-1.pdf';
    expectOne(check(a), { file: 'content/moeder/2025-06-01/moede.mdx', field: 'agenda[1].attachments[0].file', value: 'bilag/2025-06-01/bilag-1.pdf', message: 'bilagsfilen findes ikke: public/bilag/2025-06-01/bilag-1.pdf', fix: 'Læg filen i public/' });
    const pub = temp('raadsarkiv-public-');
    mkdirSync(join(pub, 'bilag/2025-06-01'), { recursive: true });
    writeFileSync(join(pub, 'bilag/2025-06-01/bilag-1.pdf'), '%PDF-1.4');
    expect(check(a, pub)).toEqual([]);
  });

  it('rejects an agenda item with no section in the minutes, and a section for no item', () => {
    const a = validArchive();
    a.meetings[0].body = '<Punkt nr={1} titel="Velkomst"></Punkt>\n\n<Punkt nr={3} titel="Andet"></Punkt>\n';
    const problems = check(a).filter((p) => p.field !== 'outcome');
    expect(problems).toHaveLength(2);
    const orphan = problems.find((p) => p.value === 3)!;
    expect(orphan).toMatchObject({ field: '<Punkt nr>', line: 22 });
    expect(orphan.message).toContain('punkt 3, som ikke står på dagsordenen');
    const missing = problems.find((p) => p.value === 2)!;
    expect(missing.message).toContain('punkt 2 har intet afsnit');
  });

  it('rejects a section whose pkt differs from its enclosing item (publishing rules)', () => {
    const a = validArchive();
    a.meetings[0].body = '<Punkt nr={1} titel="Velkomst"></Punkt>\n\n<Punkt nr={2} titel="Arbejdsprogram">\n<Afsnit pkt={2} type="indstilling">\nDet indstilles.\n</Afsnit>\n<Afsnit pkt={1} type="referat">\nTekst\n</Afsnit>\n</Punkt>\n';
    expect(check(a)).toEqual([]);
    expectOne(checkPublishing(a), { file: 'content/moeder/2025-06-01/moede.mdx', field: '<Afsnit pkt>', value: 1, message: '<Afsnit pkt={1}> står i punkt 2', fix: 'pkt={2}' });
  });

  it('rejects a meeting that ends before it starts', () => {
    const a = validArchive();
    a.meetings[0].data.end = '09:00';
    expectOne(check(a), { file: 'content/moeder/2025-06-01/moede.mdx', field: 'end', value: '09:00', message: 'slutter (09:00) før det begynder (10:00)', fix: 'Ret start eller end' });
  });

  it('rejects a held meeting without a date', () => {
    const a = validArchive();
    a.meetings[0].data.date = undefined;
    a.meetings[0].data.approximately = { year: 2025, week: 22, text: 'uge 22' };
    expectOne(check(a), { file: 'content/moeder/2025-06-01/moede.mdx', field: 'statusHistory[0].status', value: 'afholdt', message: 'skal have en dato', fix: 'date' });
  });
});

describe('schema rules (dates, times, fields)', () => {
  const raw = (collection: RawEntry['collection'], file: string, text: string, format: 'yaml' | 'mdx'): RawEntry => {
    const parsed = parseEntry(text, file, format);
    if ('message' in parsed) throw new Error(parsed.message);
    return { collection, id: 'x', file, ...parsed };
  };
  const meeting = (extra: string) => raw('meetings', 'content/moeder/x/moede.mdx',
    `---\nbody: raadet\ntitle: Møde\nstatusHistory: []\n${extra}\n---\n`, 'mdx');

  it('rejects an impossible date with its line number', () => {
    const { problems } = validateEntries([meeting('date: "2025-02-30"')]);
    expect(problems).toEqual([expect.objectContaining({
      file: 'content/moeder/x/moede.mdx', line: 5, field: 'date', value: '2025-02-30',
      message: 'datoen 2025-02-30 findes ikke i kalenderen', fix: 'Ret datoen til en dag, der findes, skrevet ÅÅÅÅ-MM-DD.',
    })]);
  });

  it('rejects a date written the Danish way', () => {
    const { problems } = validateEntries([meeting('date: "18-11-2025"')]);
    expect(problems[0]).toMatchObject({ field: 'date', value: '18-11-2025' });
  });

  it('rejects an invalid time', () => {
    const { problems } = validateEntries([meeting('date: "2025-11-18"\nstart: "25:00"')]);
    expect(problems).toEqual([expect.objectContaining({ line: 6, field: 'start', value: '25:00', message: 'skal være et klokkeslæt skrevet TT:MM, fx 10:00' })]);
  });

  it('rejects an invalid enum value and lists the valid ones', () => {
    const { problems } = validateEntries([meeting('date: "2025-11-18"\nform: hybrid')]);
    expect(problems[0]).toMatchObject({ field: 'form', value: 'hybrid', message: 'ugyldig værdi "hybrid"', fix: 'Brug en af: virtuelt, fysisk.' });
  });

  it('rejects a misspelt field name instead of ignoring it', () => {
    const { problems } = validateEntries([meeting('date: "2025-11-18"\nloaction: Aarhus')]);
    expect(problems[0]).toMatchObject({ line: 6, field: 'loaction', message: 'ukendt felt "loaction"' });
    expect(problems[0].fix).toContain('Mente du "location"?');
  });

  it('accepts a date that YAML turned into a Date object', () => {
    const { problems, archive } = validateEntries([{ ...meeting(''), data: { body: 'raadet', title: 'M', statusHistory: [], date: new Date('2025-11-18T00:00:00Z') } }]);
    expect(problems).toEqual([]);
    expect(archive.meetings[0].data.date).toBe('2025-11-18');
  });

  it('reports a YAML syntax error with file and line', () => {
    const parsed = parseEntry('name: Anna\nmemberships:\n  - body: raadet\n   role: medlem\n', 'content/personer/anna.yaml', 'yaml');
    expect(parsed).toMatchObject({ file: 'content/personer/anna.yaml', field: '(YAML)' });
    expect((parsed as Problem).message).toContain('YAML-fejl');
    expect((parsed as Problem).line).toBeGreaterThanOrEqual(3);
  });
});
