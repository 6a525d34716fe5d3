import {
  AlignmentType, Document, ExternalHyperlink, LevelFormat, Packer, Paragraph, Tab, TextRun,
  type ParagraphChild,
} from 'docx';

/**
 * Builds a Word document from lightly marked text (the source .txt's conventions), the way the
 * secretariat's document looks to mammoth: one Word paragraph per line, real bullet and numbered
 * lists, bold and italic runs, hyperlinks and tab stops.
 */

/** "Svar **senest** via [linket](#)\tkl. 10" → Word runs. */
function runs(text: string): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  const plain = (s: string, style: { bold?: boolean; italics?: boolean } = {}) => {
    if (!s) return;
    const parts = s.split('\t');
    out.push(new TextRun({ ...style, children: parts.flatMap((p, i) => (i === 0 ? [p] : [new Tab(), p])).filter((c) => c !== '') }));
  };
  const re = /\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\(([^)]*)\)/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    plain(text.slice(last, m.index));
    if (m[1] !== undefined) plain(m[1], { bold: true });
    else if (m[2] !== undefined) plain(m[2], { italics: true });
    else out.push(new ExternalHyperlink({ link: m[4], children: [new TextRun({ text: m[3], style: 'Hyperlink' })] }));
    last = m.index + m[0].length;
  }
  plain(text.slice(last));
  return out;
}

export async function docxFromText(text: string): Promise<Buffer> {
  const paragraphs: Paragraph[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const bullet = /^- (.*)$/.exec(line);
    const ordered = /^\d+\. (.*)$/.exec(line);
    if (bullet) paragraphs.push(new Paragraph({ children: runs(bullet[1]), bullet: { level: 0 } }));
    else if (ordered) paragraphs.push(new Paragraph({ children: runs(ordered[1]), numbering: { reference: 'nummereret', level: 0 } }));
    else paragraphs.push(new Paragraph({ children: runs(line) }));
  }
  const doc = new Document({
    numbering: {
      config: [{
        reference: 'nummereret',
        levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
      }],
    },
    sections: [{ children: paragraphs }],
  });
  return Packer.toBuffer(doc);
}
