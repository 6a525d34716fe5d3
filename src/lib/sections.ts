import type { MdastNode } from 'satteri';
import { parseMdxBody, walkMdast } from './mdx-body.ts';

/** One typed section as written in a meeting's MDX: `<Afsnit pkt={2} type="indstilling"> … </Afsnit>`. */
export interface ItemSection {
  /** Agenda item number (the `pkt` attribute). */
  item: number;
  /** Section type (the `type` attribute), e.g. "indstilling". */
  type: string;
  /** The text between the tags, trimmed; Markdown (or MDX) as the secretariat wrote it. */
  text: string;
  /** 1-based line of the opening tag within the body. */
  line: number;
}

/**
 * Every typed section in a meeting's MDX body, in order, as the MDX parser reads it (so a `<` or
 * `{` written as text is never mistaken for a tag). Used to show an item's Indstilling on its
 * decisions' pages without copying the text into a second file. The text is the section's source
 * between its tags. A body that cannot be parsed, a self-closing or empty section and a section
 * without pkt and type are skipped: the content check reports those.
 */
export function itemSections(body: string): ItemSection[] {
  const parsed = parseMdxBody(body);
  if (!parsed.tree) return [];
  const out: ItemSection[] = [];
  for (const { node } of walkMdast(parsed.tree)) {
    const el = node as MdastNode & { name?: string | null; attributes?: Array<{ name?: string; value?: unknown }>; children?: MdastNode[] };
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || el.name !== 'Afsnit') continue;
    const attr = (name: string) => {
      const value = el.attributes?.find((a) => a.name === name)?.value;
      return typeof value === 'string' ? value : (value as { value?: string } | undefined)?.value;
    };
    const pkt = attr('pkt')?.trim();
    const type = attr('type');
    const children = el.children ?? [];
    const start = children[0]?.position?.start.offset;
    const end = children.at(-1)?.position?.end.offset;
    if (!pkt || !/^\d+$/.test(pkt) || type === undefined || start === undefined || end === undefined) continue;
    out.push({ item: Number(pkt), type, text: body.slice(start, end).trim(), line: node.position?.start.line ?? 1 });
  }
  return out;
}

/**
 * Why a section's text cannot be shown outside its meeting page, or undefined if it can. The
 * decision page renders the Indstilling as plain Markdown, so MDX components and HTML tags
 * (which only the meeting page knows how to render) are not allowed in it.
 */
export function plainMarkdownProblem(text: string): string | undefined {
  const tag = /<\/?([A-Za-z][\w.-]*)/.exec(text);
  if (tag) return `indeholder <${tag[1]}>`;
  if (/[{}]/.test(text)) return 'indeholder { eller }, som MDX læser som kode';
  return undefined;
}
