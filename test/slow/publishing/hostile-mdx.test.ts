import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { satteri } from '@astrojs/markdown-satteri';
import { checkContent } from '../../../src/lib/check.ts';
import { checkMdxBody } from '../../../src/lib/mdx-allow-list.ts';
import { meetingComponents, noComponents } from '../../../src/lib/mdx-components.ts';
import { MARKDOWN_FEATURES } from '../../../src/lib/markdown-features.ts';
import type { Problem } from '../../../src/lib/problems.ts';
import { copyContent, runScript, type ProjectCopy } from '../../support/project-copy.ts';

/**
 * The corpus of hostile MDX bodies (test/fixtures/hostile-mdx/): each one, put into a draft
 * meeting (or a decision) of a copy of the content, must fail the content check with its own Danish
 * message at its own file:line:column. And for open-ended text: whatever the check accepts,
 * Astro's own MDX compiler compiles, with no import or export of the text's own (the only way
 * text in MDX could run code when the site is built).
 */

const CORPUS = join(process.cwd(), 'test', 'fixtures', 'hostile-mdx');
const { cases } = JSON.parse(readFileSync(join(CORPUS, 'cases.json'), 'utf8')) as { cases: Record<string, { at: string; message: string }> };
const names = Object.keys(cases);

/** A draft meeting with one agenda item; the body follows its front matter. */
const draftMeeting = (id: string, body: string) => `---
draft: true
body: fagligt-raad
title: "Prøvemøde"
status: planlagt
date: "2030-01-01"
agenda:
  - number: 2
    title: "Velkomst"
---
${body}`;
const FRONT_MATTER_LINES = 10;

const decision = (meeting: string, body: string) => `---
meeting: "${meeting}"
item: 2
title: "Prøvebeslutning"
kind: besluttet
outcome: uden indstilling
---
${body}`;
const DECISION_FRONT_MATTER_LINES = 7;

/** Where each case is written, and on which line of that file its body begins. */
function placement(name: string): { file: string; firstLine: number; text: string } {
  const id = `2030-01-01-${name.replace(/\.mdx$/, '')}`;
  const body = readFileSync(join(CORPUS, name), 'utf8');
  if (name.startsWith('decision-')) {
    return { file: `content/moeder/${id}/beslutninger/${id}-2.mdx`, firstLine: DECISION_FRONT_MATTER_LINES + 1, text: decision(id, body) };
  }
  return { file: `content/moeder/${id}/moede.mdx`, firstLine: FRONT_MATTER_LINES + 1, text: draftMeeting(id, body) };
}

let copy: ProjectCopy;
let problems: Problem[];

beforeAll(() => {
  copy = copyContent('raadsarkiv-hostile-');
  for (const name of names) {
    const { file, text } = placement(name);
    copy.write(file, text);
    // A decision needs its meeting.
    if (name.startsWith('decision-')) copy.write(file.replace(/beslutninger\/.*$/, 'moede.mdx'), draftMeeting('', ''));
  }
  problems = checkContent(copy.dir).problems;
});
afterAll(() => copy?.remove());

describe('the hostile MDX corpus', () => {
  it('has a case for every file, and every file is a case', () => {
    const files = new Set(readdirMdx());
    expect(new Set(names)).toEqual(files);
    expect(names.length).toBeGreaterThanOrEqual(30);
  });

  it.each(names)('%s fails the check with its message at file:line:column', (name) => {
    const { file, firstLine } = placement(name);
    const [line, column] = cases[name].at.split(':').map(Number);
    const own = problems.filter((p) => p.file === file);
    expect(own.length, `no problem for ${file}`).toBeGreaterThan(0);
    const found = own.find((p) => p.message.includes(cases[name].message));
    expect(found, `${file}: ${JSON.stringify(own.map((p) => p.message))}`).toBeDefined();
    expect({ line: found!.line, column: found!.column }).toEqual({ line: firstLine + line - 1, column });
    // Danish, with a fix: no parser English left over.
    expect(found!.fix.length).toBeGreaterThan(10);
    expect(found!.message).not.toMatch(/\b(Unexpected|Expected|Could not)\b/);
  });

  it('npm run check prints each as file:line:column with what is wrong and how to fix it, and exits 1', () => {
    const r = runScript('check.ts', [], copy.dir);
    expect(r.status).toBe(1);
    const { file, firstLine } = placement('import-af-genomdata.mdx');
    expect(r.stderr).toContain(`${file}:${firstLine}:1\n  felt: (teksten) = "import af genomdata til forskning blev drøftet."\n`
      + '  fejl: linjen begynder med ordet "import" og læses derfor som programkode');
    expect(r.stderr).toContain('ret:  Skriv ordet med stort begyndelsesbogstav ("Import …"), eller skriv &#105;mport');
    const brace = placement('expression-in-prose.mdx');
    expect(r.stderr).toContain(`${brace.file}:${brace.firstLine}:14\n  felt: (teksten) = "{budget}"`);
    expect(r.stderr).toContain('Fx \\{budget\\}.');
  });
});

