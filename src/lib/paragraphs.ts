import { mdxToHast, defineHastPlugin } from 'satteri';
import { paragraphAnchor } from './urls.ts';
import type { Meeting } from '../schemas/index.ts';

/**
 * Paragraphs of a meeting's minutes: the unit a source reference points at ("pkt. 2, Referat,
 * afsnit 5") and the meeting page anchors ("#punkt-2-referat-5"). Within an <Afsnit>, a heading,
 * a paragraph and a list item each count as one, in reading order; an editorial <Note> is not the
 * records' words and does not count. The content check (which counts) and the page (which
 * anchors) use the same parser, Sätteri, and the same walk below, so a reference that passes the
 * check always lands on the paragraph it names.
 */

/** The smallest slice of the hast types this walk needs; Sätteri's own node types are wider. */
interface HastLike {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: unknown;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: HastLike[];
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The counted blocks (paragraph, heading, list item) under `nodes`, in reading order. */
function paragraphBlocks<N extends HastLike>(nodes: readonly N[]): N[] {
  const out: N[] = [];
  const walk = (list: readonly HastLike[]) => {
    for (const node of list) {
      if (node.type !== 'element') continue; // text, and MDX components such as <Note>
      const tag = node.tagName!;
      if (tag === 'p' || HEADINGS.has(tag)) out.push(node as N);
      else if (tag === 'ul' || tag === 'ol') {
        for (const li of node.children ?? []) if (li.type === 'element' && li.tagName === 'li') out.push(li as N);
      } else walk(node.children ?? []);
    }
  };
  walk(nodes);
  return out;
}

/** The text of a node, as a reader sees it: its text nodes joined. */
function hastText(node: HastLike): string {
  if (node.type === 'text') return String(node.value ?? '');
  if (node.type !== 'element' && node.type !== 'root' && node.type !== 'mdxJsxTextElement') return '';
  return (node.children ?? []).map(hastText).join('');
}

/** A JSX attribute's literal value: `type="referat"` → "referat", `pkt={2}` → "2". */
function attribute(node: HastLike, name: string): string | undefined {
  const a = (node.attributes ?? []).find((x) => x.name === name);
  return typeof a?.value === 'string' ? a.value : (a?.value as { value?: string } | undefined)?.value;
}

/** A JSX attribute holding a whole number (`pkt={2}`, `nr="2"`). */
function numberAttribute(node: HastLike, name: string): number | undefined {
  const raw = attribute(node, name);
  return raw !== undefined && /^\s*\d+\s*$/.test(raw) ? Number(raw) : undefined;
}

/** The `pkt` and `type` attributes of an <Afsnit> element, when both are literal. */
function afsnitAttributes(node: HastLike): { item: number; type: string } | undefined {
  const item = numberAttribute(node, 'pkt');
  const type = attribute(node, 'type');
  return item !== undefined && type !== undefined ? { item, type } : undefined;
}

/** One section's paragraphs as text, for the check's reference and quote rules. */
export interface SectionParagraphs {
  item: number;
  section: string;
  /** Number of the <Punkt> the section stands in, when it stands in one (it should equal item). */
  inItem?: number;
  /** The text of paragraph n at index n − 1. */
  paragraphs: string[];
}

/**
 * Every <Afsnit> in a meeting's MDX body with the text of its paragraphs. Throws on MDX the parser
 * cannot read; callers report that as a content problem of their own.
 */
export function sectionParagraphs(body: string): SectionParagraphs[] {
  const out: SectionParagraphs[] = [];
  const walk = (node: HastLike, inItem: number | undefined) => {
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Afsnit') {
      const attrs = afsnitAttributes(node);
      if (attrs) out.push({ item: attrs.item, section: attrs.type, inItem, paragraphs: paragraphBlocks(node.children ?? []).map((b) => normaliseSpace(hastText(b))) });
      return;
    }
    const punkt = node.type === 'mdxJsxFlowElement' && node.name === 'Punkt' ? numberAttribute(node, 'nr') : undefined;
    for (const child of node.children ?? []) walk(child, punkt ?? inItem);
  };
  walk(mdxToHast(body) as unknown as HastLike, undefined);
  return out;
}

/** The paragraphs of an MDX body outside any <Afsnit> (a decision's text), as text. */
export function bodyParagraphs(body: string): string[] {
  const root = mdxToHast(body) as unknown as HastLike;
  return paragraphBlocks(root.children ?? []).map((b) => normaliseSpace(hastText(b)));
}

/**
 * The lines of the minutes' header in the source's order (NOTAT / DANSKE REGIONER / title / date /
 * case number / document number / name); paragraph n of section "hoved" is line n.
 */
export const headerLines = ['documentType', 'publisher', 'title', 'documentDate', 'caseNumber', 'documentNumber', 'namedInHeader'] as const;

/** Anchor of a header line on the meeting page: "hoved-7". */
export const headerAnchor = (line: (typeof headerLines)[number]) => paragraphAnchor('hoved', headerLines.indexOf(line) + 1);

/** The people in the participant list in the page's order (present, secretariat, absent, guests): paragraph n of "deltagere". */
export const participantLines = (m: Meeting) => (m.attendance
  ? [...m.attendance.present, ...m.attendance.secretariat, ...m.attendance.absent, ...m.attendance.guests] : []);

/** How many paragraphs the parts of the minutes outside the agenda items have (0: the part is missing). */
export function sourceParagraphCounts(m: Meeting): Record<'hoved' | 'dagsorden' | 'deltagere', number> {
  return { hoved: m.publication ? headerLines.length : 0, dagsorden: m.agenda.length, deltagere: participantLines(m).length };
}

/** Runs of white space as one space, trimmed: line breaks in the file are not the records' words. */
export const normaliseSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Sätteri plugin for the MDX pipeline: gives each paragraph, heading and list item inside an
 * <Afsnit pkt={n} type="…"> its stable anchor, e.g. id="punkt-2-referat-5".
 */
export const paragraphAnchorsPlugin = defineHastPlugin({
  name: 'raadsarkiv-paragraph-anchors',
  mdxJsxFlowElement: {
    filter: ['Afsnit'],
    visit(node, ctx) {
      const attrs = afsnitAttributes(node as unknown as HastLike);
      if (!attrs) return;
      paragraphBlocks((node.children ?? []) as unknown as HastLike[]).forEach((block, i) => {
        ctx.setProperty(block as never, 'id', paragraphAnchor(attrs.type, i + 1, attrs.item));
      });
    },
  },
});
