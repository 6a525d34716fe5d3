import { mdxToMdast, type MdastNode } from 'satteri';
import { MARKDOWN_FEATURES } from './markdown-features.ts';

/**
 * An MDX body parsed by the parser the build itself uses (Sätteri's MDX parser, with the build's
 * features), so that what the check reads is exactly what Astro will compile. Positions are lines
 * and columns of the whole file: the body is parsed behind as many empty lines as the front matter
 * takes, the way @astrojs/mdx blanks out the front matter before it compiles.
 */

export interface MdxParseError {
  line: number;
  column: number;
  /** The parser's own message (English), without its position and rule name. */
  reason: string;
}

/** A line that begins with import or export (see ESM_LINE): where, the word, and the line. */
export interface EsmLine {
  line: number;
  word: string;
  text: string;
}

/**
 * A line that MDX may read as an import or export: the word at the very start of a line, not
 * followed by a letter or digit. Such a line is never allowed (src/lib/mdx-allow-list.ts), and the
 * parser never sees it: it is taken out (left empty, so every other line keeps its number) and
 * returned apart. Sätteri 0.10's native parser aborts the whole process on some such lines (a Rust
 * panic, which JavaScript cannot catch), e.g. `export a='{b}\` at the end of a file, so the check
 * and the build would stop with a backtrace instead of a message. Stricter than MDX by a little:
 * the line is refused even where MDX would read it as text (inside a paragraph or a code block);
 * writing the word with a capital letter or as &#105;mport always works.
 */
const ESM_LINE = /^(import|export)(?![\p{L}\p{N}_])/u;
/** A line ending as Markdown reads one, captured so that splitting keeps it. */
const LINE_ENDING = /(\r\n|\r|\n)/;

export type MdxParse = ({ tree: MdastNode; error?: undefined } | { tree?: undefined; error: MdxParseError }) & {
  /** The import/export lines taken out before parsing. */
  esmLines: EsmLine[];
};

export function parseMdxBody(body: string, bodyStartLine = 1): MdxParse {
  const esmLines: EsmLine[] = [];
  // Lines end where Markdown ends them: at CRLF, LF, or a lone CR (old Mac files, some Word
  // exports). Even indexes are the lines, odd ones the line endings, kept as they were so that the
  // parser's positions are those of the file.
  const parts = ('\n'.repeat(Math.max(0, bodyStartLine - 1)) + body).split(LINE_ENDING);
  for (let i = 0; i < parts.length; i += 2) {
    const esm = ESM_LINE.exec(parts[i]);
    if (!esm) continue;
    esmLines.push({ line: i / 2 + 1, word: esm[1], text: parts[i] });
    parts[i] = '';
  }
  const source = parts.join('');
  try {
    return { tree: mdxToMdast(source, { features: MARKDOWN_FEATURES }), esmLines };
  } catch (err) {
    // Sätteri reports "12:5: Unexpected … (mdx-jsx:unexpected-character)".
    const text = err instanceof Error ? err.message : String(err);
    const m = /^(\d+):(\d+):\s*([\s\S]*?)(?:\s*\([\w-]+:[\w-]+\))?$/.exec(text.trim());
    if (!m) return { error: { line: bodyStartLine, column: 1, reason: text }, esmLines };
    return { error: { line: Number(m[1]), column: Number(m[2]), reason: m[3] }, esmLines };
  }
}

/** Every node of a tree, depth first, with its ancestors (nearest last). */
export function* walkMdast(node: MdastNode, ancestors: MdastNode[] = []): Generator<{ node: MdastNode; ancestors: MdastNode[] }> {
  yield { node, ancestors };
  const children = (node as { children?: MdastNode[] }).children;
  if (!children) return;
  const inner = [...ancestors, node];
  for (const child of children) yield* walkMdast(child, inner);
}