function readdirMdx(): string[] {
  return readdirSync(CORPUS).filter((f) => f.endsWith('.mdx'));
}

/** Pieces of text that MDX gives meaning to, and plain words around them. */
const HOSTILE = [
  '{', '}', '<', '>', '/', '\\', '&', '#', ';', ':', '[', ']', '(', ')', '!', '*', '_', '`', '~', '|', '=', '"', "'", '-', '.',
  ' ', '\n', '\n\n', '\r', '\r\n', 'import ', 'export ', 'const x = 1', 'Punkt', 'Note', 'br', 'script', 'img', 'javascript:', 'https://x.dk',
  '&lt;', '&#123;', '\\{', '\\<', 'a', 'æ', '2', ' nr={2} ', 'titel="x"', '<Note>', '</Note>', '{1+1}', '<br/>', '](', '![',
];

describe('any text at all', () => {
  it('gets an answer from the check: no input stops the process (the parser is native code)', () => {
    // Sätteri 0.10 aborted on `export a='{b}\\` (src/lib/mdx-body.ts); the bodies are read in a
    // process of their own so that another such input fails here, named, and not the test runner.
    const bodies = fc.sample(fc.array(fc.constantFrom(...HOSTILE, 'import{', 'export*', '\t', '    ', '> ', '- ', '```'), { maxLength: 40 }).map((parts) => parts.join('')), 3000);
    bodies.push(...readdirMdx().map((f) => readFileSync(join(CORPUS, f), 'utf8')));
    const run = spawnSync(process.execPath, [join(process.cwd(), 'test/support/check-bodies.ts')], { input: JSON.stringify(bodies), encoding: 'utf8', maxBuffer: 1 << 24 });
    const last = Number(run.stdout.trim().split('\n').filter((l) => l !== 'done').at(-1));
    expect(run.status, `the check stopped on ${JSON.stringify(bodies[last])}: ${run.stderr.slice(0, 400)}`).toBe(0);
    expect(run.stdout.trim().endsWith('done')).toBe(true);
  });
});

describe('any text the check accepts', () => {
  let compile: (body: string) => Promise<string>;
  let baseline: string[];
  /** The module's imports (by source) and exports (by name): what it brings in and gives out. */
  const esm = (code: string) => code.split('\n').flatMap((l) => {
    const from = /^\s*import\b.*\bfrom\s*(["'][^"']*["'])/.exec(l) ?? /^\s*import\s*(["'][^"']*["'])/.exec(l);
    if (from) return [`import ${from[1]}`];
    const exported = /^\s*export\s+(?:default\s+)?(?:async\s+)?(?:const|let|var|function\*?|class)?\s*([\w$]*)/.exec(l);
    if (exported) return [`export ${exported[1]}`];
    return /^\s*(import|export)\b/.test(l) ? [l] : [];
  }).sort();

  beforeAll(async () => {
    // Astro's own MDX renderer with the build's features: what @astrojs/mdx runs on every body.
    const processor = satteri({ features: MARKDOWN_FEATURES });
    if (!processor.createMdxRenderer) throw new Error('@astrojs/markdown-satteri has no MDX renderer');
    const renderer = await processor.createMdxRenderer(
      { syntaxHighlight: false }, { optimize: true, srcDir: new URL('file:///tmp/src/'), sourcemap: false });
    compile = async (body) => (await renderer.process(body, '/tmp/prove.mdx', {})).code;
    baseline = esm(await compile(''));
  });

  it('compiles with Astro\'s MDX compiler, and brings no import or export of its own', async () => {
    let accepted = 0;
    await fc.assert(fc.asyncProperty(
      fc.array(fc.constantFrom(...HOSTILE), { maxLength: 40 }).map((parts) => parts.join('')),
      fc.boolean(),
      async (body, inMeeting) => {
        const { problems: found } = checkMdxBody('prove.mdx', body, 1, inMeeting ? meetingComponents : noComponents);
        if (found.length > 0) return;
        accepted++;
        const code = await compile(body);
        expect(esm(code)).toEqual(baseline);
      },
    ), { numRuns: 400 });
    // The property says something only if the check accepts a fair share of the inputs.
    expect(accepted).toBeGreaterThan(40);
  });
});
