import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SOURCE_TXT } from '../../support/import.ts';
import { docxFromText } from '../../support/docx.ts';

/**
 * `npm run importer` as the secretariat uses it: run from the root of a project (here a copy of
 * this one's content/ and public/ in a temp folder), with Node's own type stripping.
 */

const ROOT = process.cwd();
const SCRIPT = join(ROOT, 'scripts', 'importer.ts');
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function project(withHandMade: boolean): string {
  const root = mkdtempSync(join(tmpdir(), 'importer-'));
  temps.push(root);
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  cpSync(join(ROOT, 'public'), join(root, 'public'), { recursive: true });
  if (!withHandMade) rmSync(join(root, 'content', 'moeder', '2025-11-18'), { recursive: true });
  return root;
}

function run(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Every file under content/ with its text, to show that nothing was written. */
function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const abs = join(dir, e.name);
      if (e.isDirectory()) walk(abs);
      else out.set(abs, readFileSync(abs, 'utf8'));
    }
  };
  walk(join(root, 'content'));
  return out;
}

describe('npm run importer', () => {
  it('imports the source text into a draft and prints what needs review', () => {
    const root = project(false);
    const r = run(root, SOURCE_TXT);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Importeret referat-2025-11-18.txt som KLADDE (draft: true) i content/moeder/2025-11-18/');
    expect(r.out).toContain('Skal gennemgås (16):');
    expect(r.out).toContain('Indholdskontrollen (npm run check) finder ingen fejl i de nye filer.');
    expect(readdirSync(join(root, 'content', 'moeder', '2025-11-18', 'beslutninger')).sort())
      .toEqual(['2025-11-18-2a.mdx', '2025-11-18-2b.mdx', '2025-11-18-3.mdx', '2025-11-18-4.mdx', '2025-11-18-6a.mdx', '2025-11-18-6b.mdx']);
  });

  it('imports a Word document the same way', async () => {
    const root = project(false);
    const docx = join(root, 'referat.docx');
    writeFileSync(docx, await docxFromText(readFileSync(SOURCE_TXT, 'utf8')));
    const r = run(root, docx);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('Importeret referat.docx som KLADDE');
    expect(existsSync(join(root, 'content', 'moeder', '2025-11-18', 'moede.mdx'))).toBe(true);
  });

  it('reads a text file saved as Windows-1252 (ANSI) like one saved as UTF-8', () => {
    const root = project(false);
    const source = readFileSync(SOURCE_TXT, 'utf8');
    const ansi = Buffer.from([...source].map((c) => {
      if (c === '–') return 0x96;
      const code = c.codePointAt(0)!;
      if (code > 0xff) throw new Error(`no Windows-1252 byte for ${c} in the test`);
      return code;
    }));
    const file = join(root, 'referat-ansi.txt');
    writeFileSync(file, ansi);
    expect(run(root, file).code).toBe(0);
    const folder = join(root, 'content', 'moeder', '2025-11-18');
    // The original is stored beside the draft byte for byte, and the draft names it.
    expect(readFileSync(join(folder, 'original', 'referat-ansi.txt'))).toEqual(ansi);
    const fromAnsi = readFileSync(join(folder, 'moede.mdx'), 'utf8');
    expect(fromAnsi).toMatch(/^original: "?referat-ansi\.txt"?$/m);
    expect(run(root, SOURCE_TXT, '--overskriv').code).toBe(0);
    expect(readFileSync(join(folder, 'original', 'referat-2025-11-18.txt'))).toEqual(readFileSync(SOURCE_TXT));
    // Apart from the name of its original, the draft is the same.
    const withoutOriginal = (text: string) => text.replace(/^original: .*\n/m, '');
    expect(withoutOriginal(readFileSync(join(folder, 'moede.mdx'), 'utf8'))).toBe(withoutOriginal(fromAnsi));
  });

  it('overwrites nothing without --overskriv, and replaces the meeting with it', () => {
    const root = project(true);
    const before = snapshot(root);
    const refused = run(root, SOURCE_TXT);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('Mødet 2025-11-18 findes allerede');
    expect(refused.err).toContain('Brug --overskriv');
    expect(snapshot(root)).toEqual(before);

    const replaced = run(root, SOURCE_TXT, '--overskriv');
    expect(replaced.code, replaced.err).toBe(0);
    expect(readFileSync(join(root, 'content', 'moeder', '2025-11-18', 'moede.mdx'), 'utf8')).toMatch(/^---\n#[^\n]*\ndraft: true\n/);
    // Follow-ups are not the importer's: they stay.
    expect(readdirSync(join(root, 'content', 'moeder', '2025-11-18', 'opfoelgning')).length).toBeGreaterThan(0);
  });

  it('writes nothing for a file that is not minutes, and says so in Danish', () => {
    const root = project(false);
    const before = snapshot(root);
    const letter = join(root, 'brev.txt');
    writeFileSync(letter, 'Kære alle\n\nHusk julefrokosten fredag.\n\nHilsen sekretariatet\n');
    const r = run(root, letter);
    expect(r.code).toBe(1);
    expect(r.err).toContain('brev.txt: Filen ligner ikke et referat');
    expect(r.err).toContain('Intet er skrevet.');
    expect(snapshot(root)).toEqual(before);

    const fake = join(root, 'falsk.docx');
    writeFileSync(fake, 'ikke word');
    const w = run(root, fake);
    expect(w.code).toBe(1);
    expect(w.err).toContain('er ikke et Word-dokument');

    const pdf = join(root, 'referat.pdf');
    writeFileSync(pdf, '%PDF-1.7');
    expect(run(root, pdf).err).toContain('Importen læser Word-dokumenter (.docx) og tekstfiler (.txt)');
    expect(snapshot(root)).toEqual(before);
  });

  it('names the people it cannot find, with the nearest names, and the check flags the placeholders', () => {
    const root = project(false);
    const text = readFileSync(SOURCE_TXT, 'utf8').replace('- Maria Rossing, Region Hovedstaden', '- Marie Rosing, Region Hovedstaden');
    const file = join(root, 'referat.txt');
    writeFileSync(file, text);
    const r = run(root, file);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('personen "Marie Rosing" findes ikke i arkivet; nærmeste: Maria Rossing (maria-rossing)');
    expect(r.out).toMatch(/Indholdskontrollen finder 1 fejl i de nye filer[\s\S]*attendance\.present\[3\]\.person = "ukendt-marie-rosing"/);
  });
});
