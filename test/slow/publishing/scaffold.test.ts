import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readContent, parseEntry } from '../../../src/lib/content-source.ts';
import { validateEntries } from '../../../src/lib/validate.ts';
import { scaffoldMeeting, scaffoldSections, type ScaffoldInput } from '../../../src/lib/scaffold.ts';
import { meetingSchema, type Meeting, type Person } from '../../../src/schemas/index.ts';
import type { Entry } from '../../../src/lib/archive-types.ts';
import { punktSections } from '../../../src/lib/integrity.ts';
import { copyContent, ROOT, runScript, type ProjectCopy } from '../../support/project-copy.ts';

/** The archive's real bodies, people and meetings, as the command line reads them. */
function realInput(): ScaffoldInput {
  const { entries } = readContent(join(ROOT, 'content'), ROOT);
  const { archive } = validateEntries(entries);
  return { bodies: archive.bodies, people: archive.people, meetings: archive.meetings, takenIds: new Set(archive.meetings.map((m) => m.id)) };
}

/** Parse the scaffold's text the way the check does, and validate it against the meeting schema. */
function parse(text: string): { data: Meeting; body: string } {
  const parsed = parseEntry(text, 'content/moeder/x/moede.mdx', 'mdx');
  if ('message' in parsed) throw new Error(`scaffold is not valid YAML: ${parsed.message}`);
  const result = meetingSchema.safeParse(parsed.data);
  if (!result.success) throw new Error(`scaffold fails the schema: ${JSON.stringify(result.error.issues)}`);
  return { data: result.data, body: parsed.body! };
}

function ok(result: ReturnType<typeof scaffoldMeeting>) {
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result;
}

function errors(result: ReturnType<typeof scaffoldMeeting>): string {
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.errors.join('\n');
}

const person = (id: string, name: string, memberships: Person['memberships']): Entry<Person> =>
  ({ id, file: `content/personer/${id}.yaml`, data: { name, otherNames: [], memberships, notes: [] } });

