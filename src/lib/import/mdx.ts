import type { Block } from './parse.ts';
import type { Draft } from './build.ts';
import type { ProposedDecision } from './decisions.ts';
import { attributeValue, renderLine, yamlString } from './escape.ts';
import { headerLines } from '../paragraphs.ts';

/** The header line that holds the title, with the meeting's date, time and form: the source of those. */
const TITLE_LINE = headerLines.indexOf('title') + 1;

/**
 * A draft → the text of content/moeder/<id>/moede.mdx and beslutninger/<id>.mdx, in the shape of
 * the hand-made minutes (content/moeder/2025-11-18): YAML front matter, then <Punkt>, <Afsnit>
 * and <Bilag> with the sections as Markdown.
 */

const YAML_WORDS = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i;

/** A YAML scalar: plain when it is a simple word or id (as the hand-made files write them), else double-quoted. */
export function scalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  if (/^\p{L}[\p{L}\d-]*(?: [\p{L}\d-]+)*$/u.test(value) && !YAML_WORDS.test(value)) return value;
  return quoted(value);
}

/** Always double-quoted (titles and dates, as in the hand-made files). */
const quoted = yamlString;

const flowList = (values: string[]) => `[${values.map(scalar).join(', ')}]`;
const flowMap = (entries: Array<[string, string | number | undefined]>) =>
  `{ ${entries.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${scalar(v!)}`).join(', ')} }`;

/**
 * The basis the importer gives what it reads out of an item's Referat (a decision's kind, the
 * areas an item names): that section of the minutes being imported. The editors narrow it to the
 * paragraph when they review the draft.
 */
const referatBasis = (meetingId: string, item: number) =>
  `{ source: { meeting: ${quoted(meetingId)}, item: ${item}, section: referat } }`;

/** Blocks of source text → MDX: every line literal but for its bold and italic (see escape.ts). */
function renderBlocks(blocks: Block[]): string {
  return blocks.map((b) => {
    if (b.kind === 'paragraph') return renderLine(b.text);
    if (b.kind === 'heading') return `#### ${renderLine(b.text)}`;
    // The indent as spaces and tabs only: Markdown does not count other white space as indentation.
    return b.items.map((i) => `${i.indent.replace(/[^\t]/g, ' ')}${i.marker} ${renderLine(i.text)}`).join('\n');
  }).join('\n\n');
}

const UNPLACED_HEADING = 'Tekst som importen ikke kunne placere';

function renderMeetingFrontMatter(draft: Draft): string {
  const m = draft.meeting;
  const y: string[] = [
    '# Kladde lavet af "npm run importer". Gennemgå den, og fjern draft: true og importens note, før referatet offentliggøres.',
    'draft: true',
    `body: ${scalar(m.body)}`,
    `title: ${quoted(m.title)}`,
    // The minutes themselves say the meeting was held: their header is the status's source.
    'statusHistory:',
    `  - { status: ${m.status}, date: ${quoted(m.date)}, source: { meeting: ${quoted(draft.meetingId)}, section: hoved, paragraph: ${TITLE_LINE} } }`,
    `date: ${quoted(m.date)}`,
  ];
  if (m.original) y.push(`original: ${scalar(m.original)}`);
  if (m.start) y.push(`start: ${quoted(m.start)}`);
  if (m.end) y.push(`end: ${quoted(m.end)}`);
  // The form is read from the title ("… (virtuelt møde)"): that line is its source.
  if (m.form) y.push(`form: ${m.form}`, 'basis:', `  form: { source: { meeting: ${quoted(draft.meetingId)}, section: hoved, paragraph: ${TITLE_LINE} } }`);
  const p = m.publication;
  y.push('publication:');
  if (p.documentType) y.push(`  documentType: ${scalar(p.documentType)}`);
  if (p.publisher) y.push(`  publisher: ${scalar(p.publisher)}`);
  if (p.documentDate) y.push(`  documentDate: ${quoted(p.documentDate)}`);
  if (p.caseNumber) y.push(`  caseNumber: ${scalar(p.caseNumber)}`);
  if (p.documentNumber) y.push(`  documentNumber: ${quoted(p.documentNumber)}`);
  if (p.namedInHeader) y.push(`  namedInHeader: ${scalar(p.namedInHeader)}`);
  y.push('attendance:');
  if (m.attendance.heading) y.push(`  heading: ${scalar(m.attendance.heading)}`);
  for (const group of ['present', 'secretariat', 'absent', 'guests'] as const) {
    const list = m.attendance[group];
    if (list.length === 0) continue;
    y.push(`  ${group}:`);
    for (const a of list) y.push(`    - ${flowMap([['person', a.person], ['organisation', a.organisation], ['label', a.label]])}`);
  }
  y.push('agenda:');
  for (const a of m.agenda) {
    y.push(`  - number: ${a.number}`, `    title: ${quoted(a.title)}`);
    if (a.start) y.push(`    start: ${quoted(a.start)}`);
    if (a.end) y.push(`    end: ${quoted(a.end)}`);
    if (a.presenters.length) y.push(`    presenters: ${flowList(a.presenters)}`);
    if (a.areas.length) y.push(`    areas: ${flowList(a.areas)}`, '    basis:', `      areas: ${referatBasis(draft.meetingId, a.number)}`);
    if (a.matters.length) y.push(`    matters: ${flowList(a.matters)}`);
    if (a.attachments.length) {
      y.push('    attachments:');
      for (const b of a.attachments) y.push(`      - number: ${b.number}`, `        title: ${quoted(b.title)}`);
    }
  }
  y.push('notes:', ...m.notes.map((n) => `  - ${quoted(n)}`));
  return `---\n${y.join('\n')}\n---\n`;
}

