import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allFileTexts, buildProject, copyProject, ROOT, runScript, type ProjectCopy } from '../../support/project-copy.ts';

/**
 * The trust rules, proved with real builds of one copy of the project (slow: four builds):
 * 1. if `npm run check` passes, `npm run build` passes: bodies full of characters MDX gives
 *    meaning to, correctly escaped (test/fixtures/tricky-mdx/), are accepted by the check, built,
 *    and shown exactly as written;
 * 2. drafts stay private: a draft whose body would run code or break the compiler fails the check
 *    but not the public build, never runs, and leaves no trace in the output;
 * 3. a failed build leaves no dist/ behind, whether the content check, Astro or the search index
 *    step fails, and nothing anywhere holds a draft's text.
 */

const TRICKY = join(ROOT, 'test', 'fixtures', 'tricky-mdx');
const expected = JSON.parse(readFileSync(join(TRICKY, 'expected.json'), 'utf8')) as { minutes: string[]; decision: string[] };

const MEETING = 'content/moeder/2030-02-03/moede.mdx';
const DECISION = 'content/moeder/2030-02-03/beslutninger/2030-02-03-1.mdx';
const DRAFT_MEETING = 'content/moeder/2030-03-03/moede.mdx';
const DRAFT_DECISION = 'content/moeder/2030-02-03/beslutninger/2030-02-03-1-udkast.mdx';
/** A file that the hostile draft would write if its code ever ran. */
const RAN = 'content-ran.txt';
/** Words that only the drafts contain. */
const DRAFT_MARKERS = ['Pelikan', '2030-03-03', 'Flamingo'];

const meeting = `---
body: fagligt-raad
title: "Møde om tegn, som MDX læser som kode"
statusHistory:
  - { status: afholdt, date: "2030-02-03", source: { meeting: "2030-02-03", item: 1, section: referat } }
date: "2030-02-03"
agenda:
  - number: 1
    title: "Tegn, som MDX ellers læser som kode"
---

${readFileSync(join(TRICKY, 'minutes.mdx'), 'utf8')}`;

const decision = `---
meeting: "2030-02-03"
item: 1
title: "Tegn står som tekst"
kind: besluttet
outcome: uden indstilling
basis:
  kind: { source: { meeting: "2030-02-03", item: 1, section: referat } }
  outcome: { editorial: "Punktet har ingen indstilling." }
---

${readFileSync(join(TRICKY, 'decision.mdx'), 'utf8')}`;

const hostileDraftMeeting = `---
draft: true
body: fagligt-raad
title: "Pelikanmødet"
date: "2030-03-03"
---

${readFileSync(join(ROOT, 'test', 'fixtures', 'hostile-mdx', 'export-writes-file.mdx'), 'utf8')}

Pelikanerne koster {budget} kr.
`;

const brokenDraftDecision = `---
draft: true
meeting: "2030-02-03"
item: 1
title: "Flamingobeslutning"
kind: besluttet
outcome: uden indstilling
---

import af Flamingo-genomdata blev drøftet.
`;

let project: ProjectCopy;
const runs: Record<string, { code: number; output: string; dist: boolean; ran: boolean }> = {};
/** The built site after the build with the tricky bodies, and after the one with broken drafts. */
let trickyFiles: Array<{ file: string; text: string }> = [];
let publicFiles: Array<{ file: string; text: string }> = [];
const builtFiles = (run: string) => (runs[run].dist ? allFileTexts(join(project.dir, 'dist')) : []);

function check(name: string) {
  const r = runScript('check.ts', [], project.dir);
  runs[name] = { code: r.status ?? 1, output: r.stdout + r.stderr, dist: false, ran: existsSync(join(project.dir, RAN)) };
}

function build(name: string) {
  const result = buildProject(project.dir);
  runs[name] = { ...result, dist: existsSync(join(project.dir, 'dist')), ran: existsSync(join(project.dir, RAN)) };
}

/** Every file of the copy outside content/ (and its own Astro and Vite caches), with the draft words it holds. */
function draftTraces(): string[] {
  const folders = readdirSync(project.dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'content' && e.name !== 'node_modules').map((e) => e.name);
  for (const cache of ['.astro', '.vite']) if (existsSync(join(project.dir, 'node_modules', cache))) folders.push(`node_modules/${cache}`);
  const texts = folders.flatMap((folder) => allFileTexts(join(project.dir, folder)).map((f) => ({ file: `${folder}/${f.file}`, text: f.text })));
  return texts.flatMap(({ file, text }) => DRAFT_MARKERS.filter((m) => text.includes(m)).map((m) => `${file}: ${m}`));
}

let tracesAfterFailures: string[] = [];