describe('scaffoldMeeting (pure)', () => {
  it('writes a draft meeting of the body on the date, of unknown status, valid against the schema', () => {
    const r = ok(scaffoldMeeting(realInput(), { body: 'fagligt-raad', date: '2026-02-03' }));
    expect(r.id).toBe('2026-02-03');
    expect(r.file).toBe('content/moeder/2026-02-03/moede.mdx');
    const { data } = parse(r.text);
    expect(data).toMatchObject({ draft: true, body: 'fagligt-raad', date: '2026-02-03' });
    // No status until the secretariat writes "planlagt" with the record that planned the meeting.
    expect(data).toMatchObject({ status: 'ukendt', statusHistory: [] });
    expect(data.title).toBe('Møde i Fagligt råd for genomisk medicin 3. februar 2026');
  });

  it('pre-fills attendance from the body\'s memberships on the date: the secretariat apart, the forperson first', () => {
    const input = realInput();
    const { data } = parse(ok(scaffoldMeeting(input, { body: 'fagligt-raad', date: '2026-02-03' })).text);
    const role = (r: string) => input.people.filter((p) => p.data.memberships.some((m) => m.body === 'fagligt-raad' && m.role === r)).map((p) => p.id).sort();
    expect(data.attendance!.present.map((a) => a.person).sort()).toEqual([...role('forperson'), ...role('medlem')].sort());
    expect(data.attendance!.secretariat.map((a) => a.person).sort()).toEqual(role('sekretariat'));
    expect(data.attendance!.present[0]).toEqual({ person: 'ole-halfdan-larsen', organisation: 'region-midtjylland', label: 'forperson' });
    expect(data.attendance!.absent).toEqual([]);
    expect(data.attendance!.guests).toEqual([]);
    // Each person with the organisation they represent in the body.
    expect(data.attendance!.secretariat).toContainEqual({ person: 'catherina-bozorgi', organisation: 'danske-regioner' });
  });

  it('takes only memberships in force on the date', () => {
    const input: ScaffoldInput = {
      ...realInput(),
      people: [
        person('gammel', 'Gammel Medlem', [{ body: 'fagligt-raad', role: 'medlem', organisation: 'region-midtjylland', to: '2026-01-31' }]),
        person('ny', 'Ny Medlem', [{ body: 'fagligt-raad', role: 'medlem', organisation: 'region-midtjylland', from: '2026-02-03' }]),
        person('senere', 'Senere Medlem', [{ body: 'fagligt-raad', role: 'medlem', organisation: 'region-midtjylland', from: '2026-02-04' }]),
        person('andet', 'Andet Organ', [{ body: 'bestyrelsen', role: 'medlem', organisation: 'region-midtjylland' }]),
        person('gaest', 'Fast Gæst', [{ body: 'fagligt-raad', role: 'gæst', organisation: 'region-midtjylland' }]),
      ],
    };
    const r = ok(scaffoldMeeting(input, { body: 'fagligt-raad', date: '2026-02-03' }));
    expect(parse(r.text).data.attendance!.present.map((a) => a.person)).toEqual(['ny']);
    expect(r.notes.join('\n')).toContain('Oplægsholdere og gæster med tilknytning til organet er ikke sat på deltagerlisten: gaest');
  });

  it('writes the agenda skeleton: Velkomst, the items, Eventuelt, with typed sections for each item', () => {
    const r = ok(scaffoldMeeting(realInput(), { body: 'fagligt-raad', date: '2026-02-03', items: 5 }));
    const { data, body } = parse(r.text);
    expect(data.agenda.map((a) => a.number)).toEqual([1, 2, 3, 4, 5]);
    expect(data.agenda[0].title).toBe('Velkomst');
    expect(data.agenda[4].title).toBe('Eventuelt');
    expect(punktSections({ file: 'moede.mdx', body }).map((s) => s.nr)).toEqual([1, 2, 3, 4, 5]);
    for (const n of [2, 3, 4]) {
      for (const type of scaffoldSections) expect(body).toContain(`<Afsnit pkt={${n}} type="${type}">`);
    }
    expect(body).not.toContain('<Afsnit pkt={1}');
    expect(body).not.toContain('<Afsnit pkt={5}');
  });

  it('sets time, form and place when given', () => {
    const { data } = parse(ok(scaffoldMeeting(realInput(), {
      body: 'fagligt-raad', date: '2026-05-12', start: '10:00', end: '14:00', form: 'fysisk', location: 'Aarhus',
    })).text);
    expect(data).toMatchObject({ start: '10:00', end: '14:00', form: 'fysisk', location: 'Aarhus' });
  });

  it('notes a planned meeting of the body known only by the same week', () => {
    const r = ok(scaffoldMeeting(realInput(), { body: 'fagligt-raad', date: '2026-01-27' }));
    expect(r.notes.join('\n')).toContain('content/moeder/2026-uge-05/moede.mdx er et planlagt møde i Fagligt råd i samme uge (uge 5, 2026)');
  });

  it('refuses an existing meeting, and a second meeting of the body on the same day', () => {
    expect(errors(scaffoldMeeting(realInput(), { body: 'fagligt-raad', date: '2025-11-18' })))
      .toContain('Mødet findes allerede: content/moeder/2025-11-18/moede.mdx. Kommandoen overskriver aldrig et møde.');
    expect(errors(scaffoldMeeting(realInput(), { body: 'bestyrelsen', date: '2025-12-12' })))
      .toContain('Bestyrelsen har allerede et møde den 12. december 2025: content/moeder/2025-12-12-bestyrelsen/moede.mdx');
    expect(ok(scaffoldMeeting(realInput(), { body: 'bestyrelsen', date: '2025-12-12', id: '2025-12-12-ekstra' })).file)
      .toBe('content/moeder/2025-12-12-ekstra/moede.mdx');
  });

  it('refuses an unknown body with the valid choices', () => {
    const e = errors(scaffoldMeeting(realInput(), { body: 'fagligt-rad', date: '2026-02-03' }));
    expect(e).toContain('Ukendt organ "fagligt-rad". Mente du fagligt-raad?');
    expect(e).toContain('bestyrelsen (Bestyrelsen for drift af genomdatabasen), fagligt-raad (Fagligt råd for genomisk medicin)');
  });

  it('refuses invalid dates, ids, numbers of items, times and forms', () => {
    const base = { body: 'fagligt-raad', date: '2026-02-03' };
    expect(errors(scaffoldMeeting(realInput(), { ...base, date: '3-2-2026' }))).toContain('Ugyldig dato "3-2-2026". Skriv datoen som ÅÅÅÅ-MM-DD');
    expect(errors(scaffoldMeeting(realInput(), { ...base, date: '2026-02-30' }))).toContain('Datoen 2026-02-30 findes ikke i kalenderen.');
    expect(errors(scaffoldMeeting(realInput(), { ...base, id: 'februar' }))).toContain('Ugyldigt id "februar"');
    expect(errors(scaffoldMeeting(realInput(), { ...base, items: 1 }))).toContain('Ugyldigt antal punkter');
    expect(errors(scaffoldMeeting(realInput(), { ...base, start: '9.00' }))).toContain('Ugyldigt klokkeslæt --start "9.00"');
    expect(errors(scaffoldMeeting(realInput(), { ...base, start: '13:00', end: '10:00' }))).toContain('Mødet slutter (10:00) før det begynder (13:00)');
    expect(errors(scaffoldMeeting(realInput(), { ...base, form: 'hybrid' }))).toContain('Ugyldig form "hybrid". Brug virtuelt eller fysisk.');
  });
});

