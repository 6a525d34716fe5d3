import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { oparlFiles, BODY_KEY, type OparlObject, type OparlList } from '../../../../src/lib/exports/oparl.ts';
import { indexWith, SITE, SITE_WITH_BASE } from '../../../fixtures/archive.ts';
import { checkExport, OPARL_SCHEMA_DIR } from '../../../support/oparl.ts';
import { contentArchive, contentIndex } from '../../../support/content.ts';


describe('the OParl export of the content', () => {
  const index = contentIndex();
  const files = checkExport(index, SITE);
  const get = (f: string) => files.get(f) as OparlObject;

  it('starts at a System pointing to one Body', () => {
    const system = get('system.json');
    expect(system.oparlVersion).toBe('https://schema.oparl.org/1.1/');
    expect(system.body).toBe('https://arkiv.example.dk/oparl/bodies.json');
    const bodies = files.get('bodies.json') as OparlList;
    expect(bodies.data.map((b) => b.id)).toEqual([`https://arkiv.example.dk/oparl/body/${BODY_KEY}.json`]);
    const body = bodies.data[0];
    expect(body.name).toBe('Fagligt råd for genomisk medicin');
    expect(body.mainOrganization).toBe('https://arkiv.example.dk/oparl/organization/organ-fagligt-raad.json');
    expect(body.legislativeTerm).toEqual([]);
  });

  it('maps organs to committees and organisations to institutions', () => {
    expect(get('organization/organ-fagligt-raad.json')).toMatchObject({ organizationType: 'Gremium', classification: 'råd', subOrganizationOf: 'https://arkiv.example.dk/oparl/organization/organisation-danske-regioner.json' });
    expect(get('organization/organisation-nationalt-genom-center.json')).toMatchObject({ organizationType: 'Institution', subOrganizationOf: 'https://arkiv.example.dk/oparl/organization/organisation-sundhedsdatastyrelsen.json' });
    const list = files.get(`body/${BODY_KEY}/organization.json`) as OparlList;
    expect(list.data.length).toBe(index.data.bodies.length + index.data.organisations.length);
  });

  it('gives people their memberships of organs on behalf of organisations', () => {
    const ole = get('person/ole-halfdan-larsen.json');
    expect(ole.membership).toEqual([expect.objectContaining({
      organization: 'https://arkiv.example.dk/oparl/organization/organ-fagligt-raad.json',
      onBehalfOf: 'https://arkiv.example.dk/oparl/organization/organisation-region-midtjylland.json',
      role: 'Forperson',
    })]);
    expect((get('organization/organ-fagligt-raad.json').membership as string[])).toContain((ole.membership as OparlObject[])[0].id);
  });

  it('exports every meeting with its agenda, participants, place and minutes', () => {
    const meetings = files.get(`body/${BODY_KEY}/meeting.json`) as OparlList;
    expect(meetings.data.length).toBe(index.data.meetings.length);
    const m = get('meeting/2025-11-18.json');
    expect(m).toMatchObject({ meetingState: 'afholdt pr. 18. november 2025 ifølge referatet af 18. november 2025, Dokumentets hoved, afsnit 3', start: '2025-11-18T10:00:00+01:00', end: '2025-11-18T13:00:00+01:00' });
    expect((m.location as OparlObject).description).toBe('Virtuelt møde');
    expect((m.resultsProtocol as OparlObject)).toMatchObject({ mimeType: 'text/html', accessUrl: 'https://arkiv.example.dk/moeder/2025-11-18/', date: '2026-03-20' });
    expect((m.agendaItem as OparlObject[]).map((a) => a.number)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(m.participant).toContain('https://arkiv.example.dk/oparl/person/kasper-lindegaard-hjulmann.json');
    expect(m.participant).not.toContain('https://arkiv.example.dk/oparl/person/sabine-groenborg.json');
    const item2 = get('agendaitem/2025-11-18/2.json');
    expect(item2.result).toBe('godkendt med ændringer; prioritering');
    expect(item2.consultation).toBe('https://arkiv.example.dk/oparl/consultation/arbejdsprogram-2026-2028/2025-11-18-2.json');
    const weekOnly = get('meeting/2026-uge-05.json');
    expect(weekOnly.start).toBeUndefined();
  });

  it('exports matters as papers with a consultation per step', () => {
    const p = get('paper/arbejdsprogram-2026-2028.json');
    const steps = p.consultation as OparlObject[];
    expect(steps.length).toBe(index.matters.get('arbejdsprogram-2026-2028')!.data.events.length);
    expect(steps.find((c) => c.meeting === 'https://arkiv.example.dk/oparl/meeting/2025-12-12-bestyrelsen.json')?.organization)
      .toEqual(['https://arkiv.example.dk/oparl/organization/organ-bestyrelsen.json']);
  });

  it('is the same on every build', () => {
    expect(JSON.stringify([...oparlFiles(contentIndex(), SITE)])).toBe(JSON.stringify([...files]));
  });
});

describe('the OParl export of edge cases', () => {
  it('exports a published attachment as a File and keeps the base path', () => {
    const data = contentArchive();
    const m = data.meetings.find((x) => x.id === '2025-11-18')!;
    const agenda = m.data.agenda.map((a) => (a.number === 2 ? { ...a, attachments: [...a.attachments, { number: 2, title: 'Tidsplan', file: 'bilag/2025-11-18/bilag-2.pdf' }] } : a));
    const idx = indexWith({}, { ...data, meetings: data.meetings.map((x) => (x === m ? { ...m, data: { ...m.data, agenda } } : x)) });
    const files = checkExport(idx, SITE_WITH_BASE);
    const f = files.get('file/2025-11-18/bilag-2.json') as OparlObject;
    expect(f).toMatchObject({
      accessUrl: 'https://example.github.io/raadsarkiv/bilag/2025-11-18/bilag-2.pdf', mimeType: 'application/pdf', fileName: 'bilag-2.pdf',
      paper: ['https://example.github.io/raadsarkiv/oparl/paper/arbejdsprogram-2026-2028.json'],
    });
    expect(files.has('file/2025-11-18/bilag-1.json')).toBe(false); // not published: no file to point to
    const original = files.get('file/2025-11-18/original.json') as OparlObject;
    // The original minutes document, with what OParl 1.1's File can say of its bytes (sha512Checksum; there is no SHA-256 field).
    const bytes = readFileSync('content/moeder/2025-11-18/original/referat-2025-11-18.txt');
    expect(original).toMatchObject({
      fileName: 'referat-2025-11-18.txt', mimeType: 'text/plain', size: bytes.length,
      sha512Checksum: createHash('sha512').update(bytes).digest('hex'),
      accessUrl: 'https://example.github.io/raadsarkiv/moeder/2025-11-18/original/referat-2025-11-18.txt',
    });
    expect(((files.get('meeting/2025-11-18.json') as OparlObject).auxiliaryFile as OparlObject[]).map((x) => x.id)).toEqual([original.id, f.id]);
  });
});

describe('the OParl validator', () => {
  // The checksums were taken from ../shared/oparl-1.1 when the schemas were copied in, so a clean
  // clone (CI has no ../shared) still proves the copy is the published schemas, unmodified.
  it('uses the OParl 1.1 schemas unmodified: every file matches test/fixtures/oparl-1.1/SHA256SUMS', () => {
    const sums = readFileSync(join(OPARL_SCHEMA_DIR, '../SHA256SUMS'), 'utf8').trim().split('\n').map((l) => l.split(/\s+/));
    expect(sums.map(([, f]) => f).sort()).toEqual(readdirSync(OPARL_SCHEMA_DIR).sort());
    for (const [sum, f] of sums) expect(createHash('sha256').update(readFileSync(join(OPARL_SCHEMA_DIR, f))).digest('hex'), f).toBe(sum);
  });

  const shared = join(process.cwd(), '../shared/oparl-1.1/schema');
  it.skipIf(!existsSync(shared))('matches ../shared/oparl-1.1 byte for byte, where that folder exists', () => {
    for (const f of readdirSync(shared)) expect(readFileSync(join(OPARL_SCHEMA_DIR, f), 'utf8'), f).toBe(readFileSync(join(shared, f), 'utf8'));
  });
});
