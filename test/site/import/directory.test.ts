import { describe, expect, it } from 'vitest';

import { resolveName, resolvePersonWithTitle, type Directory } from '../../../src/lib/import/directory.ts';
import { importMinutes } from '../../../src/lib/import/index.ts';
import { contentDirectory, minutes } from '../../support/import.ts';

describe('name resolution', () => {
  const directory = contentDirectory();
  it('finds people by name and by their other names', () => {
    expect(resolveName('Inge Søkilde', 'person', directory)).toEqual({ status: 'found', id: 'inge-soekilde-pedersen' });
    expect(resolveName('Inge Søkilde Pedersen', 'person', directory)).toEqual({ status: 'found', id: 'inge-soekilde-pedersen' });
    expect(resolveName('Lillian Ousager', 'person', directory)).toEqual({ status: 'found', id: 'lilian-bomme-ousager' });
    expect(resolvePersonWithTitle('forperson Ole Halfdan Larsen', directory)).toEqual({ status: 'found', id: 'ole-halfdan-larsen' });
    expect(resolveName('DANSKE REGIONER', 'organisation', directory)).toEqual({ status: 'found', id: 'danske-regioner' });
    expect(resolveName('NGC', 'organisation', directory)).toEqual({ status: 'found', id: 'nationalt-genom-center' });
  });
  it('gives a placeholder id and the nearest names for a name not found', () => {
    const r = resolveName('Lilian Ousager', 'person', directory);
    expect(r.status).toBe('missing');
    expect(r.id).toBe('ukendt-lilian-ousager');
    expect(r.status !== 'found' && r.message).toMatch(/nærmeste: Lillian Ousager \(lilian-bomme-ousager\)/);
  });
  it('does not guess between two people with the same name', () => {
    const twins: Directory = { ...directory, people: [
      { id: 'anne-hansen', name: 'Anne Hansen', otherNames: ['A. Hansen'], memberships: [] },
      { id: 'anders-hansen', name: 'Anders Hansen', otherNames: ['A. Hansen'], memberships: [] },
    ] };
    const r = resolveName('A. Hansen', 'person', twins);
    expect(r.status).toBe('ambiguous');
    expect(r.id).toBe('ukendt-a-hansen');
    expect(r.status !== 'found' && r.message).toMatch(/Anne Hansen \(anne-hansen\), Anders Hansen \(anders-hansen\)/);
  });
});

describe('importMinutes', () => {
  const directory = contentDirectory();
  it('lists unknown attendees for review and writes placeholder ids the content check will flag', () => {
    const { draft } = importMinutes(minutes([], { attendance: ['- Ole Halfdan Larsen, Region Midtjylland', '- Olga Ukendt, Region Mars'] }), directory);
    expect(draft.meeting.attendance.present[1]).toEqual({ person: 'ukendt-olga-ukendt', organisation: 'ukendt-region-mars' });
    expect(draft.review.map((r) => r.where)).toContain('Deltagere: - Olga Ukendt, Region Mars');
  });

  it('proposes decisions from the Referat, one per kind and item', () => {
    const { draft } = importMinutes(minutes(['Rådet godkendte indstillingen.', '', 'Det blev besluttet at mødes igen.', '', 'Det blev aftalt at skrive det ned.']), directory);
    expect(draft.decisions.map((d) => [d.id, d.kind, d.outcome, d.text.length])).toEqual([
      ['2026-02-03-1a', 'godkendt', 'som indstillet', 1],
      ['2026-02-03-1b', 'besluttet', 'som indstillet', 2],
    ]);
  });

  it('proposes nothing where the Referat only reports', () => {
    expect(importMinutes(minutes(['Bettina Lundgren orienterede om status.']), directory).draft.decisions).toEqual([]);
  });

  it('puts unplaced text under a marked heading in the draft', () => {
    const { files } = importMinutes(minutes([]).replace('EMN-2026-00012', 'EMN-2026-00012\n\nFortroligt {udkast}'), directory);
    expect(files[0].text).toContain('## Tekst som importen ikke kunne placere');
    expect(files[0].text).toContain('Fortroligt &lbrace;udkast&rbrace;');
  });

  it('asks for the body when the title names none', () => {
    expect(() => importMinutes(minutes([], { title: 'Referat fra møde i styregruppen 3. februar 2026' }), directory)).toThrow(/--organ/);
    expect(importMinutes(minutes([], { title: 'Referat fra møde i styregruppen 3. februar 2026' }), directory, { body: 'bestyrelsen' }).draft.meetingId).toBe('2026-02-03-bestyrelsen');
  });
});