beforeAll(() => {
  project = copyProject('raadsarkiv-untrusted-');
  project.write(MEETING, meeting);
  project.write(DECISION, decision);
  check('check');
  build('tricky');
  trickyFiles = builtFiles('tricky');

  project.write(DRAFT_MEETING, hostileDraftMeeting);
  project.write(DRAFT_DECISION, brokenDraftDecision);
  check('checkWithDrafts');
  build('drafts');
  publicFiles = builtFiles('drafts');

  // A published meeting with code in its text (an export that writes a file, which the build
  // used to run, and an expression): the content check stops the build before Astro starts.
  const exportLine = readFileSync(join(ROOT, 'test', 'fixtures', 'hostile-mdx', 'export-writes-file.mdx'), 'utf8');
  project.write(MEETING, meeting.replace('Budgettet står som \\{budget\\}', 'Budgettet står som {budget}').replace('<Punkt nr={1}', `${exportLine}\n<Punkt nr={1}`));
  build('failingCheck');
  project.write(MEETING, meeting);

  // Astro itself fails halfway, after it has written part of the site.
  project.write('src/pages/fejl.astro', '---\nthrow new Error("Prøvefejl under bygningen");\n---\n<p>x</p>\n');
  build('failingAstro');

  // Astro succeeds, the search index step fails (a page in another language).
  project.write('src/pages/fejl.astro', '---\n---\n<html lang="en"><head><title>x</title></head><body><main data-pagefind-body><p>English text</p></main></body></html>\n');
  build('failingSearchIndex');
  tracesAfterFailures = draftTraces();
}, 900_000);

afterAll(() => project?.remove());

const pageText = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#123;/g, '{')
  .replace(/&#125;/g, '}').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');

describe('if npm run check passes, npm run build passes', () => {
  it('accepts text full of escaped braces, \\<, &lt; and backslashes', () => {
    expect(runs.check.output).toMatch(/Indholdet er i orden/);
    expect(runs.check.code).toBe(0);
    expect(runs.tricky.code, runs.tricky.output).toBe(0);
  });

  it('shows that text exactly as written, on the meeting page and the decision page', () => {
    const minutes = pageText(trickyFiles.find((f) => f.file === 'moeder/2030-02-03/index.html')?.text ?? '');
    for (const text of expected.minutes) expect(minutes).toContain(text);
    const decisionPage = pageText(trickyFiles.find((f) => f.file === 'beslutninger/2030-02-03-1/index.html')?.text ?? '');
    for (const text of expected.decision) expect(decisionPage).toContain(text);
  });

  it('keeps the allowed links, and the page has no element the text did not ask for', () => {
    const html = trickyFiles.find((f) => f.file === 'moeder/2030-02-03/index.html')?.text ?? '';
    expect(html).toContain('href="https://www.regioner.dk"');
    expect(html).toContain('href="mailto:raadsarkivet@regioner.dk"');
    expect(html).not.toMatch(/<script>|<br>|<b>/);
  });
});

describe('drafts stay private', () => {
  it('the check still fails on a broken draft, naming it in Danish', () => {
    expect(runs.checkWithDrafts.code).toBe(1);
    expect(runs.checkWithDrafts.output).toContain(`${DRAFT_MEETING}:8:1`);
    expect(runs.checkWithDrafts.output).toContain(`${DRAFT_DECISION}:10:1`);
    expect(runs.checkWithDrafts.output).toContain('linjen begynder med ordet "import"');
  });

  it('a broken draft does not break the public build, and says so in Danish', () => {
    expect(runs.drafts.code, runs.drafts.output).toBe(0);
    expect(runs.drafts.output).toContain('Udkast med fejl bygges ikke med i den offentlige udgave');
  });

  it('the code in a draft never runs, and its text is nowhere in the public site', () => {
    expect(runs.drafts.ran).toBe(false);
    expect(publicFiles.length).toBeGreaterThan(50);
    const leaks = publicFiles.flatMap(({ file, text }) => DRAFT_MARKERS.filter((m) => text.includes(m)).map((m) => `${file}: ${m}`));
    expect(leaks).toEqual([]);
  });
});

describe('a failed build leaves no dist/ behind', () => {
  it('when the content check fails: a Danish message at file:line:column, no ReferenceError, no dist/', () => {
    expect(runs.failingCheck.code).not.toBe(0);
    expect(runs.failingCheck.output).toMatch(new RegExp(`${MEETING}:\\d+:\\d+\\n  felt: \\(teksten\\) = "\\{budget\\}"`));
    expect(runs.failingCheck.output).toMatch(new RegExp(`${MEETING}:\\d+:1\\n  felt: \\(teksten\\) = "export const ran`));
    expect(runs.failingCheck.output).not.toContain('ReferenceError');
    expect(runs.failingCheck.ran).toBe(false);
    expect(runs.failingCheck.dist).toBe(false);
  });

  it('when Astro fails halfway', () => {
    expect(runs.failingAstro.code).not.toBe(0);
    expect(runs.failingAstro.output).toContain('Prøvefejl under bygningen');
    expect(runs.failingAstro.output).toContain('dist/ er fjernet');
    expect(runs.failingAstro.dist).toBe(false);
  });

  it('when the search index step fails after Astro has finished', () => {
    expect(runs.failingSearchIndex.code).not.toBe(0);
    expect(runs.failingSearchIndex.output).toContain('Søgeindeks');
    expect(runs.failingSearchIndex.dist).toBe(false);
  });

  it('nothing ran, and no file anywhere (prerender chunks, caches) holds a draft\'s text', () => {
    expect(Object.values(runs).some((r) => r.ran)).toBe(false);
    expect(tracesAfterFailures).toEqual([]);
  });
});
