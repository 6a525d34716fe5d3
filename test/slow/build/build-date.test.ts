import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { buildProject, copyProject, type ProjectCopy } from '../../support/project-copy.ts';
import { formatBytes } from '../../../src/lib/original.ts';

/**
 * The build clock never becomes a claim. One copy of the project, with synthetic additions that
 * exercise history and the minutes' life cycle (an organisation renamed and another merged into it
 * from a date, a follow-up closed by an e-mail, a correction, a draft with an original document),
 * is built twice: the day after the meeting and years later (BUILD_DATE). The pages about meetings,
 * decisions, people, organisations, bodies, matters and the programme must be byte for byte the
 * same; only the follow-up register (and the calendar and front page) may say what the date is.
 */
let project: ProjectCopy;
let early: string;
let late: string;
const EARLY_DATE = '2025-11-19';
const LATE_DATE = '2031-06-01';
const ORIGINAL = 'content/moeder/2025-11-18/original/referat-2025-11-18.txt';
const SOURCE = { meeting: '2025-11-18', section: 'deltagere' };

function edit(file: string, change: (text: string) => string) {
  const before = project.read(file);
  const after = change(before);
  if (after === before) throw new Error(`fixture edit changed nothing in ${file}`);
  project.write(file, after);
}

beforeAll(() => {
  project = copyProject('raadsarkiv-build-date-');
  // Synthetic history: Region Midtjylland had another name until the end of 2025, and Region
  // Nordjylland is taken into it from 1 January 2026. (Not facts: a fixture; the source is a stand-in.)
  edit('content/organisationer/region-midtjylland.yaml', (t) =>
    `${t}formerNames:\n  - { name: "Region Midt-prøvenavn", until: "2025-12-31", source: ${JSON.stringify(SOURCE)} }\n`);
  edit('content/organisationer/region-nordjylland.yaml', (t) =>
    `${t}history:\n  - { date: "2026-01-01", event: indgår i, organisation: region-midtjylland, source: ${JSON.stringify(SOURCE)} }\n`);
  // A follow-up closed by an outside document.
  edit('content/moeder/2025-11-18/opfoelgning/2025-11-18-3-slides.yaml', (t) => t.replace(/(statusHistory:\n.*\n)/,
    '$1  - { status: udført, date: "2025-11-20", source: { document: { title: "E-mail fra sekretariatet med slides", date: "2025-11-20" } } }\n'));
  // A correction of the published minutes.
  edit('content/moeder/2025-11-18/moede.mdx', (t) => t.replace('original: referat-2025-11-18.txt\n',
    'original: referat-2025-11-18.txt\ncorrections:\n  - { item: 5, section: referat, before: "lagt sammen med", after: "fusioneret med", date: "2026-04-02", decidedAt: { document: { title: "E-mail fra sekretariatet", date: "2026-04-02" } } }\n'));
  // A draft meeting with an original: the draft and its original stay out of the public build.
  project.write('content/moeder/2026-01-27/moede.mdx',
    '---\ndraft: true\nbody: fagligt-raad\ntitle: "Udkast"\ndate: "2026-01-27"\noriginal: udkast.txt\n---\n');
  project.write('content/moeder/2026-01-27/original/udkast.txt', 'Et udkast, som ikke må offentliggøres.\n');

  const first = buildProject(project.dir, { BUILD_DATE: EARLY_DATE });
  if (first.code !== 0) throw new Error(first.output);
  early = join(project.dir, 'dist-early');
  renameSync(join(project.dir, 'dist'), early);
  const second = buildProject(project.dir, { BUILD_DATE: LATE_DATE });
  if (second.code !== 0) throw new Error(second.output);
  late = join(project.dir, 'dist');
}, 300_000);
afterAll(() => project?.remove());