function renderMeetingBody(draft: Draft): string {
  const parts: string[] = [];
  for (const item of draft.items) {
    const inner: string[] = [];
    if (item.intro.length) inner.push(renderBlocks(item.intro));
    for (const s of item.sections) {
      if (s.type === 'bilag') inner.push(`<Bilag pkt={${item.number}} />`);
      else inner.push(`<Afsnit pkt={${item.number}} type="${s.type}">\n\n${renderBlocks(s.blocks)}\n\n</Afsnit>`);
    }
    const open = `<Punkt nr={${item.number}} titel=${attributeValue(item.title)}>`;
    parts.push(inner.length ? `${open}\n\n${inner.join('\n\n')}\n\n</Punkt>` : `${open}</Punkt>`);
  }
  if (draft.unplaced.length) {
    const u: string[] = [
      `## ${UNPLACED_HEADING}`,
      '<Note>Importen kunne ikke placere teksten nedenfor i referatets struktur. Flyt den til det rigtige sted, eller slet den, før referatet offentliggøres.</Note>',
    ];
    for (const group of draft.unplaced) {
      u.push(renderLine(`**${group.where}:**`), ...group.lines.map(renderLine));
    }
    parts.push(u.join('\n\n'));
  }
  return parts.join('\n\n') + '\n';
}

export function renderMeeting(draft: Draft): string {
  return `${renderMeetingFrontMatter(draft)}\n${renderMeetingBody(draft)}`;
}

function decisionReviewNote(d: ProposedDecision): string {
  return `FORSLAG FRA IMPORT – skal gennemgås: importen foreslog beslutningen ud fra "${d.signal}" i referatet af pkt. ${d.item}. ` +
    'Tjek kind, outcome, title og teksten; slet filen, hvis det ikke er en beslutning. Fjern denne note og draft: true, før beslutningen offentliggøres.';
}

export function renderDecision(d: ProposedDecision, meetingId: string): string {
  const y: string[] = [
    '# Forslag lavet af "npm run importer" ud fra referatets tekst. Skal gennemgås.',
    'draft: true',
    `meeting: ${quoted(meetingId)}`,
    `item: ${d.item}`,
    `title: ${quoted(d.title)}`,
    `kind: ${scalar(d.kind)}`,
    `outcome: ${scalar(d.outcome)}`,
  ];
  if (d.areas.length) y.push(`areas: ${flowList(d.areas)}`);
  if (d.matters.length) y.push(`matters: ${flowList(d.matters)}`);
  if (d.priorities) {
    y.push('priorities:', ...d.priorities.map((p) => `  - ${flowMap([['rank', p.rank], ['area', p.area]])}`));
  }
  const claims = ['kind', 'outcome', ...(d.areas.length ? ['areas'] : []), ...(d.priorities ? ['priorities'] : [])];
  y.push('basis:', ...claims.map((c) => `  ${c}: ${referatBasis(meetingId, d.item)}`));
  y.push('notes:', `  - ${quoted(decisionReviewNote(d))}`);
  return `---\n${y.join('\n')}\n---\n\n${renderBlocks(d.text)}\n`;
}
