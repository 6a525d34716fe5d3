import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { followUpSchema, meetingSchema, organisationSchema } from '../../src/schemas/index.ts';
import { checkIntegrity } from '../../src/lib/integrity.ts';
import { validateEntries } from '../../src/lib/validate.ts';
import { parseEntry } from '../../src/lib/content-source.ts';
import { buildIndex } from '../../src/lib/archive-index.ts';
import { statusClaim } from '../../src/lib/status.ts';
import { organisationName, organisationHistory, historyWhen } from '../../src/lib/organisations.ts';
import { minutesStates, correctionHtml } from '../../src/lib/minutes.ts';
import { emptyText } from '../../src/lib/vocabulary.ts';
import { originalDocument, formatBytes } from '../../src/lib/original.ts';
import { validArchive } from '../fixtures/archive.ts';
import { tempFolders } from '../support/temp.ts';

const temp = tempFolders();

const emptyPublic = temp('raadsarkiv-public-');
const opened = { status: 'åben', date: '2025-06-01', source: { meeting: '2025-06-01', item: 2, section: 'videre-proces' } };
const followUp = (extra: Record<string, unknown>) => ({ text: 'x', meeting: '2025-06-01', item: 2, source: 'referat', ...extra });

/** Validate one follow-up file's YAML as the check does, and return its problems. */
function checkFollowUpYaml(yaml: string) {
  const file = 'content/moeder/2025-06-01/opfoelgning/x.yaml';
  const parsed = parseEntry(yaml, file, 'yaml');
  if ('message' in parsed) throw new Error(parsed.message);
  return validateEntries([{ collection: 'followUps', id: 'x', file, ...parsed }]).problems;
}

describe('statuses in time (schema)', () => {
  it('has no status without a dated source: "ukendt" is the default, the last dated entry is current', () => {
    expect(followUpSchema.parse(followUp({})).status).toBe('ukendt');
    expect(followUpSchema.parse(followUp({ statusHistory: [opened] })).status).toBe('åben');
    const closed = { status: 'udført', date: '2025-12-01', source: { document: { title: 'E-mail fra sekretariatet', date: '2025-12-01' } } };
    expect(followUpSchema.parse(followUp({ statusHistory: [opened, closed] })).status).toBe('udført');
    expect(meetingSchema.parse({ body: 'b', title: 't' }).status).toBe('ukendt');
  });

  it('rejects a status without its date, without its source, and the old bare status field', () => {
    const noDate = checkFollowUpYaml('text: x\nmeeting: "2025-06-01"\nitem: 2\nsource: referat\nstatusHistory:\n  - { status: åben, source: { meeting: "2025-06-01" } }\n');
    expect(noDate).toEqual([expect.objectContaining({ line: 6, field: 'statusHistory[0].date', message: 'feltet mangler' })]);
    const noSource = checkFollowUpYaml('text: x\nmeeting: "2025-06-01"\nitem: 2\nsource: referat\nstatusHistory:\n  - { status: åben, date: "2025-06-01" }\n');
    expect(noSource).toEqual([expect.objectContaining({ field: 'statusHistory[0].source', message: 'feltet mangler' })]);
    const bare = checkFollowUpYaml('text: x\nmeeting: "2025-06-01"\nitem: 2\nsource: referat\nstatus: åben\n');
    expect(bare).toEqual([expect.objectContaining({ line: 5, field: 'status', message: 'ukendt felt "status"' })]);
    expect(bare[0].fix).toContain('statusHistory');
  });
});

