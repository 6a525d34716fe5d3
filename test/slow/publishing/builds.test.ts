import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allFileTexts, copyProject, runNpm, runScript, type ProjectCopy } from '../../support/project-copy.ts';

/**
 * Two real builds of a copy of the project with fixture content added (two builds only: each
 * takes a while on two cores):
 * 1. the public build, under the base path /raadsarkiv/ as on GitHub Pages, with a draft meeting
 *    (with a decision and a follow-up), a draft decision in a published meeting, and minutes that
 *    were approved at a later meeting and corrected after publication;
 * 2. the preview build (npm run preview:build) of the same content at the root.
 * The draft must be nowhere in the public build, and visible with its banner in the preview.
 */

const BASE = '/raadsarkiv/';
const SITE = 'https://arkiv.example.org';
const REPO = 'https://github.com/eksempel/raadsarkiv';

/** Strings that only the drafts contain: ids, titles, text, and the draft meeting's date as printed. */
const DRAFT_MARKERS = ['2026-06-09', 'Kolibri', '9. juni 2026', 'Spurvebeslutning', '2025-11-18-7-udkast', 'Kolibriopgave'];

const draftMeeting = `---
draft: true
body: fagligt-raad
title: "Møde i fagligt råd om Kolibri-projektet"
statusHistory:
  - { status: afholdt, date: "2026-06-09", source: { meeting: "2026-06-09", section: deltagere, paragraph: 1 } }
date: "2026-06-09"
start: "10:00"
end: "12:00"
form: virtuelt
attendance:
  present:
    - { person: ole-halfdan-larsen, organisation: region-midtjylland }
    - { person: maria-rossing, organisation: region-hovedstaden }
agenda:
  - number: 1
    title: "Velkomst"
  - number: 2
    title: "Kolibri-projektet"
    presenters: [maria-rossing]
---

<Punkt nr={1} titel="Velkomst"></Punkt>

<Punkt nr={2} titel="Kolibri-projektet">

<Afsnit pkt={2} type="referat">

Rådet drøftede Kolibri-projektet.

</Afsnit>

</Punkt>
`;

const draftMeetingDecision = `---
meeting: "2026-06-09"
item: 2
title: "Kolibri-projektet godkendt"
kind: godkendt
outcome: uden indstilling
---

Rådet godkendte Kolibri-projektet.
`;

const draftMeetingFollowUp = `text: "Kolibriopgave: sekretariatet skriver til regionerne."
owners: [{ type: person, id: catherina-bozorgi }]
meeting: "2026-06-09"
item: 2
source: referat
`;

const draftDecision = `---
draft: true
meeting: "2025-11-18"
item: 7
title: "Spurvebeslutning om eventuelt"
kind: besluttet
outcome: uden indstilling
---

Rådet besluttede noget, der endnu ikke må offentliggøres.
`;

const approvingMeeting = `---
body: fagligt-raad
title: "Møde i fagligt råd 3. februar 2026"
statusHistory:
  - { status: afholdt, date: "2026-02-03", source: { document: { title: "Referat af mødet i fagligt råd 3. februar 2026", date: "2026-02-10" } } }
date: "2026-02-03"
---
`;

const NEW_MEETING = 'content/moeder/2026-03-10/moede.mdx';

