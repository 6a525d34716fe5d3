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

export type MdxParse = { tree: MdastNode; error?: undefined } | { tree?: undefined; error: MdxParseError };

export function parseMdxBody(body: string, bodyStartLine = 1): MdxParse {
  const source = '\n'.repeat(Math.max(0, bodyStartLine - 1)) + body;
  try {
    return { tree: mdxToMdast(source, { features: MARKDOWN_FEATURES }) };
  } catch (err) {
    // Sätteri reports "12:5: Unexpected … (mdx-jsx:unexpected-character)".
    const text = err instanceof Error ? err.message : String(err);
    const m = /^(\d+):(\d+):\s*([\s\S]*?)(?:\s*\([\w-]+:[\w-]+\))?$/.exec(text.trim());
    if (!m) return { error: { line: bodyStartLine, column: 1, reason: text } };
    return { error: { line: Number(m[1]), column: Number(m[2]), reason: m[3] } };
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