describe('statuses in time (integrity)', () => {
  const check = (a = validArchive(), rootDir?: string) => checkIntegrity(a, { publicDir: emptyPublic, root: rootDir });

  it('rejects a history out of date order and a source that names no meeting or item', () => {
    const a = validArchive();
    a.followUps[0].data.statusHistory = [
      { status: 'åben', date: '2025-06-01', source: { meeting: '2025-06-01', item: 2 } },
      { status: 'udført', date: '2025-05-01', source: { meeting: '2025-06-02' } },
      { status: 'bortfaldet', date: '2025-07-01', source: { meeting: '2025-06-01', item: 9 } },
    ];
    const problems = check(a);
    expect(problems.map((p) => p.field).sort()).toEqual([
      'statusHistory[1].date', 'statusHistory[1].source.meeting', 'statusHistory[2].source.item',
    ]);
    expect(problems.find((p) => p.field === 'statusHistory[1].date')!.message).toContain('ikke i datoorden');
  });

  it('accepts a follow-up closed by a dated outside document (an e-mail, the board\'s minutes)', () => {
    const a = validArchive();
    a.followUps[0].data.statusHistory = [
      { status: 'åben', date: '2025-06-01', source: { meeting: '2025-06-01', item: 2, section: 'videre-proces' } },
      { status: 'udført', date: '2025-09-01', source: { document: { title: 'Referat af bestyrelsesmøde', date: '2025-09-01', issuer: 'danske-regioner', reference: 'pkt. 4' } } },
    ];
    expect(check(a)).toEqual([]);
    a.followUps[0].data.statusHistory[1].source.document!.issuer = 'ukendt-udsteder';
    expect(check(a).map((p) => p.field)).toEqual(['statusHistory[1].source.document.issuer']);
  });

  it('rejects a correction of an item the minutes do not have, and one that changes nothing', () => {
    const a = validArchive();
    a.meetings[0].data.corrections = [
      { item: 7, section: 'referat', before: 'a', after: 'b', date: '2025-07-01', decidedAt: { meeting: '2025-06-01', item: 1 } },
      { item: 2, section: 'referat', before: 'a', after: 'a', date: '2025-07-01', decidedAt: { meeting: '2025-06-01', item: 1 } },
    ];
    expect(check(a).map((p) => p.field)).toEqual(['corrections[0].item', 'corrections[1].after']);
  });

  it('rejects an original document that is not in the meeting\'s original/ folder', () => {
    const root = temp('raadsarkiv-original-');
    const a = validArchive();
    a.meetings[0].data.original = 'referat.txt';
    expect(check(a, root)).toEqual([expect.objectContaining({ field: 'original', message: 'originaldokumentet findes ikke: content/moeder/2025-06-01/original/referat.txt' })]);
    mkdirSync(join(root, 'content/moeder/2025-06-01/original'), { recursive: true });
    writeFileSync(join(root, 'content/moeder/2025-06-01/original/referat.txt'), 'Referat\n');
    expect(check(a, root)).toEqual([]);
    // Any other file in original/ would be neither published nor checked.
    writeFileSync(join(root, 'content/moeder/2025-06-01/original/referat-v2.docx'), 'x');
    expect(check(a, root)).toEqual([expect.objectContaining({
      file: 'content/moeder/2025-06-01/original/referat-v2.docx', message: 'filen er ikke mødets originaldokument (mødet angiver original: referat.txt)',
    })]);
  });
});

describe('a status as the reader sees it', () => {
  it('says the status with its date and source, or that it is unknown', () => {
    const index = buildIndex(validArchive());
    expect(statusClaim(index, index.followUps.get('2025-06-01-2-a')!.data.statusHistory)).toMatchObject({
      status: 'åben', date: '2025-06-01', text: 'åben pr. 1. juni 2025 ifølge referatet af 1. juni 2025, pkt. 2, Videre proces',
      source: { path: '/moeder/2025-06-01/#punkt-2-videre-proces' },
    });
    expect(statusClaim(index, []).text).toBe('ukendt – arkivet har ingen oplysning om status');
  });
});