/** Every file under `dir`, relative. */
function filesUnder(dir: string, rel = ''): string[] {
  if (!existsSync(join(dir, rel))) return [];
  return readdirSync(join(dir, rel), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(dir, `${rel}${e.name}/`) : [`${rel}${e.name}`]);
}
const page = (dist: string, path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

describe('two builds of the same commit on different dates', () => {
  const sections = ['moeder', 'beslutninger', 'personer', 'organisationer', 'organer', 'sager', 'arbejdsprogram'];

  it('give byte-identical meeting, decision, person, organisation, body, matter and programme pages', () => {
    for (const section of sections) {
      const pages = filesUnder(join(early, section)).filter((f) => f.endsWith('.html'));
      expect(pages.length, section).toBeGreaterThan(0);
      expect(filesUnder(join(late, section)).filter((f) => f.endsWith('.html')), section).toEqual(pages);
      for (const f of pages) {
        expect(readFileSync(join(late, section, f), 'utf8'), `${section}/${f}`).toBe(readFileSync(join(early, section, f), 'utf8'));
      }
    }
  });

  it('did build on two dates: the follow-up register says, dated and neutrally, which deadlines have passed', () => {
    const before = page(early, 'opfoelgning');
    const after = page(late, 'opfoelgning');
    expect(before).not.toContain('fristen er passeret');
    expect(after).toContain(`(fristen er passeret pr. 1. juni 2031; arkivet har ingen senere oplysninger)`);
  });

  it('never calls anything "overskredet" (overdue): no record says anyone is late', () => {
    for (const dist of [early, late]) {
      for (const f of filesUnder(dist).filter((x) => x.endsWith('.html'))) {
        expect(readFileSync(join(dist, f), 'utf8'), f).not.toMatch(/overskred/i);
      }
    }
  });
});

describe('rendered history, statuses, corrections and the original (synthetic fixture)', () => {
  it('shows organisation names on a past meeting\'s page as they were on the day', () => {
    const meeting = page(late, 'moeder/2025-11-18');
    expect(meeting).toContain('Ole Halfdan Larsen</a>, Region Midt-prøvenavn (formand)');
    expect(meeting).not.toContain('Region Midtjylland');
  });

  it('shows an organisation\'s history, from both sides of a merger, with sources', () => {
    const midt = page(late, 'organisationer/region-midtjylland').replace(/\s+/g, ' ');
    expect(midt).toContain('<h1>Region Midtjylland</h1>');
    expect(midt).toMatch(/1\. januar 2026: skifter navn fra Region Midt-prøvenavn til Region Midtjylland <span class="muted">\(ifølge <a href="\/moeder\/2025-11-18\/#deltagere">referatet af 18\. november 2025, Deltagere<\/a>\)/);
    expect(midt).toContain('1. januar 2026: optager <a href="/organisationer/region-nordjylland/">Region Nordjylland</a>');
    const nord = page(late, 'organisationer/region-nordjylland').replace(/\s+/g, ' ');
    expect(nord).toContain('1. januar 2026: indgår i <a href="/organisationer/region-midtjylland/">Region Midtjylland</a>');
    const ngc = page(late, 'organisationer/nationalt-genom-center').replace(/\s+/g, ' ');
    expect(ngc).toContain('1. juli 2025: lagt sammen med <a href="/organisationer/sundhedsdatastyrelsen/">Sundhedsdatastyrelsen</a>');
  });

  it('shows each status with its date and source, including a follow-up closed by an e-mail', () => {
    const register = page(late, 'opfoelgning').replace(/\s+/g, ' ');
    expect(register).toContain('Udført pr. 20. november 2025 ifølge E-mail fra sekretariatet med slides (20. november 2025)');
    expect(register).toContain('Åben pr. 18. november 2025 ifølge <a href="/moeder/2025-11-18/#punkt-2-videre-proces-1">referatet af 18. november 2025, pkt. 2, Videre proces, afsnit 1</a>');
    const planned = page(late, 'moeder/2025-12-12-bestyrelsen').replace(/\s+/g, ' ');
    expect(planned).toContain('Planlagt pr. 18. november 2025 ifølge <a href="/moeder/2025-11-18/#punkt-2-videre-proces-1">');
    const person = page(late, 'personer/ole-halfdan-larsen').replace(/\s+/g, ' ');
    expect(person).toContain('åben pr. 18. november 2025 ifølge');
  });

  it('shows a correction as a diff on the meeting page and in the minutes feed, and says approval is unknown', () => {
    const meeting = page(late, 'moeder/2025-11-18').replace(/\s+/g, ' ');
    expect(meeting).toContain('<span class="correction__label">Før:</span> <del>lagt sammen med</del>');
    expect(meeting).toContain('<span class="correction__label">Efter:</span> <ins>fusioneret med</ins>');
    expect(meeting).toContain('Arkivet ved ikke, om referatet er godkendt');
    const feed = readFileSync(join(late, 'feeds/referater.xml'), 'utf8');
    // The entry's HTML content, escaped or in CDATA as the feed library writes it.
    expect(feed).toMatch(/(<|&lt;)del(>|&gt;)lagt sammen med(<|&lt;)\/del(>|&gt;)/);
    expect(feed).toMatch(/(<|&lt;)ins(>|&gt;)fusioneret med(<|&lt;)\/ins(>|&gt;)/);
  });

  it('publishes the original document byte for byte, with the size and SHA-256 the page shows; a draft\'s original stays out', () => {
    const bytes = readFileSync(join(project.dir, ORIGINAL));
    const published = join(late, 'moeder/2025-11-18/original/referat-2025-11-18.txt');
    expect(readFileSync(published)).toEqual(bytes);
    const meeting = page(late, 'moeder/2025-11-18');
    expect(meeting).toMatch(new RegExp(`<a class="print-url" href="/moeder/2025-11-18/original/referat-2025-11-18\\.txt" data-print-url="[^"]+/moeder/2025-11-18/original/referat-2025-11-18\\.txt" type="text/plain">referat-2025-11-18\\.txt</a> \\(${formatBytes(bytes.length).replace('.', '\\.')}, text/plain\\)`));
    expect(meeting).toContain(`<code class="checksum">${createHash('sha256').update(bytes).digest('hex')}</code>`);
    expect(existsSync(join(late, 'moeder/2026-01-27'))).toBe(false);
    expect(filesUnder(late).some((f) => f.includes('udkast.txt'))).toBe(false);
  });
});
