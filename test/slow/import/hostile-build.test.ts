import fc from 'fast-check';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { segments } from '../../../src/lib/import/escape.ts';
import { importMinutes } from '../../../src/lib/import/index.ts';
import type { Block } from '../../../src/lib/import/parse.ts';
import { launchBrowser } from '../../support/browser.ts';
import { HOSTILE_PIECES, hostileString } from '../../support/hostile.ts';
import { contentDirectory, minutes } from '../../support/import.ts';
import { buildProject, copyProject, runNpm, runScript, type ProjectCopy } from '../../support/project-copy.ts';
import { serveStatic } from '../../support/static-server.ts';

/**
 * The whole way, as the secretariat goes it: generated hostile minutes (fixed seed) → `npm run
 * importer` in a throw-away copy of the project → `npm run check` → `npm run build` (a preview
 * build and the preview build, which renders the drafts the importer writes) → the pages in Chromium. Each page must
 * show exactly the imported text; nothing in it may write a file (a marker-file probe that an
 * `export` or `{…}` would create) or make a request (a probe server that an <img>, <script>,
 * `fetch` or link would reach).
 */

const DOCUMENTS = 4;
let project: ProjectCopy;
let sources: string;
let probe: Server;
let probeUrl: string;
const requests: string[] = [];
let marker: string;

/** Every file under `dir` (node_modules, links to the real packages plus the copy's own caches, left out). */
function filesUnder(dir: string, rel = ''): string[] {
  return readdirSync(join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const path = rel ? `${rel}/${e.name}` : e.name;
    if (path === 'node_modules') return [];
    return e.isDirectory() ? filesUnder(dir, path) : [path];
  });
}

/** Lines that ran, crashed or reached the network before, aimed at the probes. */
function probeLines(): string[] {
  const write = `(await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, 'x')`;
  return [
    `export const probe = ${write}`,
    `export const answer = await fetch('${probeUrl}/esm-fetch')`,
    'import af genomdata fra NGC sker løbende.',
    `{${write}}`,
    `C:\\{${write}}`,
    `C:\\<img src="${probeUrl}/img" onerror="fetch('${probeUrl}/onerror')">`,
    `C:\\<script src="${probeUrl}/script"></script>`,
    `[x](javascript:fetch('${probeUrl}/link'))`,
  ];
}

/** Hostile minutes: a hostile item title, and hostile paragraphs, list items and a labelled list. */
const LINE_PIECES = HOSTILE_PIECES.filter((p) => !/[\n\r]/.test(p));
const hostileDocument = fc.record({
  // "v/" names a presenter, who would then be looked up; a tab separates the agenda's columns.
  title: hostileString(LINE_PIECES, 8).filter((s) => !/v\/|[\t\n\r\u2028\u0085]/i.test(s) && s.trim() !== ''),
  paragraphs: fc.array(hostileString(LINE_PIECES, 16).map((s) => s.replace(/[\n\r]/g, ' ')), { minLength: 3, maxLength: 6 }),
  items: fc.array(hostileString(LINE_PIECES, 10).map((s) => s.replace(/[\n\r]/g, ' ')), { minLength: 2, maxLength: 4 }),
});

interface Imported {
  id: string;
  title: string;
  blocks: Block[];
}
const imported: Imported[] = [];

beforeAll(async () => {
  project = copyProject('raadsarkiv-hostile-');
  sources = mkdtempSync(join(tmpdir(), 'raadsarkiv-hostile-src-'));
  marker = join(project.dir, 'probe-written-by-content');
  probe = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.writeHead(204).end();
  });
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  probeUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  await new Promise((resolve) => probe?.close(resolve));
  project?.remove();
  if (sources) rmSync(sources, { recursive: true, force: true });
});

describe('hostile minutes through importer, check, build and browser', () => {
  it('imports, checks and builds them; the pages show exactly the text; nothing runs', { timeout: 600_000 }, async () => {
    const before = new Set(filesUnder(project.dir));
    const directory = contentDirectory(join(project.dir, 'content'));
    const documents = fc.sample(hostileDocument, { seed: 1218, numRuns: DOCUMENTS });
    for (const [n, doc] of documents.entries()) {
      const day = 3 + n;
      const referat = [
        ...probeLines(),
        ...doc.paragraphs.map((p, i) => `Tekst ${i + 1}: ${p}`),
        'A: Liste med fjendtlig tekst',
        ...doc.items.map((item) => `- ${item}`),
      ].flatMap((line) => [line, '']);
      const text = minutes(referat, { title: `Referat fra møde i fagligt råd for genomisk medicin ${day}. februar 2026 kl. 10.00-13.00 (virtuelt møde)` })
        .replace('Pkt. 1\tGodkendelse af noget', `Pkt. 1\tPunkt ${doc.title}`).replace('Pkt. 1 Godkendelse af noget', `Pkt. 1 Punkt ${doc.title}`);
      const file = join(sources, `referat-${day}.txt`);
      writeFileSync(file, text);
      const run = runScript('importer.ts', [file], project.dir);
      expect(run.status, run.stderr).toBe(0);
      // What the importer parsed (in this process, from the same text): the blocks whose text the page must show.
      const { draft } = importMinutes(text, directory);
      const item = draft.items.find((i) => i.number === 1)!;
      imported.push({ id: draft.meetingId, title: item.title, blocks: item.sections.flatMap((s) => s.blocks) });
      // The hostile text reached the blocks, so the page test below is about it.
      const texts = item.sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'list' ? b.items.map((i) => i.text) : [b.text]));
      for (const line of probeLines()) expect(texts).toContain(line);
    }

    const check = runNpm(['run', 'check'], project.dir);
    expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);
    // The public build (drafts left out of the pages) and the preview build (drafts shown) both pass.
    const publicBuild = buildProject(project.dir);
    expect(publicBuild.code, publicBuild.output).toBe(0);
    const build = buildProject(project.dir, { PREVIEW: 'true' });
    expect(build.code, build.output).toBe(0);

    // Nothing ran: no marker file, no request, no file but the imported meetings and the build output.
    expect(existsSync(marker)).toBe(false);
    expect(requests).toEqual([]);
    const written = filesUnder(project.dir).filter((f) => !before.has(f));
    const expected = (f: string) => imported.some((m) => f.startsWith(`content/moeder/${m.id}/`)) || /^(dist|dist-preview|\.astro)\//.test(f);
    expect(written.filter((f) => !expected(f))).toEqual([]);

    // The pages in a real browser: the text of every block exactly, no element from the text, no request.
    const site = await serveStatic(join(project.dir, 'dist-preview'));
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const foreign: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith(site.origin)) foreign.push(r.url());
      });
      const visible = (text: string) => segments(text).map((s) => s.text).join('');
      for (const m of imported) {
        await page.goto(`${site.url}moeder/${m.id}/`);
        const shown = await page.$$eval('#punkt-1 p, #punkt-1 li, #punkt-1 h4, #punkt-1 h2', (els) => els.map((e) => e.textContent ?? ''));
        expect(shown, m.id).toContain(`Pkt. 1 ${m.title}`);
        for (const b of m.blocks) {
          for (const text of b.kind === 'list' ? b.items.map((i) => i.text) : [b.text]) expect(shown, m.id).toContain(visible(text));
        }
        expect(await page.$$eval('main img, main script, main iframe, main a[href^="javascript:" i]', (els) => els.length), m.id).toBe(0);
      }
      await page.waitForTimeout(500);
      expect(foreign).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await browser.close();
      await site.close();
    }
  });
});
