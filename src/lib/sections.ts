/** The typed sections of an agenda item, in the order the minutes use, with their headings. */
export const sectionTitles = {
  indstilling: 'Indstilling',
  referat: 'Referat',
  sagsfremstilling: 'Sagsfremstilling',
  'videre-proces': 'Videre proces',
  bilag: 'Bilag',
} as const;

export type SectionType = keyof typeof sectionTitles;

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

const OPEN_TAG = /<Afsnit\b([^>]*)>/g;
const PKT_ATTR = /\bpkt=(?:\{\s*(\d+)\s*\}|"(\d+)")/;
const TYPE_ATTR = /\btype="([^"]*)"/;

/**
 * Every typed section in a meeting's MDX body, in order. Used to show an item's Indstilling on
 * its decisions' pages without copying the text into a second file. A section is the text up to
 * the next `</Afsnit>` (sections do not nest). Self-closing or attribute-less tags are skipped:
 * the schema and the integrity rules deal with those.
 */
export function itemSections(body: string): ItemSection[] {
  const out: ItemSection[] = [];
  for (const open of body.matchAll(OPEN_TAG)) {
    const attrs = open[1];
    if (attrs.trimEnd().endsWith('/')) continue;
    const pkt = PKT_ATTR.exec(attrs);
    const type = TYPE_ATTR.exec(attrs);
    if (!pkt || !type) continue;
    const start = open.index + open[0].length;
    const end = body.indexOf('</Afsnit>', start);
    if (end < 0) continue;
    out.push({
      item: Number(pkt[1] ?? pkt[2]),
      type: type[1],
      text: body.slice(start, end).trim(),
      line: body.slice(0, open.index).split('\n').length,
    });
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