/** What the secretariat does with the scaffold: write the minutes where it says UDFYLD, then publish. */
function fillIn(text: string): string {
  const filled = text
    .replace(/^draft: true\n/m, '')
    .replace(/^# statusHistory:\n#   - \{ status: planlagt.*$/m, 'statusHistory:\n  - { status: afholdt, date: "2026-03-10", source: { meeting: "2026-03-10", section: hoved } }')
    .replace(/^# (publication:\n)# (  documentType: .*\n)# (  publisher: .*\n)# (  documentDate: ).*\n# (  caseNumber: ).*\n# (  documentNumber: ).*\n# (  namedInHeader: .*)$/m,
      '$1$2$3$4"2026-03-17"\n$5EMN-2026-00042\n$6"1900001"\n$7')
    .replace(/UDFYLD: punktets titel, som dagsordenen skriver den/, 'Orientering om Ørneprojektet v/Maria Rossing')
    .replace(/UDFYLD: punktets overskrift i referatet/, 'Orientering om Ørneprojektet')
    .replace(/(<Afsnit pkt=\{2\} type="referat">\n\n)UDFYLD/, '$1Rådet tog orienteringen om Ørneprojektet til efterretning.')
    .replace(/\n<Afsnit pkt=\{2\} type="(indstilling|sagsfremstilling|videre-proces)">\n\nUDFYLD\n\n<\/Afsnit>\n/g, '')
    .replace(/(<Punkt nr=\{3\} titel="Eventuelt">\n\n)UDFYLD/, '$1Ingen punkter.');
  const uncommented = filled.split('\n').filter((l) => !l.trimStart().startsWith('#')).join('\n');
  if (uncommented.includes('UDFYLD') || /^# publication:/m.test(filled)) throw new Error(`fixture: not filled in:\n${filled}`);
  return filled;
}

let project: ProjectCopy;
let publicDir: string;
let previewDir: string;

beforeAll(() => {
  project = copyProject('raadsarkiv-builds-');
  project.write('content/moeder/2026-06-09/moede.mdx', draftMeeting);
  project.write('content/moeder/2026-06-09/beslutninger/2026-06-09-2.mdx', draftMeetingDecision);
  project.write('content/moeder/2026-06-09/opfoelgning/2026-06-09-2-kolibri.yaml', draftMeetingFollowUp);
  project.write('content/moeder/2025-11-18/beslutninger/2025-11-18-7-udkast.mdx', draftDecision);
  project.write('content/moeder/2026-02-03/moede.mdx', approvingMeeting);
  const minutes = project.read('content/moeder/2025-11-18/moede.mdx');
  project.write('content/moeder/2025-11-18/moede.mdx', minutes.replace(/^notes:/m,
    'approved: { date: "2026-02-03", source: { meeting: "2026-02-03" } }\ncorrections:\n'
    + '  - { item: 2, section: referat, before: "Lillian Ousager", after: "Lilian Bomme Ousager", date: "2025-12-03", decidedAt: { meeting: "2026-02-03" } }\n'
    + '  - { item: 5, section: referat, before: "lagt sammen med", after: "fusioneret med", date: "2025-11-25", decidedAt: { document: { title: "E-mail fra sekretariatet", date: "2025-11-25" } } }\n'
    + 'notes:'));

  // A new meeting as the secretariat makes it: scaffold, fill in, publish (remove draft: true).
  const scaffolded = runScript('ny-moede.ts', ['--organ', 'fagligt-raad', '--dato', '2026-03-10', '--start', '10:00', '--slut', '13:00'], project.dir);
  if (scaffolded.status !== 0) throw new Error(`ny-moede failed:\n${scaffolded.stderr}`);
  project.write(NEW_MEETING, fillIn(project.read(NEW_MEETING)));

  const env = { SITE_URL: SITE, BASE_PATH: BASE, REPOSITORY_URL: REPO };
  const built = runNpm(['run', 'build'], project.dir, env);
  if (built.status !== 0) throw new Error(`public build failed:\n${built.stdout}\n${built.stderr}`);
  const preview = runNpm(['run', 'preview:build'], project.dir, { REPOSITORY_URL: REPO });
  if (preview.status !== 0) throw new Error(`preview build failed:\n${preview.stdout}\n${preview.stderr}`);
  publicDir = join(project.dir, 'dist');
  previewDir = join(project.dir, 'dist-preview');
}, 600_000);

afterAll(() => project?.remove());

const page = (dir: string, path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('drafts', () => {
  it('are nowhere in the public build: no page, no link, no search entry, no feed or export', () => {
    const leaks = allFileTexts(publicDir).flatMap(({ file, text: t }) =>
      DRAFT_MARKERS.filter((m) => t.includes(m)).map((m) => `${file}: "${m}"`));
    expect(leaks).toEqual([]);
    expect(existsSync(join(publicDir, 'moeder/2026-06-09'))).toBe(false);
  });

  it('are in the preview build, in its own folder, each marked "Udkast – ikke offentliggjort"', () => {
    const meeting = page(previewDir, 'moeder/2026-06-09');
    expect(text(meeting)).toContain('Udkast – ikke offentliggjort');
    expect(meeting).toContain('Kolibri-projektet godkendt');
    expect(meeting).toContain('Kolibriopgave');
    expect(text(meeting)).toContain('content/moeder/2026-06-09/moede.mdx');
    // The draft decision in a published meeting carries the banner itself.
    const minutes = page(previewDir, 'moeder/2025-11-18');
    const decision = minutes.slice(minutes.indexOf('beslutning-2025-11-18-7-udkast'));
    expect(text(decision.slice(0, 2000))).toMatch(/Udkast – ikke offentliggjort.*Spurvebeslutning/);
    // Published pages carry no banner.
    expect(text(page(previewDir, 'moeder/2025-12-01'))).not.toContain('Udkast – ikke offentliggjort');
    expect(text(page(publicDir, 'moeder/2025-11-18'))).not.toContain('Udkast');
  });
});

describe('a new meeting, scaffolded, filled in and published', () => {
  it('is on the site with its minutes, attendance and agenda, and in the list of meetings', () => {
    const html = page(publicDir, 'moeder/2026-03-10');
    const t = text(html);
    expect(t).toContain('Møde i Fagligt råd for genomisk medicin 10. marts 2026');
    expect(t).toContain('10. marts 2026, kl. 10.00–13.00');
    expect(t).toContain('Pkt. 2 Orientering om Ørneprojektet');
    expect(t).toContain('Rådet tog orienteringen om Ørneprojektet til efterretning.');
    expect(t).toContain('EMN-2026-00042');
    expect(html).toContain('href="/raadsarkiv/personer/ole-halfdan-larsen/"');
    expect(html).toContain('id="punkt-2-referat"');
    expect(page(publicDir, 'moeder')).toContain('href="/raadsarkiv/moeder/2026-03-10/"');
    expect(page(publicDir, 'personer/torben-hansen')).toContain('href="/raadsarkiv/moeder/2026-03-10/"');
  });
});

describe('the minutes\' life cycle', () => {
  it('shows where the minutes were approved, with a link to that meeting', () => {
    const html = page(publicDir, 'moeder/2025-11-18');
    expect(html).toMatch(/Godkendt 3\. februar 2026 ifølge\s*<a href="\/raadsarkiv\/moeder\/2026-02-03\/">referatet af 3\. februar 2026<\/a>/);
  });

  it('lists every correction as a diff with where and when it was decided, oldest first', () => {
    const html = page(publicDir, 'moeder/2025-11-18');
    const t = text(html);
    expect(t).toContain('Rettelser efter offentliggørelsen');
    expect(html).toContain('<del>Lillian Ousager</del>');
    expect(html).toContain('<ins>Lilian Bomme Ousager</ins>');
    const first = t.indexOf('Pkt. 5, Referat , rettet 25. november 2025 ifølge E-mail fra sekretariatet (25. november 2025)');
    const second = t.indexOf('Pkt. 2, Referat , rettet 3. december 2025 ifølge referatet af 3. februar 2026');
    expect(first).toBeGreaterThan(-1);
    expect(second).toBeGreaterThan(first);
  });

  it('links each content page to its file\'s history in the configured repository', () => {
    const expected: Array<[string, string]> = [
      ['moeder/2025-11-18', 'content/moeder/2025-11-18/moede.mdx'],
      ['personer/ole-halfdan-larsen', 'content/personer/ole-halfdan-larsen.yaml'],
      ['organisationer/region-midtjylland', 'content/organisationer/region-midtjylland.yaml'],
      ['organer/fagligt-raad', 'content/organer/fagligt-raad.yaml'],
    ];
    for (const [path, file] of expected) {
      expect(page(publicDir, path), path).toContain(`href="${REPO}/commits/main/${file}"`);
    }
  });
});

/** Internal links and sources of a page: href, src and action values, with the page they are on. */
function internalLinks(dir: string): Array<{ page: string; url: string }> {
  const out: Array<{ page: string; url: string }> = [];
  for (const { file, text: html } of allFileTexts(dir)) {
    if (!file.endsWith('.html')) continue;
    for (const m of html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) {
      let url = m[1].replace(/&amp;/g, '&');
      if (url.startsWith(SITE)) url = url.slice(SITE.length);
      if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) continue; // another host, mailto:, data:
      out.push({ page: file, url });
    }
  }
  return out;
}

/** Does a site-relative path (base stripped, no query) name a file in the build? Anchors must exist too. */
function resolves(dir: string, pageFile: string, url: string): boolean {
  const [pathPart, fragment] = url.split('#');
  const path = pathPart.split('?')[0];
  const file = path === '' ? pageFile : path.endsWith('/') ? `${path}index.html` : path;
  const abs = join(dir, decodeURIComponent(file));
  if (!existsSync(abs)) return false;
  if (!fragment) return true;
  return readFileSync(abs, 'utf8').includes(`id="${decodeURIComponent(fragment)}"`);
}

describe('a build under the base path /raadsarkiv/', () => {
  it('puts the base path in front of every internal link, source and stylesheet', () => {
    const links = internalLinks(publicDir);
    expect(links.length).toBeGreaterThan(100);
    const outside = links.filter(({ url }) => !url.startsWith('#') && !url.startsWith(BASE)).map(({ page: p, url }) => `${p}: ${url}`);
    expect(outside).toEqual([]);
  });

  it('breaks no link: every link resolves under the base path exactly as it does at the root', () => {
    // The preview build of the same content at the root is the reference. A link broken there too
    // is a missing page, which the site-wide link check reports; here the base path is on trial.
    const broken = internalLinks(publicDir)
      .filter(({ url }) => url.startsWith('#') || url.startsWith(BASE)) // the others fail the test above
      .map(({ page: p, url }) => ({ page: p, url, path: url.startsWith('#') ? url : url.slice(BASE.length - 1) }))
      .filter(({ page: p, path }) => !resolves(publicDir, p, path.startsWith('#') ? path : path.slice(1)))
      .filter(({ page: p, path }) => resolves(previewDir, p, path.startsWith('#') ? path : path.slice(1)))
      .map(({ page: p, url }) => `${p}: ${url}`);
    expect(broken).toEqual([]);
  });

  it('resolves the links that matter for publishing: meetings, people, stylesheets', () => {
    const links = internalLinks(publicDir).filter(({ url }) => /\/(moeder|personer|organisationer|organer|_astro)\//.test(url));
    expect(links.length).toBeGreaterThan(50);
    const unresolved = links.filter(({ page: p, url }) => !resolves(publicDir, p, url.slice(BASE.length))).map(({ page: p, url }) => `${p}: ${url}`);
    expect(unresolved).toEqual([]);
  });
});
