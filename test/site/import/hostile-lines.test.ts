import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../src/lib/content-source.ts';
import { textFromDocx } from '../../../src/lib/import/docx.ts';
import { importMinutes } from '../../../src/lib/import/index.ts';
import { docxFromText } from '../../support/docx.ts';
import { contentDirectory, minutes } from '../../support/import.ts';

type Node = { type: string; value?: string; url?: string; name?: string; children?: Node[]; attributes?: Array<{ name: string; value: unknown }> };

/** The parser the build uses, as astro.config.mjs sets it up for MDX (GFM on, smart punctuation off). */
const mdx = (source: string) => mdxToMdast(source, { features: { gfm: true, smartPunctuation: false }, position: false }) as Node;
const textOf = (n: Node): string => (n.type === 'text' ? n.value! : (n.children ?? []).map(textOf).join(''));

/**
 * The cases of issue 12, each as a line of a Referat imported by importMinutes and the written
 * moede.mdx parsed by the real MDX parser: the line must come back as the text of one paragraph,
 * and the body may hold no ESM, no expression, no HTML and no element but the archive's own.
 */
describe('the issue\'s hostile lines, imported', () => {
  const directory = contentDirectory();
  const OWN_COMPONENTS = new Set(['Punkt', 'Afsnit', 'Bilag', 'Note']);

  /** Minutes text → the body of the moede.mdx the importer writes, parsed, and the review messages. */
  function imported(text: string) {
    const { files, draft } = importMinutes(text, directory);
    const body = splitFrontMatter(String(files[0].text))!.body;
    return { body, tree: mdx(body), review: draft.review.map((r) => r.message) };
  }

  function foreignNodes(n: Node, out: string[] = []): string[] {
    if (n.type === 'mdxjsEsm' || n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression' || n.type === 'html') out.push(`${n.type}: ${n.value}`);
    if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && !OWN_COMPONENTS.has(n.name!)) out.push(`<${n.name}>`);
    if (n.type === 'link' || n.type === 'image') out.push(`${n.type}: ${n.url}`);
    for (const c of n.children ?? []) foreignNodes(c, out);
    return out;
  }

  function paragraphs(n: Node, out: string[] = []): string[] {
    if (n.type === 'paragraph') out.push(textOf(n));
    for (const c of n.children ?? []) paragraphs(c, out);
    return out;
  }

  const cases: Array<[string, string]> = [
    ['a line starting with "export const" stays text (it ran at build time)', 'export const probe = (await import("node:fs")).writeFileSync("/tmp/raadsarkiv-probe", "x")'],
    ['a sentence starting with "import af genomdata" stays text (it crashed the build)', 'import af genomdata fra NGC sker løbende.'],
    ['a backslash before < does not open a <script> tag', 'Stien er C:\\<script>alert(1)</script> på drevet.'],
    ['a backslash before < does not open an <img onerror> tag', 'Se C:\\<img src=x onerror=alert(1)> her.'],
    ['a backslash before { does not open an expression', 'Beløbet \\{process.exit(1)} er anslået.'],
    ['<script> without a backslash stays text (a guard: the old escaping already handled it)', '<script>alert(document.cookie)</script>'],
    ['[x](javascript:…) does not become a link', 'Se [x](javascript:alert(1)) for detaljer.'],
    ['character references in the source are shown as written', 'Skriv &lt;img&gt; og &#x7b; som tegn.'],
  ];
  for (const [name, line] of cases) {
    it(name, () => {
      const { tree } = imported(minutes([line]));
      expect(foreignNodes(tree)).toEqual([]);
      expect(paragraphs(tree)).toContain(line);
    });
  }

  it('imports the same lines from a Word document alike (there, [x](javascript:…) is a real hyperlink)', async () => {
    const lines = cases.map(([, line]) => line);
    const { text } = await textFromDocx(await docxFromText(minutes(lines.flatMap((l) => [l, '']))));
    expect(text).toContain('[x](javascript:alert(1))');
    const { tree } = imported(text);
    expect(foreignNodes(tree)).toEqual([]);
    for (const line of lines) expect(paragraphs(tree)).toContain(line);
  });

  it('reports a link in the source as text for the reviewer, and never links javascript:', () => {
    const { review } = imported(minutes(['Se [x](javascript:alert(1)) for detaljer.']));
    expect(review).toContain('"[x](javascript:alert(1))" står som tekst, præcis som i kilden: importen laver aldrig links. ' +
      'Skal linket med, så skriv det selv, når adressen er tjekket (kun https:, http: eller mailto:).');
  });

  it('keeps an item title with quotes, braces and tags as a plain attribute string', () => {
    const title = 'Budget {2026} for "<b>NGC</b>" & andet';
    const text = minutes([]).replace('Pkt. 1\tGodkendelse af noget', `Pkt. 1\t${title}`).replace('Pkt. 1 Godkendelse af noget', `Pkt. 1 ${title}`);
    const { files } = importMinutes(text, directory);
    const body = splitFrontMatter(String(files[0].text))!.body;
    const punkt = mdx(body).children!.find((c) => c.name === 'Punkt')!;
    expect(punkt.attributes!.find((a) => a.name === 'titel')?.value).toBe(title);
    expect(foreignNodes(mdx(body))).toEqual([]);
  });
});