describe('npm run ny-moede (the command line)', () => {
  let copy: ProjectCopy | undefined;
  afterEach(() => copy?.remove());

  it('creates the file, which passes the check as a draft', () => {
    copy = copyContent('raadsarkiv-scaffold-');
    const r = runScript('ny-moede.ts', ['--organ', 'fagligt-raad', '--dato', '2026-02-03'], copy.dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Oprettet content/moeder/2026-02-03/moede.mdx (udkast): 14 deltagere, 3 i sekretariatet, 3 dagsordenspunkter.');
    expect(copy.read('content/moeder/2026-02-03/moede.mdx')).toContain('draft: true');
    const checked = runScript('check.ts', [], copy.dir);
    expect(checked.status, checked.stderr).toBe(0);
    expect(checked.stdout).toContain('8 møder (heraf 1 udkast)');
  });

  it('never overwrites: a second run exits 1 with a Danish message and leaves the file as it was', () => {
    copy = copyContent('raadsarkiv-scaffold-');
    const file = 'content/moeder/2026-02-03/moede.mdx';
    expect(runScript('ny-moede.ts', ['--organ', 'fagligt-raad', '--dato', '2026-02-03'], copy.dir).status).toBe(0);
    copy.write(file, `${copy.read(file)}\nSekretariatets tekst.\n`);
    const before = copy.read(file);
    const again = runScript('ny-moede.ts', ['--organ', 'fagligt-raad', '--dato', '2026-02-03'], copy.dir);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('Mødet findes allerede: content/moeder/2026-02-03/moede.mdx. Kommandoen overskriver aldrig et møde.');
    expect(copy.read(file)).toBe(before);
  });

  it('refuses a folder that exists even when its file cannot be read', () => {
    copy = copyContent('raadsarkiv-scaffold-');
    copy.write('content/moeder/2026-02-03/moede.mdx', 'ikke front matter');
    const r = runScript('ny-moede.ts', ['--organ', 'fagligt-raad', '--dato', '2026-02-03'], copy.dir);
    expect(r.status).toBe(1);
    expect(copy.read('content/moeder/2026-02-03/moede.mdx')).toBe('ikke front matter');
  });

  it('exits 1 on an unknown body or an invalid date, listing the valid choices', () => {
    copy = copyContent('raadsarkiv-scaffold-');
    const body = runScript('ny-moede.ts', ['--organ', 'raadet', '--dato', '2026-02-03'], copy.dir);
    expect(body.status).toBe(1);
    expect(body.stderr).toContain('Ukendt organ "raadet".');
    expect(body.stderr).toContain('fagligt-raad (Fagligt råd for genomisk medicin)');
    const date = runScript('ny-moede.ts', ['--organ', 'fagligt-raad', '--dato', '2026-13-01'], copy.dir);
    expect(date.status).toBe(1);
    expect(date.stderr).toContain('Datoen 2026-13-01 findes ikke i kalenderen.');
    const missing = runScript('ny-moede.ts', ['--organ', 'fagligt-raad'], copy.dir);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('Angiv både --organ og --dato.');
    expect(missing.stderr).toMatch(/Organer:\n {2}bestyrelsen/);
    const unknown = runScript('ny-moede.ts', ['--orgn', 'fagligt-raad'], copy.dir);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('Ukendt valg --orgn.');
  });

  it('refuses to guess the attendance while a person file is broken', () => {
    copy = copyContent('raadsarkiv-scaffold-');
    copy.write('content/personer/thomas-morris-hey.yaml', 'name: "Thomas\n');
    const r = runScript('ny-moede.ts', ['--organ', 'fagligt-raad', '--dato', '2026-02-03'], copy.dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Deltagerlisten kan ikke laves, før fejlene i personer og organer er rettet');
    expect(r.stderr).toContain('content/personer/thomas-morris-hey.yaml');
  });
});