describe('organisations over time (synthetic: Region A is renamed and then merged into Region B)', () => {
  const archive = () => {
    const a = validArchive();
    const source = { meeting: '2025-06-01', item: 2, section: 'referat' } as const;
    a.organisations[0].data = organisationSchema.parse({
      name: 'Region A-B Nord', classification: 'region',
      formerNames: [{ name: 'Region A', until: '2025-06-30', source }],
      history: [{ date: '2026-01-01', event: 'indgår i', organisation: 'region-b', source }],
    });
    a.organisations.push({ id: 'region-b', file: 'content/organisationer/region-b.yaml', data: organisationSchema.parse({ name: 'Region B', classification: 'region' }) });
    return a;
  };

  it('is valid, and names the organisation as it was named on a date', () => {
    expect(checkIntegrity(archive(), { publicDir: emptyPublic })).toEqual([]);
    const index = buildIndex(archive());
    expect(organisationName(index, 'region-a', '2025-06-01')).toBe('Region A');
    expect(organisationName(index, 'region-a', '2025-06-30')).toBe('Region A');
    expect(organisationName(index, 'region-a', '2025-07-01')).toBe('Region A-B Nord');
    expect(organisationName(index, 'region-a')).toBe('Region A-B Nord');
  });

  it('shows the history on both organisations, oldest first, each line with its source', () => {
    const index = buildIndex(archive());
    const own = organisationHistory(index, 'region-a');
    expect(own.map((l) => `${historyWhen(l)}: ${l.text}${l.other ? ` ${l.other}` : ''}`)).toEqual([
      '1. juli 2025: skifter navn fra Region A til Region A-B Nord',
      '1. januar 2026: indgår i region-b',
    ]);
    expect(own.every((l) => l.source.meeting === '2025-06-01')).toBe(true);
    expect(organisationHistory(index, 'region-b').map((l) => `${l.text} ${l.other}`)).toEqual(['optager region-a']);
  });

  it('rejects a merge into an unknown organisation, a name change out of order, and a year and a day together', () => {
    const a = archive();
    a.organisations[0].data.history[0].organisation = 'region-c';
    a.organisations[0].data.formerNames.push({ name: 'Ældre', until: '2020-01-01', source: { meeting: '2025-06-01' } });
    expect(checkIntegrity(a, { publicDir: emptyPublic }).map((p) => p.field)).toEqual(['formerNames[1].until', 'history[0].organisation']);
    const both = organisationSchema.safeParse({ name: 'X', classification: 'region', history: [{ date: '2027-01-01', year: 2027, event: 'nedlagt', source: { meeting: 'm' } }] });
    expect(both.success).toBe(false);
  });
});

describe('the minutes\' life cycle', () => {
  it('is a draft, approved, corrected, or unknown, and the page says the unknown in words', () => {
    const m = validArchive().meetings[0].data;
    expect(minutesStates(m)).toEqual(['ukendt']);
    expect(emptyText.approvalUnknown).toMatch(/^Arkivet ved ikke, om referatet er godkendt/);
    expect(minutesStates({ ...m, draft: true })).toEqual(['udkast']);
    const approved = { ...m, approved: { date: '2025-09-01', source: { meeting: '2025-06-01', item: 1 } } };
    expect(minutesStates(approved)).toEqual(['godkendt']);
    const correction = { item: 2, section: 'referat' as const, before: 'a', after: 'b', date: '2025-09-01', decidedAt: { meeting: '2025-06-01', item: 1 } };
    expect(minutesStates({ ...approved, corrections: [correction] })).toEqual(['godkendt', 'rettet']);
  });

  it('shows a correction as a diff labelled in words, escaped, with where and when it was decided', () => {
    const index = buildIndex(validArchive());
    const html = correctionHtml(index, {
      item: 2, section: 'referat', before: 'A <b> & "C"', after: '', date: '2025-09-01', decidedAt: { meeting: '2025-06-01', item: 1 },
    }, (path) => `/base${path}`);
    expect(html).toContain('<strong>Pkt. 2, Referat</strong>, rettet 1. september 2025 ifølge <a href="/base/moeder/2025-06-01/#punkt-1">referatet af 1. juni 2025, pkt. 1</a>:');
    expect(html).toContain('<span class="correction__label">Før:</span> <del>A &lt;b&gt; &amp; &quot;C&quot;</del>');
    expect(html).toContain('<span class="correction__label">Efter:</span> <em>(slettet)</em>');
  });
});

describe('the original document', () => {
  it('has the size and SHA-256 of its bytes, and a stable address beside its meeting', () => {
    const root = temp('raadsarkiv-original-');
    const bytes = Buffer.from('NOTAT\nReferat fra mødet 1. juni 2025 – æøå\n');
    mkdirSync(join(root, 'content/moeder/2025-06-01/original'), { recursive: true });
    writeFileSync(join(root, 'content/moeder/2025-06-01/original/referat-2025-06-01.txt'), bytes);
    const meeting = validArchive().meetings[0];
    meeting.data.original = 'referat-2025-06-01.txt';
    expect(originalDocument(meeting, root)).toEqual({
      fileName: 'referat-2025-06-01.txt', file: 'content/moeder/2025-06-01/original/referat-2025-06-01.txt',
      path: '/moeder/2025-06-01/original/referat-2025-06-01.txt', mimeType: 'text/plain',
      size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), sha512: createHash('sha512').update(bytes).digest('hex'),
    });
    expect(originalDocument(validArchive().meetings[0], root)).toBeUndefined();
    expect(formatBytes(14833)).toBe('14.833 byte');
    expect(formatBytes(999)).toBe('999 byte');
  });
});
